// Writes tests/fixtures/schema-vN.pgascan.json for the current schema version N: a complete scan as
// the app exports it (npx tsx tests/tools/make-fixtures.ts). Fixtures are committed and never regenerated
// for a later version: they stand for files people already have.
import { writeFileSync } from 'node:fs';
import { exportFile } from '../../src/domain/file-format';
import { createFollowUp } from '../../src/domain/follow-up';
import { seededAssessment } from '../e2e/seed';
import { SCHEMA_VERSION } from '../../src/domain/types';
import { CONTENT_VERSION } from '../../src/content/version';

const base = seededAssessment('Zelfscan PGA 2025');
base.participants = [
  {
    id: 'p1',
    name: 'A. de Vries',
    organisation: 'Gemeente Utrecht',
    role: 'gemeente-oov',
    domain: 'veiligheid',
  },
];
base.dismissed = ['weg-kennis-expert'];
const scan = createFollowUp(
  base,
  { title: 'Zelfscan PGA 2026', date: '2026-11-28', prefill: true },
  CONTENT_VERSION,
  new Date('2026-11-28T10:00:00Z'),
);
scan.id = '0123456789abcdef0123456789abcdef';
// From v4: who filled it in, and the session it was made for.
scan.respondent = { organisation: 'Gemeente Utrecht', role: 'gemeente-oov', domain: 'veiligheid', name: '' };
scan.session = {
  id: 'fedcba9876543210fedcba9876543210',
  participantId: 'p1',
  title: 'Werksessie PGA Utrecht 2026',
  region: 'Regio Utrecht',
  date: '2026-12-10',
};
// From v5: a partner's scan in the session keeps its notes, and the session keeps the facilitator's choices.
scan.workshop = {
  sources: [
    {
      id: 'aaaabbbbccccddddaaaabbbbccccdddd',
      participantId: 'p1',
      title: 'Zelfscan Gemeente Utrecht',
      contentVersion: CONTENT_VERSION,
      importedAt: '2026-11-28T11:00:00.000Z',
      answers: { 'weg-manier': 3, 'weg-criteria': 'unknown' },
      notes: { 'weg-manier': 'Wij wegen elke melding in het casusoverleg.' },
      // From v6: the partner's own marks for discussion.
      marks: { 'weg-criteria': { reason: 'disagree', text: 'Politie ziet dit anders.' } },
    },
  ],
  tallies: { 'weg-manier': { '3': 2, '4': 1 } },
  notesBy: 'domain',
  choices: { unanimous: true, median: false },
};
// From v6: document references per point, and questions marked for discussion.
scan.evidence = {
  'weg-systematisch': [
    {
      id: 'e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1',
      title: 'Werkproces weging PGA',
      version: 'v2.1',
      owner: 'Gemeente Utrecht',
      location: 'G:\\OOV\\PGA\\werkproces-weging.pdf',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      effective: '2025-03-01',
      reviewBy: '2026-03-01',
    },
  ],
};
scan.marks = { 'weg-manier': { reason: 'evidence', text: 'Verslag weging ontbreekt.' } };
writeFileSync(
  `tests/fixtures/schema-v${SCHEMA_VERSION}.pgascan.json`,
  exportFile(scan, new Date('2026-11-28T12:00:00Z')) + '\n',
);
