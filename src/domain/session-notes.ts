// What the partners wrote on one question, as the facilitator chose to show it: under each partner's name, or
// per domain without names.
import type { PartnerDomain } from '../content/partners';
import type { Participant, Workshop } from './types';

export interface NoteGroup {
  domain: PartnerDomain;
  /** Only when notes are shown per partner. */
  participant?: Participant;
  notes: string[];
}

const DOMAINS: readonly PartnerDomain[] = ['veiligheid', 'sociaal', 'other'];

export function questionNotes(
  questionId: string,
  workshop: Workshop,
  participants: readonly Participant[],
): NoteGroup[] {
  const written = workshop.sources.flatMap((s) => {
    const note = s.notes[questionId];
    const participant = participants.find((p) => p.id === s.participantId);
    return note ? [{ note, participant, domain: participant?.domain ?? 'other' }] : [];
  });
  if (workshop.notesBy === 'partner')
    return written.map(({ note, participant, domain }) => ({
      domain,
      ...(participant ? { participant } : {}),
      notes: [note],
    }));
  // Sorted by their text, so the order of the files read in does not give away who wrote what.
  return DOMAINS.map((domain) => ({
    domain,
    notes: written
      .filter((w) => w.domain === domain)
      .map((w) => w.note)
      .sort((a, b) => a.localeCompare(b, 'nl')),
  })).filter((g) => g.notes.length > 0);
}
