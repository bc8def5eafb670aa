// What to do with a partner file before it is read into a session: refuse it, skip it as unchanged, ask the
// facilitator (saying what changed), or read it in.
import type { Assessment, AnswerValue } from './types';
import {
  earlierSource,
  sourceAnswers,
  sourceConflict,
  sourceNotes,
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
  /** Notes written, rewritten or removed since: a partner may resend a file only to explain a level. */
  notes: number;
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
  const changes: SourceChanges = { added: 0, changed: 0, cleared: 0, notes: 0 };
  for (const [id, level] of Object.entries(after)) {
    const was = before[id];
    if (was === undefined || was === null) changes.added++;
    else if (was !== level) changes.changed++;
  }
  for (const id of Object.keys(before)) if (after[id] === undefined) changes.cleared++;
  return changes;
}

export function noteChanges(before: Record<string, string>, after: Record<string, string>): number {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => (before[id] ?? '') !== (after[id] ?? '')).length;
}

export function checkSource(checklist: QuestionIds, assessment: Assessment, scan: Assessment): SourceCheck {
  if (scan.id === assessment.id) return { kind: 'refuse', reason: 'own-session' };
  if (scan.workshop.sources.length > 0) return { kind: 'refuse', reason: 'session-file' };
  const conflict = sourceConflict(assessment, scan);
  if (!conflict) return { kind: 'read' };
  const earlier = conflict === 'already-read' ? earlierSource(assessment, scan) : undefined;
  if (!earlier) return { kind: 'ask', conflict };
  const changes = {
    ...sourceChanges(earlier.answers, sourceAnswers(checklist, scan)),
    notes: noteChanges(earlier.notes, sourceNotes(checklist, scan)),
  };
  if (changes.added + changes.changed + changes.cleared + changes.notes === 0)
    return { kind: 'unchanged', participantId: earlier.participantId };
  return { kind: 'ask', conflict, participantId: earlier.participantId, changes };
}
