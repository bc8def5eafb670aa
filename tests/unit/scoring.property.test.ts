import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHECKLIST } from '../../src/content/pga-2024';
import { allQuestions } from '../../src/domain/content-index';
import { overallScore, pointScore, sectionScore, type Answers } from '../../src/domain/scoring';
import type { AnswerValue } from '../../src/domain/types';

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

  it('does not depend on the order in which answers were given', () => {
    const shuffled = answersArb.chain((a) => {
      const entries = Object.entries(a);
      return fc
        .shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })
        .map((perm) => ({ a, b: Object.fromEntries(perm) as Answers }));
    });
    fc.assert(
      fc.property(shuffled, ({ a, b }) => {
        expect(everyScore(b)).toEqual(everyScore(a));
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
