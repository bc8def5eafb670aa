import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { largestGaps, strongestPoints, weakestPoints } from '../../../src/domain/rankings';
import type { AnswerValue } from '../../../src/domain/types';

const points = CHECKLIST.sections.flatMap((s) => s.attentionPoints);
/** Every question of a point gets the same level. */
function answersFor(levels: Record<string, AnswerValue>) {
  return Object.fromEntries(
    points.flatMap((p) =>
      p.id in levels ? p.questions.map((q) => [q.id, { level: levels[p.id] ?? null, note: '' }]) : [],
    ),
  );
}

describe('rankings', () => {
  const a = answersFor({
    'sig-structuur': 4,
    'weg-kennis': 1,
    'mon-afspraken': 5,
    'geg-dossier': 2,
    'doel-subdoelen': 1,
  });

  it('lists the weakest points lowest first, ties in report order', () => {
    expect(weakestPoints(CHECKLIST, a, 3).map((r) => r.point.id)).toEqual([
      'weg-kennis',
      'doel-subdoelen',
      'geg-dossier',
    ]);
  });

  it('lists the strongest points highest first', () => {
    expect(strongestPoints(CHECKLIST, a, 2).map((r) => r.point.id)).toEqual([
      'mon-afspraken',
      'sig-structuur',
    ]);
  });

  it('leaves unscored points out of both lists', () => {
    expect(weakestPoints(CHECKLIST, a, 100)).toHaveLength(5);
    expect(strongestPoints(CHECKLIST, {}, 3)).toEqual([]);
  });

  it('lists the largest gaps to target, only where the score is below it', () => {
    const gaps = largestGaps(CHECKLIST, a, { wegen: 4, doel: 3, monitoren: 3, signaleren: 5 }, 5);
    expect(gaps.map((g) => [g.section.id, g.gap])).toEqual([
      ['wegen', 3],
      ['doel', 2],
      ['signaleren', 1],
    ]);
  });
});
