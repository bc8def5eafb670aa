// Questions marked "bespreken": the advisor is unsure, partners disagree outside the tool, or evidence is missing.
import type { Assessment, Mark, MarkReason } from './types';
import { LIMITS } from './schema';

export const MARK_REASONS: readonly MarkReason[] = ['unsure', 'disagree', 'evidence'];

/** Marks a question (or changes its reason), or clears the mark with null. */
export function setMark(a: Assessment, questionId: string, mark: Mark | null, now: Date): Assessment {
  const others = Object.entries(a.marks).filter(([id]) => id !== questionId);
  const kept: Mark | null = mark && { reason: mark.reason, text: mark.text.slice(0, LIMITS.shortText) };
  const marks = Object.fromEntries(kept ? [...others, [questionId, kept]] : others);
  return { ...a, marks, updatedAt: now.toISOString() };
}
