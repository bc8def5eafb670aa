import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levels, NOT_OPENHEID, trendAction, WEG_SYSTEMATISCH } from '../../support/trend-fixture';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { CONTENT_VERSION } from '../../../src/content/version';
import type { Level } from '../../../src/content/types';
import { createAssessment } from '../../../src/domain/assessment';
import { parseImport } from '../../../src/domain/file-format';
import { buildTrend, followUpChain } from '../../../src/domain/trend';
import { stepGaps } from '../../../src/domain/trend-gap';
import type { Action, AnswerValue, Assessment } from '../../../src/domain/types';

const now = new Date('2026-11-29T10:00:00Z');

/** The 2023 scan, as a file made with checklist 2024.1, read in (and so carried over) as the app does. */
function scan2023(): Assessment {
  const file = JSON.parse(readFileSync('tests/fixtures/content-2024.1.pgascan.json', 'utf8'));
  file.assessment.date = '2023-11-15';
  file.assessment.targets = { wegen: 4 };
  file.assessment.answers = {
    ...levels(WEG_SYSTEMATISCH, 2),
    'weg-toegerust': { level: 1, note: '' },
    'weg-nieuwe-stromingen': { level: 'na', note: '' },
    'not-afspraken': { level: 3, note: '' },
    // 2024.1 names: renamed to not-transparant, and removed (kept, never scored).
    'not-contact-houding': { level: 4, note: '' },
    'not-contact-opbouwen': { level: 5, note: '' },
  };
  const text = JSON.stringify(file);
  const read = parseImport(text, text.length);
  if (!read.ok) throw new Error('fixture');
  expect(read.assessment.contentVersion).toBe(CONTENT_VERSION);
  return read.assessment;
}

function scan(
  date: string,
  answers: Record<string, { level: AnswerValue; note: string }>,
  wegen: Level,
  actions: Action[],
) {
  const a = createAssessment(
    { title: `Zelfscan ${date.slice(0, 4)}`, region: 'Regio Utrecht', date },
    CONTENT_VERSION,
    now,
  );
  return { ...a, answers, targets: { wegen }, actions };
}

function series(): Assessment[] {
  const a = scan2023();
  const ids = a.actions.map((x) => x.id);
  expect(ids).toEqual(['act-1', 'act-2', 'act-3', 'act-4', 'act-5', 'act-6']);
  const b = scan(
    '2024-11-15',
    {
      ...levels(WEG_SYSTEMATISCH, 3),
      ...levels(['weg-toegerust', 'weg-nieuwe-stromingen'], 3),
      ...levels(NOT_OPENHEID, 4),
    },
    4,
    [
      trendAction('act-1', 'done'),
      trendAction('act-2', 'in-progress'),
      trendAction('act-3', 'open'),
      trendAction('b-1', 'open'),
    ],
  );
  const c = scan(
    '2025-11-15',
    {
      ...levels(WEG_SYSTEMATISCH, 4),
      ...levels(['weg-toegerust', 'weg-nieuwe-stromingen'], 4),
      ...levels(NOT_OPENHEID, 'na'),
    },
    4,
    [trendAction('act-2', 'done'), trendAction('act-3', 'open')],
  );
  const d = scan(
    '2026-11-15',
    {
      ...levels(WEG_SYSTEMATISCH, 3),
      ...levels(['weg-toegerust', 'weg-nieuwe-stromingen'], 5),
      ...levels(NOT_OPENHEID, 2),
    },
    5,
    [trendAction('act-3', 'in-progress')],
  );
  // Given out of order: the trend orders by scan date.
  return [c, a, d, b];
}

