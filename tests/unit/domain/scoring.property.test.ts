import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { allQuestions } from '../../../src/domain/content-index';
import { overallScore, pointScore, sectionScore, type Answers } from '../../../src/domain/scoring';
import type { Checklist, Question, Section } from '../../../src/content/types';
import type { AnswerValue } from '../../../src/domain/types';

const questionIds = allQuestions(CHECKLIST).map((r) => r.question.id);
const answerValue = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'na', 'unknown', null);
/** Any set of answers to the real checklist, in any key order. */
const answersArb = fc
  .array(fc.tuple(fc.constantFrom(...questionIds), answerValue), { maxLength: 120 })
  .map((entries) => Object.fromEntries(entries.map(([id, level]) => [id, { level, note: '' }])) as Answers);

function everyScore(a: Answers) {
  return [
    overallScore(CHECKLIST, a),
    ...CHECKLIST.sections.map((s) => sectionScore(s, a)),
    ...CHECKLIST.sections.flatMap((s) => s.attentionPoints.map((p) => pointScore(p, a))),
  ];
}

describe('scoring properties', () => {
  it('keeps every score within the 1–5 scale and coverage within its total', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const s of everyScore(a)) {
          if (s.value !== null) {
            expect(s.value).toBeGreaterThanOrEqual(1);
            expect(s.value).toBeLessThanOrEqual(5);
          }
          expect(s.answered).toBeLessThanOrEqual(s.total);
          expect(s.scored + s.unknown + s.na).toBe(s.answered);
        }
      }),
    );
  });

  // Metamorphic: a copy of the checklist with its questions, points and steps in another order (each within
  // its parent) scores every answer set the same, point by point and step by step. A score that summed by
  // position, or stopped early, or counted a question twice, fails this.
  it('gives the same scores when the checklist lists its questions, points and steps in another order', () => {
    const permutation = <T>(items: readonly T[]) =>
      fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
    const reordered = fc
      .tuple(
        permutation(CHECKLIST.sections),
        ...CHECKLIST.sections.flatMap((s) => [
          permutation(s.attentionPoints.map((p) => p.id)),
          ...s.attentionPoints.map((p) => permutation(p.questions)),
        ]),
      )
      .map(([sections, ...rest]): Checklist => {
        const parts = [...rest];
        const byId = new Map<string, Section>();
        for (const s of CHECKLIST.sections) {
          const order = parts.shift() as string[];
          const questions = new Map(s.attentionPoints.map((p) => [p.id, parts.shift() as Question[]]));
          byId.set(s.id, {
            ...s,
            attentionPoints: order.map((id) => {
              const point = s.attentionPoints.find((p) => p.id === id)!;
              return { ...point, questions: questions.get(id)! };
            }),
          });
        }
        return { ...CHECKLIST, sections: (sections as Section[]).map((s) => byId.get(s.id)!) };
      });
    const scores = (checklist: Checklist, a: Answers) => {
      const out = new Map<string, number | null>([['overall', overallScore(checklist, a).value]]);
      for (const s of checklist.sections) {
        out.set(s.id, sectionScore(s, a).value);
        for (const p of s.attentionPoints) out.set(p.id, pointScore(p, a).value);
      }
      return out;
    };
    fc.assert(
      fc.property(reordered, answersArb, (copy, a) => {
        const want = scores(CHECKLIST, a);
        const got = scores(copy, a);
        expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
        for (const [id, value] of want) {
          const other = got.get(id) ?? null;
          // Sums in another order may differ in the last bit of a float, never more.
          if (value === null) expect(other, id).toBeNull();
          else expect(other, id).toBeCloseTo(value, 12);
        }
      }),
    );
  });

  it('never changes a score value when a question is marked n.v.t.', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...questionIds), (a, id) => {
        fc.pre(a[id] === undefined || a[id]?.level === null);
        const withNa = { ...a, [id]: { level: 'na' as const } };
        expect(everyScore(withNa).map((s) => s.value)).toEqual(everyScore(a).map((s) => s.value));
      }),
    );
  });

  it('does not let a point with many questions hide a low point in the same section', () => {
    const section = CHECKLIST.sections.find((s) => s.attentionPoints.length >= 2)!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: section.attentionPoints.length - 1 }), (lowIndex) => {
        const a: Record<string, { level: AnswerValue }> = {};
        section.attentionPoints.forEach((p, i) => {
          for (const q of p.questions) a[q.id] = { level: i === lowIndex ? 1 : 5 };
        });
        const expected = (1 + 5 * (section.attentionPoints.length - 1)) / section.attentionPoints.length;
        expect(sectionScore(section, a).value).toBeCloseTo(expected, 10);
      }),
    );
  });
});
