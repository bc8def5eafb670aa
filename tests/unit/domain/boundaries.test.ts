// Boundary cases that one-line mutations of the rules used to survive. Expected values are worked out
// by hand here, never taken from the function under test.
import { describe, expect, it } from 'vitest';
import type { AttentionPoint, Section } from '../../../src/content/types';
import { levelOf, sectionScore } from '../../../src/domain/scoring';
import { actionsCsv, type CsvLabels } from '../../../src/report/csv';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { distribution, discussionAgenda, SPREAD_FLAG, DOMAIN_GAP_FLAG } from '../../../src/domain/workshop';
import { migrate } from '../../../src/domain/migrations';
import { createAssessment } from '../../../src/domain/assessment';
import type { Action, AnswerValue, Participant, Workshop } from '../../../src/domain/types';

const t = (s: string) => ({ nl: s, en: s });
const lvl = (s: string) => ({ text: t(s), basis: t(s) });
const point = (id: string, n: number): AttentionPoint => ({
  id,
  ref: '9.9',
  title: t(id),
  summary: t(id),
  rubric: { 1: lvl('1'), 2: lvl('2'), 3: lvl('3'), 4: lvl('4'), 5: lvl('5') },
  topic: t(id),
  scope: t(id),
  suggestedActions: [],
  questions: Array.from(
    { length: n },
    (_, i) => ({ id: `${id}-${i}`, text: t('?'), activity: t('?'), origin: 'report' }) as const,
  ),
});

describe('a mean that is a whole level in exact arithmetic reads as that level', () => {
  it('reads 2 for points with means 1, 11/3 and 4/3 (exactly 2, though floating point gives 1.999…)', () => {
    const section: Section = {
      id: 's',
      ref: '9.9',
      phase: 'wegen',
      title: t('s'),
      summary: t('s'),
      attentionPoints: [point('a', 1), point('b', 3), point('c', 3)],
    };
    const answers = Object.fromEntries(
      (
        [
          ['a-0', 1],
          ['b-0', 3],
          ['b-1', 4],
          ['b-2', 4],
          ['c-0', 1],
          ['c-1', 1],
          ['c-2', 2],
        ] as const
      ).map(([id, level]) => [id, { level }]),
    );
    const score = sectionScore(section, answers);
    expect(Math.abs((score.value ?? 0) - 2)).toBeLessThan(1e-12);
    expect(levelOf(score.value)).toBe(2);
  });

  it('floors everything else: 3.8 is 3, 4.999 is 4, and nothing leaves 1–5', () => {
    expect(levelOf(1.9999999999999998)).toBe(2);
    expect(levelOf(3.8)).toBe(3);
    expect(levelOf(4.999)).toBe(4);
    expect(levelOf(5)).toBe(5);
    expect(levelOf(1)).toBe(1);
    expect(levelOf(0.5)).toBe(1);
    expect(levelOf(5.4)).toBe(5);
    expect(levelOf(null)).toBeNull();
  });
});

describe('CSV cells that start like a formula', () => {
  const labels: CsvLabels = {
    headers: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
    priority: { high: 'H', medium: 'M', low: 'L' },
    status: { open: 'O', 'in-progress': 'B', done: 'G' },
  };
  const row = (title: string) => {
    const action: Action = {
      id: 'x',
      attentionPointId: 'nope',
      title,
      description: '',
      owner: '',
      due: '',
      priority: 'low',
      status: 'open',
      origin: 'own',
    };
    return actionsCsv(CHECKLIST, [action], 'nl', labels).split('\r\n')[1] ?? '';
  };

  it.each([
    ['=1+1', ";;'=1+1;;;;L;O"],
    ['+31 6', ";;'+31 6;;;;L;O"],
    ['-2', ";;'-2;;;;L;O"],
    ['@SUM(A1)', ";;'@SUM(A1);;;;L;O"],
    ['\tcmd', ";;'\tcmd;;;;L;O"],
    ['\rcmd', ';;"\'\rcmd";;;;L;O'],
  ])('defuses %j with a leading apostrophe', (title, expected) => {
    expect(row(title)).toBe(expected);
  });

  it('leaves ordinary text and text with a sign further on alone', () => {
    expect(row('Plan a=b')).toBe(';;Plan a=b;;;;L;O');
    expect(row('Kosten: -5')).toBe(';;Kosten: -5;;;;L;O');
  });
});

describe('what puts a question on the agenda', () => {
  const people: Participant[] = [
    { id: 'v1', name: '', organisation: 'Politie', role: 'politie', domain: 'veiligheid' },
    { id: 's1', name: '', organisation: 'GGZ', role: 'ggz', domain: 'sociaal' },
    { id: 'o1', name: '', organisation: 'ZVH', role: 'zvh', domain: 'other' },
  ];
  const q = 'weg-manier';
  const workshop = (levels: Record<string, AnswerValue>): Workshop => ({
    sources: Object.entries(levels).map(([participantId, value]) => ({
      id: `scan-${participantId}`,
      participantId,
      title: '',
      contentVersion: CHECKLIST.version,
      importedAt: '',
      answers: { [q]: value },
      notes: {},
    })),
    tallies: {},
    notesBy: 'partner',
    choices: { unanimous: false, median: false },
  });
  const agendaFor = (w: Workshop) => {
    const a = {
      ...createAssessment({ title: 'x', region: '', date: '' }, CHECKLIST.version, new Date()),
      workshop: w,
    };
    return discussionAgenda(CHECKLIST, { ...a, participants: people }).find((i) => i.question.id === q);
  };

  it('flags a spread of exactly 2, and not one of 1', () => {
    expect(SPREAD_FLAG).toBe(2);
    const two = workshop({ v1: 3, s1: 3, o1: 5 });
    expect(distribution(q, two, people).spread).toBe(2);
    expect(agendaFor(two)?.reasons).toEqual(['spread']);
    expect(agendaFor(workshop({ v1: 3, s1: 3, o1: 4 }))).toBeUndefined();
  });

  it('flags a domain gap of a full level either way: security above or below social', () => {
    expect(DOMAIN_GAP_FLAG).toBe(1);
    const below = workshop({ v1: 2, s1: 3 });
    expect(distribution(q, below, people).domainGap).toBe(-1);
    expect(agendaFor(below)?.reasons).toEqual(['domains']);
    const above = workshop({ v1: 4, s1: 3 });
    expect(distribution(q, above, people).domainGap).toBe(1);
    expect(agendaFor(above)?.reasons).toEqual(['domains']);
  });
});

describe('a v1 file’s participants', () => {
  it('get the domain of their known role: politie is security, ggz social, free text other', () => {
    const result = migrate({
      schemaVersion: 1,
      participants: [
        { id: 'a', role: 'politie' },
        { id: 'b', role: 'ggz' },
        { id: 'c', role: 'Beleidsadviseur' },
      ],
    });
    expect(result.ok && (result.data.participants as { domain: string }[]).map((p) => p.domain)).toEqual([
      'veiligheid',
      'sociaal',
      'other',
    ]);
  });
});
