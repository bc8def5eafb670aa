import { PARTNER_ROLES } from '../content/partners';
import type { Assessment, Participant } from './types';
import { newId } from './ids';

/** A new participant for a partner role; the role decides the domain, which the user may still change. */
export function addParticipant(
  assessment: Assessment,
  role: string,
  organisation: string,
  now: Date,
): Assessment {
  const partner = PARTNER_ROLES.find((r) => r.id === role);
  const participant: Participant = {
    id: newId(),
    name: '',
    organisation,
    role,
    domain: partner?.domain ?? 'other',
  };
  return {
    ...assessment,
    participants: [...assessment.participants, participant],
    updatedAt: now.toISOString(),
  };
}

export function updateParticipant(
  assessment: Assessment,
  id: string,
  patch: Partial<Omit<Participant, 'id'>>,
  now: Date,
): Assessment {
  const participants = assessment.participants.map((p) => {
    if (p.id !== id) return p;
    const next = { ...p, ...patch };
    // Choosing another role brings that role's domain along, unless a domain is given too.
    const partner = PARTNER_ROLES.find((r) => r.id === patch.role);
    return patch.role !== undefined && patch.domain === undefined && partner
      ? { ...next, domain: partner.domain }
      : next;
  });
  return { ...assessment, participants, updatedAt: now.toISOString() };
}

/** Removes a participant together with the scan imported for them. */
export function removeParticipant(assessment: Assessment, id: string, now: Date): Assessment {
  return {
    ...assessment,
    participants: assessment.participants.filter((p) => p.id !== id),
    workshop: {
      ...assessment.workshop,
      sources: assessment.workshop.sources.filter((s) => s.participantId !== id),
    },
    updatedAt: now.toISOString(),
  };
}
