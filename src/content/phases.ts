import type { Phase } from './types';
import { t } from './text';

// A phase with one section carries that section's title, so the two never read differently.
export const PHASES: Phase[] = [
  { id: 'signaleren', kind: 'process', title: t('Signaleren', 'Spotting signals') },
  { id: 'wegen', kind: 'process', title: t('Wegen van signalen', 'Assessing signals') },
  {
    id: 'duiden',
    kind: 'process',
    title: t('Duiden als doorlopend proces', 'Interpretation as an ongoing process'),
  },
  { id: 'start', kind: 'process', title: t('Start van de aanpak', 'Starting the approach') },
  { id: 'monitoren', kind: 'process', title: t('Monitoren en afsluiten', 'Monitoring and closure') },
  { id: 'samenwerking', kind: 'theme', title: t('Samenwerking', 'Collaboration') },
  {
    id: 'gegevens',
    kind: 'theme',
    title: t('Gegevensdeling en dossiervorming', 'Information sharing and record-keeping'),
  },
];
