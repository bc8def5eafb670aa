// A phone's answers as a partner's scan, so they enter the session the way a partner's file does: the agenda,
// the presentation and removal then treat them alike.
import type { Answer, Assessment, Respondent } from '../types';
import { createAssessment } from '../assessment';
import type { PhoneAnswers } from './answer-frames';
import type { Round } from './round';

/** The same phone in the same round always gets the same id, so scanning it again replaces, never adds. */
export const phoneScanId = (round: Round, phoneId: string) => `qr-${round.id}-${phoneId}`;

export function phoneScan(
  round: Round,
  answers: PhoneAnswers,
  title: string,
  respondent: Respondent | undefined,
  now: Date,
): Assessment {
  const stamp = now.toISOString();
  const byId: Record<string, Answer> = {};
  for (const id of round.questionIds) {
    const level = answers.levels[id] ?? null;
    const note = answers.notes[id] ?? '';
    if (level !== null || note) byId[id] = { level, note };
  }
  // A new scan like any other, then the phone's id and answers: a phone records no evidence and no marks.
  const base = createAssessment({ title, region: '', date: stamp.slice(0, 10) }, round.contentVersion, now);
  return {
    ...base,
    id: phoneScanId(round, answers.phoneId),
    title,
    answers: byId,
    ...(respondent ? { respondent } : {}),
  };
}
