import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { CONTENT_VERSION } from '../../../src/content/version';
import { createAssessment, withAnswer } from '../../../src/domain/assessment';
import { exportFile, parseImport } from '../../../src/domain/file-format';
import { invitationFile, parseInvitation, scanFromInvitation } from '../../../src/domain/invitation';
import { addParticipant } from '../../../src/domain/participants';
import { addSource, sourceConflict } from '../../../src/domain/session-sources';
import type { Assessment } from '../../../src/domain/types';

const now = new Date('2026-12-01T10:00:00Z');

function session(): Assessment {
  let a = createAssessment(
    { title: 'Werksessie PGA 2026', region: 'Regio Utrecht', date: '2026-12-10' },
    CONTENT_VERSION,
    now,
  );
  a = addParticipant(a, 'politie', 'Politie Midden-Nederland', now);
  a = addParticipant(a, 'other', 'GGZ Centraal', now);
  return a;
}

/** A partner opens the invitation, answers one question and exports: the file as the facilitator gets it. */
function partnerFile(s: Assessment, index: number, edit?: (scan: Assessment) => Assessment): Assessment {
  const text = invitationFile(s, s.participants[index]!, now);
  const invitation = parseInvitation(JSON.parse(text));
  if (!invitation.ok) throw new Error('invitation');
  let scan = scanFromInvitation(invitation.invitation, CONTENT_VERSION, now);
  scan = withAnswer(scan, 'weg-manier', { level: index === 0 ? 2 : 3 }, now);
  if (edit) scan = edit(scan);
  const read = parseImport(exportFile(scan, now), 1000);
  if (!read.ok) throw new Error('file');
  return read.assessment;
}

describe('invitations', () => {
  it('an invitation starts the partner’s own scan, marked with who they are and the session', () => {
    const s = session();
    const scan = partnerFile(s, 0);
    expect(scan.title).toBe('Werksessie PGA 2026 – Politie Midden-Nederland');
    expect(scan.region).toBe('Regio Utrecht');
    expect(scan.date).toBe('2026-12-10');
    expect(scan.respondent).toEqual({
      organisation: 'Politie Midden-Nederland',
      role: 'politie',
      domain: 'veiligheid',
      name: '',
    });
    expect(scan.session).toEqual({
      id: s.id,
      participantId: s.participants[0]!.id,
      title: 'Werksessie PGA 2026',
      region: 'Regio Utrecht',
      date: '2026-12-10',
    });
  });

  it('reading the file back matches it to its participant by invitation, with role and domain from the file', () => {
    const s = session();
    // The partner corrected their role in their own scan: GGZ, social domain.
    const scan = partnerFile(s, 1, (x) => ({
      ...x,
      respondent: { ...x.respondent!, role: 'ggz', domain: 'sociaal', name: 'S. Bakker' },
    }));
    expect(sourceConflict(s, scan)).toBeNull();
    const read = addSource(CHECKLIST, s, scan, now);
    expect(read.match).toBe('invitation');
    expect(read.participants).toHaveLength(2);
    expect(read.participants[1]).toEqual({
      id: s.participants[1]!.id,
      organisation: 'GGZ Centraal',
      role: 'ggz',
      domain: 'sociaal',
      name: 'S. Bakker',
    });
    expect(read.workshop.sources[0]).toMatchObject({
      participantId: s.participants[1]!.id,
      answers: { 'weg-manier': 3 },
    });
  });

  it('a file read before, or made for another session, needs a choice; replace and add do what they say', () => {
    const s = session();
    const scan = partnerFile(s, 0);
    const once = addSource(CHECKLIST, s, scan, now);
    const after = { ...s, participants: once.participants, workshop: once.workshop };
    expect(sourceConflict(after, scan)).toBe('already-read');
    // A second file from the same invitation (say, a new export) is also "already read".
    const again = partnerFile(s, 0);
    expect(sourceConflict(after, again)).toBe('already-read');
    const replaced = addSource(CHECKLIST, after, again, now, 'replace');
    expect(replaced.replaced).toBe(true);
    expect(replaced.workshop.sources).toHaveLength(1);
    const added = addSource(CHECKLIST, after, scan, now, 'add');
    expect(added.workshop.sources).toHaveLength(2);
    expect(new Set(added.workshop.sources.map((x) => x.id)).size).toBe(2);
    expect(added.participants).toHaveLength(3);

    const other = { ...session(), id: 'another-session' };
    expect(sourceConflict(other, scan)).toBe('other-session');
    const anyway = addSource(CHECKLIST, other, scan, now, 'add');
    expect(anyway.match).toBe('identity');
    // That session had invited Politie Midden-Nederland too, under another id: the identity finds it.
    expect(anyway.participantId).toBe(other.participants[0]!.id);
    expect(anyway.participants.find((p) => p.id === anyway.participantId)).toMatchObject({
      organisation: 'Politie Midden-Nederland',
      role: 'politie',
      domain: 'veiligheid',
    });
  });

  it('a file without an invitation uses the identity its maker gave on the new-scan form', () => {
    const own = createAssessment(
      {
        title: 'Zelfscan reclassering',
        region: 'Utrecht',
        date: '2026-11-30',
        respondent: {
          organisation: ' Reclassering Nederland ',
          role: 'reclassering',
          domain: 'sociaal',
          name: '',
        },
      },
      CONTENT_VERSION,
      now,
    );
    expect(own.respondent?.organisation).toBe('Reclassering Nederland');
    const read = addSource(CHECKLIST, session(), own, now);
    expect(read.match).toBe('identity');
    expect(read.participants.at(-1)).toMatchObject({
      organisation: 'Reclassering Nederland',
      role: 'reclassering',
      domain: 'sociaal',
    });
  });

  it('a partner file made before invitations (no identity) still reads in, as Anders/Anders named after its region', () => {
    const text = readFileSync('tests/fixtures/schema-v2.pgascan.json', 'utf8');
    const old = parseImport(text, text.length);
    expect(old.ok).toBe(true);
    if (!old.ok) return;
    const anonymous = { ...old.assessment, participants: [] };
    const read = addSource(CHECKLIST, session(), anonymous, now);
    expect(read.match).toBe('unnamed');
    expect(read.participants.at(-1)).toMatchObject({
      organisation: anonymous.region,
      role: 'other',
      domain: 'other',
    });
    expect(Object.keys(read.workshop.sources[0]!.answers).length).toBeGreaterThan(10);
  });

  it('refuses a broken or newer invitation, and a scan import says an invitation is not a scan', () => {
    const s = session();
    const good = JSON.parse(invitationFile(s, s.participants[0]!, now));
    expect(parseInvitation({ ...good, participant: { ...good.participant, id: 'Bad Id' } })).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(parseInvitation({ ...good, invitationVersion: 2 })).toEqual({ ok: false, error: 'newer-version' });
    const text = JSON.stringify(good);
    expect(parseImport(text, text.length)).toEqual({ ok: false, error: { code: 'invitation' } });
  });
});
