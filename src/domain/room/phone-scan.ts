// A phone's answers as a partner's scan, so they enter the session the way a partner's file does: the agenda,
// the presentation and removal then treat them alike.
import type { Answer, Assessment, Respondent } from '../types';
import { SCHEMA_VERSION } from '../types';
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
  return {
    schemaVersion: SCHEMA_VERSION,
    id: phoneScanId(round, answers.phoneId),
    title,
    region: '',
    date: stamp.slice(0, 10),
    createdAt: stamp,
    updatedAt: stamp,
    contentVersion: round.contentVersion,
    participants: [],
    answers: byId,
    targets: {},
    actions: [],
    workshop: { sources: [], tallies: {}, notesBy: 'partner', choices: { unanimous: false, median: false } },
    dismissed: [],
    retired: [],
    // A phone only answers: it records no evidence and marks no question for discussion.
    evidence: {},
    marks: {},
    ...(respondent ? { respondent } : {}),
  };
}
