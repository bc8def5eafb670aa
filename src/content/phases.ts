import type { Phase } from './types';
import { t } from './text';

export const PHASES: Phase[] = [
  { id: 'signaleren', kind: 'process', title: t('Signaleren', 'Identifying signals') },
  { id: 'wegen', kind: 'process', title: t('Wegen', 'Weighing') },
  { id: 'duiden', kind: 'process', title: t('Duiden', 'Interpreting') },
  { id: 'start', kind: 'process', title: t('Start van de aanpak', 'Starting the approach') },
  { id: 'monitoren', kind: 'process', title: t('Monitoren en afsluiten', 'Monitoring and closing') },
  { id: 'samenwerking', kind: 'theme', title: t('Samenwerking', 'Collaboration') },
  {
    id: 'gegevens',
    kind: 'theme',
    title: t('Gegevensdeling en dossiervorming', 'Information sharing and records'),
  },
];
