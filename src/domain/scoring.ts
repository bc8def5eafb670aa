import type { AttentionPoint, Checklist, Level, Question, Section } from '../content/types';
import type { Answer } from './types';

export type Answers = Readonly<Record<string, Pick<Answer, 'level'> | undefined>>;

export interface Score {
  /** Mean on the 1–5 scale, or null when nothing has a level yet. */
  value: number | null;
  /** Questions with any answer: a level, weet niet or n.v.t. */
  answered: number;
  /** Questions with a level: the ones the value rests on. */
  scored: number;
  unknown: number;
  na: number;
  total: number;
  /** Fewer than half of the applicable questions (total minus n.v.t.) have a level. */
  provisional: boolean;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Counts over a set of questions; the value is supplied by the caller, since levels above questions average means. */
function tally(questions: readonly Question[], answers: Answers, value: number | null): Score {
  let scored = 0;
  let unknown = 0;
  let na = 0;
  for (const q of questions) {
    const level = answers[q.id]?.level ?? null;
    if (level === 'na') na++;
    else if (level === 'unknown') unknown++;
    else if (level !== null) scored++;
  }
  const total = questions.length;
  const applicable = total - na;
  return {
    value,
    answered: scored + unknown + na,
    scored,
    unknown,
    na,
    total,
    provisional: value !== null && scored < applicable / 2,
  };
}

export function pointScore(point: AttentionPoint, answers: Answers): Score {
  const levels = point.questions.flatMap((q) => {
    const level = answers[q.id]?.level;
    return typeof level === 'number' ? [level] : [];
  });
  return tally(point.questions, answers, mean(levels));
}

/** Mean of its attention points, so a point with many questions does not outweigh one with few. */
export function sectionScore(section: Section, answers: Answers): Score {
  const values = section.attentionPoints.flatMap((p) => {
    const v = pointScore(p, answers).value;
    return v === null ? [] : [v];
  });
  return tally(
    section.attentionPoints.flatMap((p) => p.questions),
    answers,
    mean(values),
  );
}

function groupScore(sections: readonly Section[], answers: Answers): Score {
  const values = sections.flatMap((s) => {
    const v = sectionScore(s, answers).value;
    return v === null ? [] : [v];
  });
  return tally(
    sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions)),
    answers,
    mean(values),
  );
}

/** Mean of the sections (process steps and themes). */
export function overallScore(checklist: Checklist, answers: Answers): Score {
  return groupScore(checklist.sections, answers);
}

/**
 * The level a score has reached: a level counts once the mean is at or above it,
 * so 3.8 reads as "Afgesproken" on the way to "Vastgelegd en toegepast".
 */
export function levelOf(value: number | null): Level | null {
  if (value === null) return null;
  const floored = Math.floor(value + 1e-9);
  return Math.min(5, Math.max(1, floored)) as Level;
}

/** Target minus current; positive means work to do. Null when either is missing. */
export function gap(target: Level | undefined, value: number | null): number | null {
  return target === undefined || value === null ? null : target - value;
}
