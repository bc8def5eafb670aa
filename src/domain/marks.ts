// Questions marked "bespreken": the advisor is unsure, partners disagree outside the tool, or evidence is missing.
import type { Checklist } from '../content/types';
import type { Assessment, Mark, MarkReason } from './types';
import { LIMITS } from './schema';
import { allQuestions, type QuestionRef } from './content-index';

export const MARK_REASONS: readonly MarkReason[] = ['unsure', 'disagree', 'evidence'];

/** Marks a question (or changes its reason), or clears the mark with null. */
export function setMark(a: Assessment, questionId: string, mark: Mark | null, now: Date): Assessment {
  const others = Object.entries(a.marks).filter(([id]) => id !== questionId);
  const kept: Mark | null = mark && { reason: mark.reason, text: mark.text.slice(0, LIMITS.shortText) };
  const marks = Object.fromEntries(kept ? [...others, [questionId, kept]] : others);
  return { ...a, marks, updatedAt: now.toISOString() };
}

export interface MarkedQuestion extends QuestionRef {
  mark: Mark;
}

/** The scan's marked questions in checklist order; marks on questions this checklist lacks are left out. */
export function markedQuestions(checklist: Checklist, a: Assessment): MarkedQuestion[] {
  return allQuestions(checklist).flatMap((ref) => {
    const mark = a.marks[ref.question.id];
    return mark ? [{ ...ref, mark }] : [];
  });
}
