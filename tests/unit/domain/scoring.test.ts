import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import type { AttentionPoint, Section } from '../../../src/content/types';
import { gap, levelOf, overallScore, pointScore, sectionScore } from '../../../src/domain/scoring';
import type { AnswerValue } from '../../../src/domain/types';

const t = (s: string) => ({ nl: s, en: s });
const lvl = (s: string) => ({ text: t(s), basis: t(s) });
const rubric = { 1: lvl('1'), 2: lvl('2'), 3: lvl('3'), 4: lvl('4'), 5: lvl('5') };
function point(id: string, questionCount: number): AttentionPoint {
  return {
    id,
    ref: '9.9',
    title: t(id),
    summary: t(id),
    rubric,
    topic: t(id),
    scope: t(id),
    suggestedActions: [],
    questions: Array.from({ length: questionCount }, (_, i) => ({
      id: `${id}-${i}`,
      text: t('?'),
      activity: t('?'),
      origin: 'report',
    })),
  };
}
const answers = (entries: [string, AnswerValue][]) =>
  Object.fromEntries(entries.map(([id, level]) => [id, { level, note: '' }]));

describe('attention point score', () => {
  const p = point('p', 4);

  it('is the mean of the questions with a level', () => {
    const s = pointScore(
      p,
      answers([
        ['p-0', 2],
        ['p-1', 4],
        ['p-2', 3],
      ]),
    );
    expect(s).toMatchObject({ value: 3, scored: 3, answered: 3, total: 4, provisional: false });
  });

  it('leaves weet niet and n.v.t. out of the value but counts them as answered', () => {
    const s = pointScore(
      p,
      answers([
        ['p-0', 2],
        ['p-1', 'unknown'],
        ['p-2', 'na'],
        ['p-3', 4],
      ]),
    );
    expect(s).toMatchObject({ value: 3, scored: 2, unknown: 1, na: 1, answered: 4, total: 4 });
  });

  it('is null, not provisional, when nothing has a level', () => {
    expect(pointScore(p, answers([['p-0', 'unknown']]))).toMatchObject({
      value: null,
      provisional: false,
      answered: 1,
    });
    expect(pointScore(p, {})).toMatchObject({ value: null, answered: 0, total: 4 });
  });

  it('is provisional when fewer than half of the applicable questions have a level', () => {
    expect(pointScore(p, answers([['p-0', 3]])).provisional).toBe(true);
    expect(
      pointScore(
        p,
        answers([
          ['p-0', 3],
          ['p-1', 3],
        ]),
      ).provisional,
    ).toBe(false);
    // Two n.v.t. leave two applicable questions, and one level is half of them.
    expect(
      pointScore(
        p,
        answers([
          ['p-0', 3],
          ['p-1', 'na'],
          ['p-2', 'na'],
        ]),
      ).provisional,
    ).toBe(false);
    // Weet niet does not shrink the applicable set.
    expect(
      pointScore(
        p,
        answers([
          ['p-0', 3],
          ['p-1', 'unknown'],
          ['p-2', 'unknown'],
        ]),
      ).provisional,
    ).toBe(true);
  });
});

describe('section, phase and overall scores', () => {
  it('average attention points, not questions', () => {
    const section: Section = {
      id: 's',
      ref: '9.9',
      phase: 'wegen',
      title: t('s'),
      summary: t('s'),
      attentionPoints: [point('low', 1), point('high', 9)],
    };
    const a = answers([
      ['low-0', 1],
      ...Array.from({ length: 9 }, (_, i): [string, AnswerValue] => [`high-${i}`, 5]),
    ]);
    expect(sectionScore(section, a).value).toBe(3);
    expect(sectionScore(section, a).scored).toBe(10);
  });

  it('give the overall score as the mean of the nine sections', () => {
    const [first, second] = CHECKLIST.sections;
    const a = answers([
      ...first!.attentionPoints.flatMap((p) => p.questions.map((q): [string, AnswerValue] => [q.id, 2])),
      ...second!.attentionPoints.flatMap((p) => p.questions.map((q): [string, AnswerValue] => [q.id, 4])),
    ]);
    expect(overallScore(CHECKLIST, a).value).toBe(3);
    expect(overallScore(CHECKLIST, a).provisional).toBe(true);
  });
});

describe('levelOf and gap', () => {
  it('maps a mean to the level it has reached', () => {
    expect([1, 1.9, 2, 2.99, 3.5, 4.8, 5].map(levelOf)).toEqual([1, 1, 2, 2, 3, 4, 5]);
    expect(levelOf(null)).toBeNull();
  });

  it('is target minus current, null when either is missing', () => {
    expect(gap(4, 2.5)).toBe(1.5);
    expect(gap(2, 3)).toBe(-1);
    expect(gap(undefined, 3)).toBeNull();
    expect(gap(4, null)).toBeNull();
  });
});
