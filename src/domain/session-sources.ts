// Reading partner scans into a session and keeping its shows of hands: the changes, apart from the
// analysis in workshop.ts, so the start page's store does not load the analysis.
import type { Assessment, AnswerValue, Participant, SourceScan, Tally, Workshop } from './types';
import { newId } from './ids';

export interface SourceImport {
  workshop: Workshop;
  participants: Participant[];
  /** The file was imported before and has been replaced by this version. */
  replaced: boolean;
  /** Answers to questions this checklist does not have (a file made with other content). */
  ignored: number;
}

/**
 * Adds one partner's scan to the workshop. The same file twice replaces the earlier import; the partner
 * becomes a participant (taken from the file, or named after its region) unless already there.
 */
/** Anything with the checklist's ids: the checklist itself, or its ids-only outline. */
export interface QuestionIds {
  sections: readonly { attentionPoints: readonly { questions: readonly { id: string }[] }[] }[];
}

export function addSource(
  checklist: QuestionIds,
  assessment: Assessment,
  scan: Assessment,
  now: Date,
): SourceImport {
  const known = new Set(
    checklist.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions.map((q) => q.id))),
  );
  const answers: Record<string, AnswerValue> = {};
  let ignored = 0;
  for (const [id, answer] of Object.entries(scan.answers)) {
    if (!known.has(id)) ignored++;
    else if (answer.level !== null) answers[id] = answer.level;
  }
  const previous = assessment.workshop.sources.find((s) => s.id === scan.id);
  const fromFile = scan.participants[0];
  const match = (p: Participant) =>
    p.id === previous?.participantId ||
    (fromFile !== undefined &&
      p.organisation === fromFile.organisation &&
      p.role === fromFile.role &&
      p.name === fromFile.name);
  let participants = [...assessment.participants];
  let participant = participants.find(match);
  if (!participant) {
    participant = fromFile
      ? { ...fromFile, id: newId() }
      : { id: newId(), name: '', organisation: scan.region || scan.title, role: 'other', domain: 'other' };
    participants = [...participants, participant];
  }
  const source: SourceScan = {
    id: scan.id,
    participantId: participant.id,
    title: scan.title,
    contentVersion: scan.contentVersion,
    importedAt: now.toISOString(),
    answers,
  };
  return {
    workshop: {
      ...assessment.workshop,
      sources: previous
        ? assessment.workshop.sources.map((s) => (s.id === scan.id ? source : s))
        : [...assessment.workshop.sources, source],
    },
    participants,
    replaced: previous !== undefined,
    ignored,
  };
}

export function setTally(assessment: Assessment, questionId: string, tally: Tally, now: Date): Assessment {
  const tallies = { ...assessment.workshop.tallies, [questionId]: tally };
  return { ...assessment, workshop: { ...assessment.workshop, tallies }, updatedAt: now.toISOString() };
}

export function removeSource(assessment: Assessment, sourceId: string, now: Date): Assessment {
  const sources = assessment.workshop.sources.filter((s) => s.id !== sourceId);
  return { ...assessment, workshop: { ...assessment.workshop, sources }, updatedAt: now.toISOString() };
}
