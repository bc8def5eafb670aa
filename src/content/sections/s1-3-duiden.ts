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
    'De weging bij de start kan worden gezien als een soort nulmeting: latere beoordelingen worden ermee vergeleken. Daarna moeten de partners steeds opnieuw kijken: wat hebben de interventies opgeleverd, en verandert de situatie? Worden de doelen gehaald? En is het nog rechtmatig om iemand in de PGA te bespreken en informatie over hem of haar te delen?',
    'The assessment at the start can be seen as a kind of baseline: later judgements are compared with it. After that the partners must keep asking: what have the interventions achieved, and is the situation changing? Are the goals being met? And is it still lawful to discuss the person in the PGA and share information about them?',
  ),
  attentionPoints: [duiHerijken, duiDoorpakken],
};
