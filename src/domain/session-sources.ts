// Reading partner scans into a session and keeping its shows of hands: the changes, apart from the
// analysis in workshop.ts, so the start page's store does not load the analysis.
import type { Assessment, AnswerValue, Mark, Participant, SourceScan, Tally, Workshop } from './types';
import { newId } from './ids';

/** How a partner's file found its participant: by invitation, by the identity its maker gave, or not at all. */
export type SourceMatch = 'invitation' | 'identity' | 'unnamed';
/** Why a file needs the facilitator's choice before it is read in. */
export type SourceConflict = 'other-session' | 'already-read';
/** Replace the earlier import (or the invited partner's), or add the file as one more partner. */
export type SourceMode = 'replace' | 'add';

export interface SourceImport {
  workshop: Workshop;
  participants: Participant[];
  /** The participant the file was read in for. */
  participantId: string;
  match: SourceMatch;
  /** The file was imported before and has been replaced by this version. */
  replaced: boolean;
  /** A new participant from an organisation that was already in the session, named apart ("… (2)"). */
  extra: boolean;
  /** Answers to questions this checklist does not have (a file made with other content). */
  ignored: number;
}

/** Anything with the checklist's ids: the checklist itself, or its ids-only outline. */
export interface QuestionIds {
  sections: readonly { attentionPoints: readonly { questions: readonly { id: string }[] }[] }[];
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

const questionIdSet = (checklist: QuestionIds) =>
  new Set(checklist.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions.map((q) => q.id))));

/** Whether reading this file in needs a choice: it was read before, or it was made for another session. */
export function sourceConflict(assessment: Assessment, scan: Assessment): SourceConflict | null {
  const { sources } = assessment.workshop;
  if (sources.some((s) => s.id === scan.id)) return 'already-read';
  if (scan.session && scan.session.id !== assessment.id) return 'other-session';
  const invited = scan.session?.participantId;
  if (invited && sources.some((s) => s.participantId === invited)) return 'already-read';
  return null;
}

/** The levels a file brings for this checklist's questions, as a session keeps them. */
export function sourceAnswers(checklist: QuestionIds, scan: Assessment): Record<string, AnswerValue> {
  const known = questionIdSet(checklist);
  const answers: Record<string, AnswerValue> = {};
  for (const [id, answer] of Object.entries(scan.answers))
    if (known.has(id) && answer.level !== null) answers[id] = answer.level;
  return answers;
}

/** The notes a file brings for this checklist's questions, only where the partner wrote something. */
export function sourceNotes(checklist: QuestionIds, scan: Assessment): Record<string, string> {
  const known = questionIdSet(checklist);
  const notes: Record<string, string> = {};
  for (const [id, answer] of Object.entries(scan.answers))
    if (known.has(id) && answer.note.trim() !== '') notes[id] = answer.note.trim();
  return notes;
}

/** The questions a partner marked for discussion, for this checklist's questions. */
export function sourceMarks(checklist: QuestionIds, scan: Assessment): Record<string, Mark> {
  const known = questionIdSet(checklist);
  return Object.fromEntries(Object.entries(scan.marks).filter(([id]) => known.has(id)));
}

/** The file read before that this one would replace: the same file, or the invited partner's file. */
export function earlierSource(assessment: Assessment, scan: Assessment): SourceScan | undefined {
  const { sources } = assessment.workshop;
  const invitedId = scan.session?.id === assessment.id ? scan.session.participantId : undefined;
  return sources.find((s) => s.id === scan.id) ?? sources.find((s) => s.participantId === invitedId);
}

/** The organisation name, or with " (2)", " (3)" … when a participant of that name is already here. */
function distinctOrganisation(participants: readonly Participant[], organisation: string): string {
  const taken = (name: string) => participants.some((p) => same(p.organisation, name));
  let name = organisation;
  for (let n = 2; taken(name); n++) name = `${organisation.slice(0, 290)} (${n})`;
  return name;
}

/** Who made the file: the identity it carries, or (files from before invitations) its first participant. */
function identityOf(scan: Assessment): Omit<Participant, 'id'> | undefined {
  if (scan.respondent) return scan.respondent;
  const first = scan.participants[0];
  return (
    first && { name: first.name, organisation: first.organisation, role: first.role, domain: first.domain }
  );
}

/**
 * Adds one partner's scan to the session. A file made from this session's invitation goes to the invited
 * participant, taking role and domain from the file; otherwise the identity its maker gave finds or makes a
 * participant; only a file that says nothing about its maker gets a participant named after its region.
 * 'replace' takes the place of the same file (or the invited partner's file) read before; 'add' keeps both.
 */
