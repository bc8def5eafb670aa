import type { Assessment } from './types';

export interface ParticipantStatus {
  invitedAt: string | null;
  /** The partner's file as read in: when, and how many questions it answers (don't know and n/a count). */
  received: { importedAt: string; answered: number } | null;
}

/** Where each partner stands before the session: invited, file received, how much of it is answered. */
export function participantStatus(assessment: Assessment, participantId: string): ParticipantStatus {
  const participant = assessment.participants.find((p) => p.id === participantId);
  const source = assessment.workshop.sources.find((s) => s.participantId === participantId);
  return {
    invitedAt: participant?.invitedAt ?? null,
    received: source
      ? {
          importedAt: source.importedAt,
          answered: Object.values(source.answers).filter((value) => value !== null).length,
        }
      : null,
  };
}
