// What to do with a partner file before it is read into a session: refuse it, skip it as unchanged, ask the
// facilitator (saying what changed), or read it in.
import type { Assessment, AnswerValue } from './types';
import {
  earlierSource,
  sourceAnswers,
  sourceConflict,
  type QuestionIds,
  type SourceConflict,
} from './session-sources';

/** What a file would change in the answers read in before from the same partner. */
export interface SourceChanges {
  /** Questions the earlier file left open and this one answers. */
  added: number;
  /** Questions answered in both, with another answer now. */
  changed: number;
  /** Questions answered before and left open now. */
  cleared: number;
}

export type SourceCheck =
  /** This session's own file (the facilitator's export), or another session with partners' files in it. */
  | { kind: 'refuse'; reason: 'own-session' | 'session-file' }
  /** The same answers as the file read before for this partner: nothing to do. */
  | { kind: 'unchanged'; participantId: string }
  | { kind: 'ask'; conflict: SourceConflict; participantId?: string; changes?: SourceChanges }
  | { kind: 'read' };

export function sourceChanges(
  before: Record<string, AnswerValue>,
  after: Record<string, AnswerValue>,
): SourceChanges {
  const changes: SourceChanges = { added: 0, changed: 0, cleared: 0 };
  for (const [id, level] of Object.entries(after)) {
    const was = before[id];
    if (was === undefined || was === null) changes.added++;
    else if (was !== level) changes.changed++;
  }
  for (const id of Object.keys(before)) if (after[id] === undefined) changes.cleared++;
  return changes;
}

export function checkSource(checklist: QuestionIds, assessment: Assessment, scan: Assessment): SourceCheck {
  if (scan.id === assessment.id) return { kind: 'refuse', reason: 'own-session' };
  if (scan.workshop.sources.length > 0) return { kind: 'refuse', reason: 'session-file' };
  const conflict = sourceConflict(assessment, scan);
  if (!conflict) return { kind: 'read' };
  const earlier = conflict === 'already-read' ? earlierSource(assessment, scan) : undefined;
  if (!earlier) return { kind: 'ask', conflict };
  const changes = sourceChanges(earlier.answers, sourceAnswers(checklist, scan));
  if (changes.added + changes.changed + changes.cleared === 0)
    return { kind: 'unchanged', participantId: earlier.participantId };
  return { kind: 'ask', conflict, participantId: earlier.participantId, changes };
}
