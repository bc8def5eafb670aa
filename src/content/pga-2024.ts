import type { Checklist } from './types';
import { PHASES } from './phases';
import { CONTENT_VERSION } from './version';
import { signaleren } from './sections/s1-1-signaleren';
import { wegen } from './sections/s1-2-wegen';
import { duiden } from './sections/s1-3-duiden';
import { notificeren } from './sections/s1-4-notificeren';
import { doel } from './sections/s1-5-doel';
import { interventies } from './sections/s1-6-interventies';
import { monitoren } from './sections/s1-7-monitoren';
import { samenwerking } from './sections/s2-1-samenwerking';
import { gegevens } from './sections/s2-2-gegevens';

/** The checklist, in the report's order. Bump the version whenever questions are added or changed. */
export const CHECKLIST: Checklist = {
  version: CONTENT_VERSION,
  source: {
    title:
      'De persoonsgerichte aanpak radicalisering. Aandachtspunten voor een effectieve en efficiënte aanpak',
    author: 'Nynke Piepers',
    publisher: 'DSP-groep',
    date: '2024-05',
  },
  phases: PHASES,
  sections: [signaleren, wegen, duiden, notificeren, doel, interventies, monitoren, samenwerking, gegevens],
};
