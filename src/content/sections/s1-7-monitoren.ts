import type { Section } from '../types';
import { t } from '../text';
import { monImpasse } from '../points/mon-impasse';
import { monAfspraken } from '../points/mon-afspraken';

export const monitoren: Section = {
  id: 'monitoren',
  ref: '1.7',
  phase: 'monitoren',
  title: t('Monitoren en afsluiten', 'Monitoring and closure'),
  summary: t(
    'Monitoren is in de integrale PGA doorgaans een fase waarin de casus minder vaak wordt besproken. Er lopen dan minder of geen interventies. Die fase begint vaak bij duidelijke vooruitgang: de leefgebieden verbeteren en de risico’s nemen af. Zet de vooruitgang door, dan kan de casus worden afgesloten. De partners bespreken de casus dan niet meer samen in de PGA.',
    'In the multi-agency PGA, monitoring is usually a phase in which the case is discussed less often. Fewer interventions, or none, are then in progress. It often starts when there is clear progress: the person’s situation in the areas of life improves and the risks decrease. If progress continues, the case can be closed. It is then no longer discussed by the partners together in the PGA.',
  ),
  attentionPoints: [monImpasse, monAfspraken],
};
