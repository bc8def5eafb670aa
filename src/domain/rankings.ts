import type { AttentionPoint, Checklist, Level, Section } from '../content/types';
import { gap, pointScore, sectionScore, type Answers, type Score } from './scoring';

export interface RankedPoint {
  point: AttentionPoint;
  section: Section;
  score: Score & { value: number };
}

export interface RankedGap {
  section: Section;
  value: number;
  target: Level;
  gap: number;
}

function scoredPoints(checklist: Checklist, answers: Answers): RankedPoint[] {
  return checklist.sections.flatMap((section) =>
    section.attentionPoints.flatMap((point) => {
      const score = pointScore(point, answers);
      return score.value === null ? [] : [{ point, section, score: { ...score, value: score.value } }];
    }),
  );
}

/** Scored points in order; ties keep the report's order, so the result is stable. */
function ranked(checklist: Checklist, answers: Answers, count: number, sign: 1 | -1): RankedPoint[] {
  return scoredPoints(checklist, answers)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => sign * (a.r.score.value - b.r.score.value) || a.i - b.i)
    .slice(0, count)
    .map(({ r }) => r);
}

/** Lowest first. */
export function weakestPoints(checklist: Checklist, answers: Answers, count: number): RankedPoint[] {
  return ranked(checklist, answers, count, 1);
}

/** Highest first. */
export function strongestPoints(checklist: Checklist, answers: Answers, count: number): RankedPoint[] {
  return ranked(checklist, answers, count, -1);
}

/** Sections furthest below their target, largest gap first; sections at or above target are left out. */
export function largestGaps(
  checklist: Checklist,
  answers: Answers,
  targets: Readonly<Record<string, Level>>,
  count: number,
): RankedGap[] {
  return checklist.sections
    .flatMap((section) => {
      const value = sectionScore(section, answers).value;
      const target = targets[section.id];
      const g = gap(target, value);
      return g !== null && g > 0 && value !== null && target !== undefined
        ? [{ section, value, target, gap: g }]
        : [];
    })
    .sort((a, b) => b.gap - a.gap)
    .slice(0, count);
}
