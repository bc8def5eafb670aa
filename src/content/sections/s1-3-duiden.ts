import type { Section } from '../types';
import { t } from '../text';
import { duiHerijken } from '../points/dui-herijken';
import { duiDoorpakken } from '../points/dui-doorpakken';

export const duiden: Section = {
  id: 'duiden',
  ref: '1.3',
  phase: 'duiden',
  title: t('Duiden als doorlopend proces', 'Interpretation as an ongoing process'),
  summary: t(
    'De weging bij de start is een soort nulmeting. Daarna blijft de vraag steeds: wat hebben de interventies opgeleverd, verandert de situatie, worden doelen gehaald, en is het nog rechtmatig om iemand in de PGA te bespreken en informatie te delen?',
    'The weighing at the start is a kind of baseline. From then on the question keeps returning: what have the interventions achieved, is the situation changing, are goals being met, and is it still lawful to discuss someone in the PGA and share information?',
  ),
  attentionPoints: [duiHerijken, duiDoorpakken],
};