export function addSource(
  checklist: QuestionIds,
  assessment: Assessment,
  scan: Assessment,
  now: Date,
  mode: SourceMode = 'replace',
): SourceImport {
  const answers = sourceAnswers(checklist, scan);
  const known = questionIdSet(checklist);
  const ignored = Object.keys(scan.answers).filter((id) => !known.has(id)).length;
  const { sources } = assessment.workshop;
  const invitedId = scan.session?.id === assessment.id ? scan.session.participantId : undefined;
  const previous = mode === 'replace' ? earlierSource(assessment, scan) : undefined;
  const identity = identityOf(scan);
  const hasSource = (p: Participant) => sources.some((s) => s.participantId === p.id);
  let participants = [...assessment.participants];
  let participant: Participant | undefined;
  let match: SourceMatch = 'unnamed';
  if (previous) {
    participant = participants.find((p) => p.id === previous.participantId);
    match = invitedId && participant?.id === invitedId ? 'invitation' : identity ? 'identity' : 'unnamed';
  }
  if (!participant && invitedId) {
    participant = participants.find((p) => p.id === invitedId && (mode === 'replace' || !hasSource(p)));
    if (participant) match = 'invitation';
  }
  if (!participant && identity) {
    // The same organisation, role and name is the same partner, as before invitations existed.
    participant = participants.find(
      (p) =>
        (mode === 'replace' || !hasSource(p)) &&
        same(p.organisation, identity.organisation) &&
        p.role === identity.role &&
        same(p.name, identity.name),
    );
    match = 'identity';
  }
  if (participant && match === 'invitation' && identity) {
    // The partner said who they are: role and domain from the file, the facilitator's name kept if given.
    const updated: Participant = {
      ...participant,
      role: identity.role,
      domain: identity.domain,
      name: participant.name || identity.name,
    };
    participants = participants.map((p) => (p.id === updated.id ? updated : p));
    participant = updated;
  }
  let extra = false;
  if (!participant) {
    participant = identity
      ? { ...identity, id: newId() }
      : { id: newId(), name: '', organisation: scan.region || scan.title, role: 'other', domain: 'other' };
    match = identity ? 'identity' : 'unnamed';
    // One more participant from an organisation already here is named apart, never a silent duplicate.
    const organisation =
      mode === 'add'
        ? distinctOrganisation(participants, participant.organisation)
        : participant.organisation;
    extra = organisation !== participant.organisation;
    participant = { ...participant, organisation };
    participants = [...participants, participant];
  }
  let sourceId = previous?.id ?? scan.id;
  for (let n = 2; !previous && sources.some((s) => s.id === sourceId); n++)
    sourceId = `${scan.id.slice(0, 90)}-${n}`;
  const source: SourceScan = {
    id: sourceId,
    participantId: participant.id,
    title: scan.title,
    contentVersion: scan.contentVersion,
    importedAt: now.toISOString(),
    answers,
    notes: sourceNotes(checklist, scan),
  };
  const marks = sourceMarks(checklist, scan);
  if (Object.keys(marks).length > 0) source.marks = marks;
  return {
    workshop: {
      ...assessment.workshop,
      sources: previous ? sources.map((s) => (s.id === previous.id ? source : s)) : [...sources, source],
    },
    participants,
    participantId: participant.id,
    match,
    replaced: previous !== undefined,
    extra,
    ignored,
  };
}

export function setTally(assessment: Assessment, questionId: string, tally: Tally, now: Date): Assessment {
  const tallies = { ...assessment.workshop.tallies, [questionId]: tally };
  return { ...assessment, workshop: { ...assessment.workshop, tallies }, updatedAt: now.toISOString() };
}

/** The facilitator's choices for the session: how notes are shown, which levels the result takes over, the agenda. */
export function setSessionChoices(
  assessment: Assessment,
  patch: Partial<Pick<Workshop, 'notesBy' | 'choices' | 'agenda'>>,
  now: Date,
): Assessment {
  return { ...assessment, workshop: { ...assessment.workshop, ...patch }, updatedAt: now.toISOString() };
}

export function removeSource(assessment: Assessment, sourceId: string, now: Date): Assessment {
  const sources = assessment.workshop.sources.filter((s) => s.id !== sourceId);
  return { ...assessment, workshop: { ...assessment.workshop, sources }, updatedAt: now.toISOString() };
}
