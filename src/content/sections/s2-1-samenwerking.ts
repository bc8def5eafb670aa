import type { Section } from '../types';
import { t } from '../text';
import { samPerspectieven } from '../points/sam-perspectieven';
import { samWerkproces } from '../points/sam-werkproces';
import { samAfspraken } from '../points/sam-afspraken';
import { samRegie } from '../points/sam-regie';

export const samenwerking: Section = {
  id: 'samenwerking',
  ref: '2.1',
  phase: 'samenwerking',
  title: t('Samenwerking', 'Collaboration'),
  summary: t(
    'In elke PGA werken in ieder geval de gemeente (afdeling Veiligheid) en de politie samen, vaak met het OM. Afhankelijk van de problematiek, de leeftijd van de betrokkene en eventuele kinderen sluiten anderen aan. Denk aan het sociaal domein van de gemeente, de Raad voor de Kinderbescherming, de AIVD en de GGZ. Door de verschillende invalshoeken ontstaat een breed beeld van de betrokkene. Die invalshoeken maken het ook regelmatig lastig om perspectieven en belangen samen te brengen.\n\nIn hoofdstuk 3 noemt het rapport ook sterke punten. Partners weten elkaar goed te vinden. Ze zijn creatief in het bedenken en inzetten van interventies. Ze komen meestal in contact met de betrokkene, en ze zijn sterk gemotiveerd voor het gezamenlijke doel. Dat doel noemt het rapport daar: risico’s voor de openbare orde en veiligheid voorkomen. In §2.1 noemt het: de veiligheid van de betrokkene en de samenleving borgen.',
    'Every PGA involves at least the municipality (its security department) and the police, often with the Public Prosecution Service (OM). Depending on the problems, the person’s age and any children, others join. Examples are staff from the municipality’s social domain, the Child Care and Protection Board, the AIVD and mental health care (GGZ). The partners’ different views give a broad picture of the person. Those views also frequently make it hard to bring perspectives and interests together.\n\nIn chapter 3 the report also names strengths. Partners know whom to contact and readily get in touch with each other. They devise and apply interventions creatively. They usually manage to make contact with the person, and are strongly motivated by the shared goal. There the report names that goal as preventing risks to public order and safety. In §2.1, the report names the goal as safeguarding the safety of the person and of society.',
  ),
  attentionPoints: [samPerspectieven, samWerkproces, samAfspraken, samRegie],
};
