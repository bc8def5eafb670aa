// Writes tests/fixtures/content-<version>.pgascan.json: a scan made with the checklist of this checkout, every
// question answered and noted, with an earlier-scan snapshot, a partner scan, shows of hands and actions on
// templates. It is run once per content version, at that version (npx tsx tests/tools/make-content-fixture.ts;
// 2024.2 to 2024.10 so far); the file is committed and never regenerated, since it stands for files people
// already have.
import { readFileSync, writeFileSync } from 'node:fs';
import { CHECKLIST } from '../../src/content/pga-2024';
import { allQuestions } from '../../src/domain/content-index';
import { exportFile, parseImport } from '../../src/domain/file-format';
import type { Answer, AnswerValue, Assessment } from '../../src/domain/types';

const VERSION = CHECKLIST.version;
/** Per version: the fixture of the version before, whose scan this one starts from, and how its id ends. */
const MADE: Record<string, { from: string; idEnd: string }> = {
  '2024.2': { from: '2024.1', idEnd: '2024' },
  '2024.3': { from: '2024.2', idEnd: '0243' },
  '2024.4': { from: '2024.3', idEnd: '0244' },
  '2024.5': { from: '2024.4', idEnd: '0245' },
  '2024.6': { from: '2024.5', idEnd: '0246' },
  '2024.7': { from: '2024.6', idEnd: '0247' },
  '2024.8': { from: '2024.7', idEnd: '0248' },
  '2024.9': { from: '2024.8', idEnd: '0249' },
  '2024.10': { from: '2024.9', idEnd: '2410' },
};
const made = MADE[VERSION];
if (!made) throw new Error(`No earlier fixture to start ${VERSION} from.`);
const old = readFileSync(`tests/fixtures/content-${made.from}.pgascan.json`, 'utf8');
const read = parseImport(old, old.length);
if (!read.ok) throw new Error('2024.1 fixture');
const ids = allQuestions(CHECKLIST).map((r) => r.question.id);
const value = (i: number): AnswerValue =>
  i % 11 === 7 ? 'unknown' : i % 13 === 9 ? 'na' : (((i % 5) + 1) as 1 | 2 | 3 | 4 | 5);
const answers = (prefix: string, shift: number): Record<string, Answer> =>
  Object.fromEntries(
    ids.map((id, i) => [id, { level: value(i + shift), note: `${prefix} ${i + 1}: ë ĳ €` }]),
  );
const a: Assessment = {
  ...read.assessment,
  id: `c0ffee00c0ffee00c0ffee00c0ff${made.idEnd}`,
  title: `Zelfscan PGA 2026 (checklist ${VERSION})`,
  answers: answers('Toelichting', 0),
  retired: [],
  workshop: {
    ...read.assessment.workshop,
    sources: read.assessment.workshop.sources.map((s) => ({
      ...s,
      answers: Object.fromEntries(ids.map((id, i) => [id, value(i + 2)])),
    })),
    tallies: Object.fromEntries(ids.map((id, i) => [id, { [String((i % 5) + 1)]: 2, '4': 1 }])),
  },
  actions: CHECKLIST.sections.flatMap((s) =>
    s.attentionPoints.flatMap((p) =>
      p.suggestedActions.map((t, i) => ({
        id: `act-${t.id}`,
        attentionPointId: p.id,
        title: t.title.nl,
        description: `Beschrijving ${t.title.nl}`,
        owner: 'Gemeente',
        due: '2027-06-01',
        priority: 'medium' as const,
        status: i % 2 ? ('open' as const) : ('in-progress' as const),
        origin: 'suggested' as const,
        templateId: t.id,
      })),
    ),
  ),
  dismissed: ['weg-kennis-expert'],
};
if (a.baseline) a.baseline = { ...a.baseline, answers: answers('Eerdere scan', 1), actions: [] };
writeFileSync(
  `tests/fixtures/content-${VERSION}.pgascan.json`,
  exportFile(a, new Date('2026-11-30T08:00:00Z')) + '\n',
);
