import type { Section } from '../types';
import { t } from '../text';
import { intAansluiting } from '../points/int-aansluiting';
import { intExtern } from '../points/int-extern';

export const interventies: Section = {
  id: 'interventies',
  ref: '1.6',
  phase: 'start',
  title: t('Keuze voor interventies', 'Choosing interventions'),
  summary: t(
    'Het grootste deel van de aanpak bestaat uit interventies. Die hangen meestal samen met de leefgebieden, zoals schulden, middelengebruik of het pro-sociale netwerk. Soms is de eerste interventie: contact krijgen met de betrokkene zelf. Interventies kunnen sterk verschillen in aard en duur.',
    'Most of the approach consists of interventions. They usually relate to areas of life, such as debts, substance use or the pro-social network. Sometimes the first intervention is getting in contact with the person. Interventions can vary widely in nature and duration.',
  ),
  attentionPoints: [intAansluiting, intExtern],
};
