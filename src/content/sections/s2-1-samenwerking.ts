import type { Section } from '../types';
import { t } from '../text';
import { samPerspectieven } from '../points/sam-perspectieven';
import { samWerkproces } from '../points/sam-werkproces';
import { samAfspraken } from '../points/sam-afspraken';

export const samenwerking: Section = {
  id: 'samenwerking',
  ref: '2.1',
  phase: 'samenwerking',
  title: t('Samenwerking', 'Collaboration'),
  summary: t(
    'In elke PGA werken in ieder geval de gemeente (afdeling Veiligheid) en de politie samen, vaak met het OM. Afhankelijk van de situatie, de leeftijd van de betrokkene en eventuele kinderen sluiten ook het sociaal domein, de Raad voor de Kinderbescherming, de AIVD of de GGZ aan. Die verschillende blikken geven een rijk beeld, maar maken samenwerken ook lastig.',
    'Every PGA involves at least the municipality (its safety department) and the police, often with the Public Prosecution Service. Depending on the situation, the person’s age and any children involved, the social domain, the Child Protection Board, the AIVD or mental health services join too. These different views give a rich picture but also make working together hard.',
  ),
  attentionPoints: [samPerspectieven, samWerkproces, samAfspraken],
};
