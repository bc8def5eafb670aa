// Taking a participant or a read-in scan out of a session, so that it can be put back as it was.
import type { Assessment, Participant, SourceScan } from './types';

/** What one removal took out, each with the place it had, so undo puts it back in the same order. */
export interface Removal {
  participants: { item: Participant; index: number }[];
  sources: { item: SourceScan; index: number }[];
}

const placed = <T>(list: readonly T[], keep: (x: T) => boolean) =>
  list.flatMap((item, index) => (keep(item) ? [{ item, index }] : []));

/** What removing a participant takes out: the participant and the scans read in for them. */
export function participantRemoval(assessment: Assessment, participantId: string): Removal {
  return {
    participants: placed(assessment.participants, (p) => p.id === participantId),
    sources: placed(assessment.workshop.sources, (s) => s.participantId === participantId),
  };
}

/** What removing one read-in scan takes out; the participant stays. */
export function sourceRemoval(assessment: Assessment, sourceId: string): Removal {
  return { participants: [], sources: placed(assessment.workshop.sources, (s) => s.id === sourceId) };
}

function putBack<T extends { id: string }>(list: readonly T[], removed: { item: T; index: number }[]) {
  const out = [...list];
  for (const { item, index } of removed)
    if (!out.some((x) => x.id === item.id)) out.splice(Math.min(index, out.length), 0, item);
  return out;
}

/** Puts back what a removal took out, where it was; anything already back (by id) is left as it is. */
export function undoRemoval(assessment: Assessment, removal: Removal, now: Date): Assessment {
  return {
    ...assessment,
    participants: putBack(assessment.participants, removal.participants),
    workshop: { ...assessment.workshop, sources: putBack(assessment.workshop.sources, removal.sources) },
    updatedAt: now.toISOString(),
  };
}
