import * as v from 'valibot';
import type { Assessment, Participant } from './types';
import { createAssessment } from './assessment';
import { FILE_APP, INVITATION_KIND } from './file-format';

// An invitation is a small file of its own kind, so it can never be mistaken for a filled-in scan.
export const INVITATION_VERSION = 1;

export interface InvitationFile {
  app: typeof FILE_APP;
  kind: typeof INVITATION_KIND;
  invitationVersion: number;
  contentVersion: string;
  createdAt: string;
  session: { id: string; title: string; region: string; date: string };
  participant: Omit<Participant, 'invitedAt'>;
}

const text = v.pipe(v.string(), v.maxLength(300));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,100}$/));
const invitationSchema = v.object({
  app: v.literal(FILE_APP),
  kind: v.literal(INVITATION_KIND),
  invitationVersion: v.literal(INVITATION_VERSION),
  contentVersion: v.pipe(v.string(), v.maxLength(20)),
  createdAt: v.pipe(v.string(), v.maxLength(40)),
  session: v.object({ id, title: text, region: text, date: v.pipe(v.string(), v.maxLength(10)) }),
  participant: v.object({
    id,
    name: text,
    organisation: text,
    role: text,
    domain: v.picklist(['veiligheid', 'sociaal', 'other'] as const),
  }),
});

/** The invitation the facilitator sends one partner: the session, and who that partner is in it. */
export function invitationFile(session: Assessment, participant: Participant, now: Date): string {
  const file: InvitationFile = {
    app: FILE_APP,
    kind: INVITATION_KIND,
    invitationVersion: INVITATION_VERSION,
    contentVersion: session.contentVersion,
    createdAt: now.toISOString(),
    session: { id: session.id, title: session.title, region: session.region, date: session.date },
    // Who the partner is, not when the facilitator sent it.
    participant: {
      id: participant.id,
      name: participant.name,
      organisation: participant.organisation,
      role: participant.role,
      domain: participant.domain,
    },
  };
  return JSON.stringify(file, null, 2);
}

/** Whether parsed JSON says it is an invitation, before it is checked in full. */

export type InvitationResult =
  { ok: true; invitation: InvitationFile } | { ok: false; error: 'newer-version' | 'invalid' };

export function parseInvitation(raw: unknown): InvitationResult {
  const version = (raw as Record<string, unknown> | null)?.invitationVersion;
  if (typeof version === 'number' && version > INVITATION_VERSION)
    return { ok: false, error: 'newer-version' };
  const parsed = v.safeParse(invitationSchema, raw);
  return parsed.success ? { ok: true, invitation: parsed.output } : { ok: false, error: 'invalid' };
}

/** The partner's own scan, started from the invitation: marked with who they are and the session. */
export function scanFromInvitation(
  invitation: InvitationFile,
  contentVersion: string,
  now: Date,
): Assessment {
  const { session, participant } = invitation;
  const { id: participantId, ...respondent } = participant;
  return {
    ...createAssessment(
      {
        // A name, not a sentence: the same in both languages.
        title: `${session.title} – ${participant.organisation}`,
        region: session.region,
        date: session.date,
      },
      contentVersion,
      now,
    ),
    respondent,
    session: { ...session, participantId },
  };
}
