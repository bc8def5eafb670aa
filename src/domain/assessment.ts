import type { Level } from '../content/types';
import type { Answer, Assessment, Respondent } from './types';
import { SCHEMA_VERSION } from './types';
import { newId } from './ids';

export interface NewAssessmentInput {
  title: string;
  region: string;
  date: string;
  /** Optional: on whose behalf the scan is filled in. */
  respondent?: Respondent;
}

export const EMPTY_ANSWER: Readonly<Answer> = Object.freeze({ level: null, note: '' });

export function createAssessment(input: NewAssessmentInput, contentVersion: string, now: Date): Assessment {
  const stamp = now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    title: input.title.trim(),
    region: input.region.trim(),
    date: input.date,
    createdAt: stamp,
    updatedAt: stamp,
    contentVersion,
    participants: [],
    answers: {},
    targets: {},
    actions: [],
    workshop: { sources: [], tallies: {}, notesBy: 'partner', choices: { unanimous: false, median: false } },
    dismissed: [],
    retired: [],
    evidence: {},
    marks: {},
    ...(input.respondent && input.respondent.organisation.trim()
      ? { respondent: { ...input.respondent, organisation: input.respondent.organisation.trim() } }
      : {}),
  };
}

export function answerOf(assessment: Assessment, questionId: string): Answer {
  return assessment.answers[questionId] ?? EMPTY_ANSWER;
}

/** Returns a new assessment with the answer merged in; an answer with nothing in it is dropped. */
export function withAnswer(
  assessment: Assessment,
  questionId: string,
  patch: Partial<Answer>,
  now: Date,
): Assessment {
  const next: Answer = { ...answerOf(assessment, questionId), ...patch };
  const others = Object.entries(assessment.answers).filter(([id]) => id !== questionId);
  const empty = next.level === null && next.note === '';
  const answers = Object.fromEntries(empty ? others : [...others, [questionId, next]]);
  return { ...assessment, answers, updatedAt: now.toISOString() };
}

export function isAnswered(answer: Answer | undefined): boolean {
  return answer !== undefined && answer.level !== null;
}

export function isTouched(answer: Answer | undefined): boolean {
  return answer !== undefined && (answer.level !== null || answer.note.trim() !== '');
}

/** Sets or clears the ambition level for one section. */
export function withTarget(
  assessment: Assessment,
  sectionId: string,
  level: Level | null,
  now: Date,
): Assessment {
  const others = Object.entries(assessment.targets).filter(([id]) => id !== sectionId);
  const targets = Object.fromEntries(level === null ? others : [...others, [sectionId, level]]);
  return { ...assessment, targets, updatedAt: now.toISOString() };
}
