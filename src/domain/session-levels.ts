// The levels a session's result rests on: what the room agreed, and, where the facilitator chose so, the level
// every partner gave and the partners' median for the questions left.
import type { Checklist } from '../content/types';
import { LEVELS, type Level } from '../content/types';
import type { Answer, Assessment, SourceScan } from './types';
import { allQuestions } from './content-index';

/** Where a question's level in the result comes from. */
export type LevelOrigin = 'agreed' | 'unanimous' | 'median';

export interface SessionLevels {
  /** The answers the result is computed from: the agreed ones, plus the levels taken over. */
  answers: Record<string, Answer>;
  /** Per question with an answer in `answers`: where it comes from. */
  origins: Record<string, LevelOrigin>;
  counts: Record<LevelOrigin, number>;
}

const levelsOf = (sources: readonly SourceScan[], questionId: string): Level[] =>
  sources.flatMap((s) => {
    const value = s.answers[questionId];
    return typeof value === 'number' ? [value] : [];
  });

/** The level all partners gave: two or more partners, every one of them with that same level. */
export function unanimousLevel(sources: readonly SourceScan[], questionId: string): Level | null {
  const levels = levelsOf(sources, questionId);
  if (sources.length < 2 || levels.length !== sources.length) return null;
  return levels.every((l) => l === levels[0]) ? (levels[0] ?? null) : null;
}

/** The partners' median as a level: between two levels, the lower one, as a mean's level is the one reached. */
export function medianLevel(sources: readonly SourceScan[], questionId: string): Level | null {
  const levels = levelsOf(sources, questionId).sort((a, b) => a - b);
  if (levels.length === 0) return null;
  const lower = levels[Math.floor((levels.length - 1) / 2)];
  return LEVELS.find((l) => l === lower) ?? null;
}

export function sessionLevels(checklist: Checklist, assessment: Assessment): SessionLevels {
  const { sources, choices } = assessment.workshop;
  const answers: Record<string, Answer> = {};
  const origins: Record<string, LevelOrigin> = {};
  const counts: Record<LevelOrigin, number> = { agreed: 0, unanimous: 0, median: 0 };
  const set = (id: string, answer: Answer, origin: LevelOrigin) => {
    answers[id] = answer;
    origins[id] = origin;
    counts[origin]++;
  };
  for (const { question } of allQuestions(checklist)) {
    const own = assessment.answers[question.id];
    if (own && own.level !== null) {
      set(question.id, own, 'agreed');
      continue;
    }
    const unanimous = choices.unanimous ? unanimousLevel(sources, question.id) : null;
    const median = choices.median ? medianLevel(sources, question.id) : null;
    const note = own?.note ?? '';
    if (unanimous !== null) set(question.id, { level: unanimous, note }, 'unanimous');
    else if (median !== null) set(question.id, { level: median, note }, 'median');
    else if (own) answers[question.id] = own;
  }
  return { answers, origins, counts };
}
