import type { Section } from '../types';
import { t } from '../text';
import { doelSubdoelen } from '../points/doel-subdoelen';

export const doel: Section = {
  id: 'doel',
  ref: '1.5',
  phase: 'start',
  title: t('Bepalen van een gezamenlijk doel', 'Setting a shared goal'),
  summary: t(
    'Elke casus in de PGA krijgt een doel. Vaak is dat het algemene doel van de aanpak: de veiligheid van samenleving en betrokkene borgen. Gaandeweg komen er meestal subdoelen bij die passen bij iemands situatie. Denk aan huisvesting regelen voor iemand die dakloos is of dreigt te worden.',
    'Every case in the PGA gets a goal. Often that is the general aim of the approach: keeping society and the person safe. Along the way, sub-goals are usually added that fit the person’s situation. An example is arranging housing for someone who is homeless or at risk of becoming homeless.',
  ),
  attentionPoints: [doelSubdoelen],
};