describe('trend across four scans made with checklists 2024.1 and 2024.2', () => {
  const trend = buildTrend(CHECKLIST, series());
  const step = (id: string) => trend.steps.find((s) => s.section.id === id)!;

  it('orders the scans by date and keeps each scan’s checklist version', () => {
    expect(trend.scans.map((s) => s.date)).toEqual(['2023-11-15', '2024-11-15', '2025-11-15', '2026-11-15']);
  });

  it('scores each step per scan as worked out by hand; a removed or missing question never counts', () => {
    // §1.2: 2023 weg-systematisch 2 and weg-kennis 1 (its other question n.v.t.) → 1.5; then 3; 4; (3 + 5) / 2 = 4.
    expect(step('wegen').scores.map((s) => s.value)).toEqual([1.5, 3, 4, 4]);
    expect(step('wegen').targets).toEqual([4, 4, 4, 5]);
    // §1.4 in 2023: (3 + 4) / 2 = 3.5 from not-afspraken and the renamed question; the removed question's 5 is not in it.
    // 2025: all n.v.t., so no score (not 1, not 0).
    expect(step('notificeren').scores.map((s) => s.value)).toEqual([3.5, 4, null, 2]);
    // Steps nobody answered have no score in any year.
    expect(step('samenwerking').scores.map((s) => s.value)).toEqual([null, null, null, null]);
    // Overall: the mean of the steps with a score: (1.5 + 3.5) / 2, (3 + 4) / 2, 4, (4 + 2) / 2.
    expect(trend.overall.map((s) => s.value)).toEqual([2.5, 3.5, 4, 3]);
  });

  it('says whether the distance to the ambition closed, from the oldest scan to the newest', () => {
    // §1.2: 4 − 1.5 = 2.5 in 2023, 5 − 4 = 1 in 2026.
    const wegen = stepGaps(trend).find((g) => g.section.id === 'wegen');
    expect([wegen?.target, wegen?.first, wegen?.last, wegen?.direction]).toEqual([5, 2.5, 1, 'closing']);
  });

  it('names the most improved and most declined points, and never calls n.v.t. or missing a change', () => {
    const first = trend.firstToLast!;
    expect(first.improved.map((c) => [c.point.id, c.delta])).toEqual([
      ['weg-kennis', 4],
      ['weg-systematisch', 1],
    ]);
    expect(first.declined.map((c) => [c.point.id, c.delta])).toEqual([['not-openheid', -1.5]]);
    const last = trend.lastTwo!;
    expect(last.improved.map((c) => [c.point.id, c.delta])).toEqual([['weg-kennis', 1]]);
    expect(last.declined.map((c) => [c.point.id, c.delta])).toEqual([['weg-systematisch', -1]]);
    const openheid = last.uncertain.find((c) => c.point.id === 'not-openheid');
    expect(openheid?.kind).toBe('not-scored');
    expect(openheid?.delta).toBeNull();
    // Named only where one side has a level: §1.4's point went from n.v.t. to 2; unanswered points stay out.
    expect(last.uncertain.map((c) => c.point.id)).toEqual(['not-openheid']);
    expect(first.uncertain.map((c) => c.point.id)).toEqual([]);
  });

  it('says what became of each year’s actions by the next scan', () => {
    expect(trend.actions.map((o) => [o.scan.date, o.done, o.carried.map((a) => a.id), o.dropped])).toEqual([
      ['2023-11-15', 1, ['act-2', 'act-3'], 3],
      ['2024-11-15', 2, ['act-3'], 1],
      ['2025-11-15', 1, ['act-3'], 0],
    ]);
  });

  it('follows a chain of follow-ups back through the library', () => {
    const [a, b, c] = [scan2023(), series()[3]!, series()[0]!];
    const linked = [
      a,
      { ...b, baseline: { id: a.id, title: '', date: '', answers: {}, targets: {}, actions: [] } },
    ];
    const last = { ...c, baseline: { id: b.id, title: '', date: '', answers: {}, targets: {}, actions: [] } };
    expect(followUpChain([...linked, last], last).map((s) => s.date)).toEqual([
      '2023-11-15',
      '2024-11-15',
      '2025-11-15',
    ]);
  });
});
