import type { Section } from '../types';
import { t } from '../text';
import { monImpasse } from '../points/mon-impasse';
import { monAfspraken } from '../points/mon-afspraken';

export const monitoren: Section = {
  id: 'monitoren',
  ref: '1.7',
  phase: 'monitoren',
  title: t('Monitoren en afsluiten', 'Monitoring and closing'),
  summary: t(
    'Monitoren is in de integrale PGA een fase waarin de casus minder vaak wordt besproken en er minder of geen interventies lopen. Die fase begint meestal bij duidelijke vooruitgang: de leefgebieden verbeteren en de risico’s van iemands gedachtegoed en geweldsbereidheid nemen af. Zet de vooruitgang door, dan kan de casus worden afgesloten: hij wordt dan niet meer integraal besproken.',
    'In the integrated PGA, monitoring is a phase in which the case is discussed less often and fewer or no interventions run. It usually starts when there is clear progress: the life domains improve and the risks from the person’s ideas and readiness to use violence decrease. If progress holds, the case can be closed: it is then no longer discussed by the partners together.',
  ),
  attentionPoints: [monImpasse, monAfspraken],
};
