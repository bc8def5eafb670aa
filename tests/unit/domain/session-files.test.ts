import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { createAssessment, withAnswer } from '../../../src/domain/assessment';
import { addSource } from '../../../src/domain/session-sources';
import { checkSource, noteChanges, sourceChanges } from '../../../src/domain/source-check';
import { participantRemoval, sourceRemoval, undoRemoval } from '../../../src/domain/session-undo';
import { removeParticipant } from '../../../src/domain/participants';
import { removeSource } from '../../../src/domain/session-sources';
import type { AnswerValue, Assessment } from '../../../src/domain/types';

const now = new Date('2026-11-28T10:00:00Z');
const session = () =>
  createAssessment({ title: 'Werksessie', region: 'Utrecht', date: '2026-11-28' }, CHECKLIST.version, now);

function partner(organisation: string, answers: Record<string, AnswerValue>): Assessment {
  let a = createAssessment(
    { title: `Scan ${organisation}`, region: 'Utrecht', date: '2026-11-20' },
    CHECKLIST.version,
    now,
  );
  a.respondent = { name: '', organisation, role: 'politie', domain: 'veiligheid' };
  for (const [q, level] of Object.entries(answers)) a = withAnswer(a, q, { level }, now);
  return a;
}

function read(w: Assessment, scan: Assessment, mode: 'replace' | 'add' = 'replace') {
  const r = addSource(CHECKLIST, w, scan, now, mode);
  return { session: { ...w, workshop: r.workshop, participants: r.participants }, outcome: r };
}

describe('checking a partner file before it is read in', () => {
  const politie = partner('Politie', { 'weg-manier': 4, 'sig-kennis': 3 });

  it('refuses the session’s own file, and any session file with partners’ scans in it', () => {
    const w = read(session(), politie).session;
    expect(checkSource(CHECKLIST, w, w)).toEqual({ kind: 'refuse', reason: 'own-session' });
    const other = read(session(), politie).session;
    expect(checkSource(CHECKLIST, w, other)).toEqual({ kind: 'refuse', reason: 'session-file' });
  });

  it('recognises a file read before with the same answers, and counts what a changed one changes', () => {
    const w = read(session(), politie).session;
    const pid = w.participants[0]!.id;
    expect(checkSource(CHECKLIST, w, politie)).toEqual({ kind: 'unchanged', participantId: pid });
    let changed = withAnswer(politie, 'weg-manier', { level: 2 }, now);
    changed = withAnswer(changed, 'doel-concreet', { level: 'unknown' }, now);
    changed = withAnswer(changed, 'sig-kennis', { level: null }, now);
    expect(checkSource(CHECKLIST, w, changed)).toEqual({
      kind: 'ask',
      conflict: 'already-read',
      participantId: pid,
      changes: { added: 1, changed: 1, cleared: 1, notes: 0 },
    });
    // Only a note rewritten is a change too: the partner explained a level, and the facilitator is asked.
    const explained = withAnswer(politie, 'weg-manier', { note: 'Zo wegen wij' }, now);
    expect(checkSource(CHECKLIST, w, explained)).toMatchObject({
      kind: 'ask',
      changes: { added: 0, changed: 0, cleared: 0, notes: 1 },
    });
    expect(checkSource(CHECKLIST, w, partner('GGZ', { 'weg-manier': 1 }))).toEqual({ kind: 'read' });
  });

  it('counts changes between two sets of answers', () => {
    expect(sourceChanges({ a: 1, b: 2 }, { a: 1, b: 3, c: 'na' })).toEqual({
      added: 1,
      changed: 1,
      cleared: 0,
      notes: 0,
    });
    expect(noteChanges({ a: 'x', b: 'y' }, { a: 'x', b: 'z', c: 'nieuw' })).toBe(2);
    expect(noteChanges({ a: 'x' }, {})).toBe(1);
  });

  it('keeps the partner’s notes, trimmed, for this checklist’s questions only', () => {
    let scan = withAnswer(politie, 'weg-manier', { note: '  Wekelijks overleg ' }, now);
    scan = withAnswer(scan, 'doel-concreet', { note: '   ' }, now);
    scan = { ...scan, answers: { ...scan.answers, 'oude-vraag': { level: 2, note: 'weg' } } };
    const w = read(session(), scan).session;
    expect(w.workshop.sources[0]!.notes).toEqual({ 'weg-manier': 'Wekelijks overleg' });
  });

  it('names a participant added anyway apart from the one of the same organisation', () => {
    const first = read(session(), politie).session;
    const { session: w, outcome } = read(first, withAnswer(politie, 'weg-manier', { level: 2 }, now), 'add');
    expect(outcome.extra).toBe(true);
    expect(w.participants.map((p) => p.organisation)).toEqual(['Politie', 'Politie (2)']);
    expect(w.workshop.sources).toHaveLength(2);
    expect(read(first, politie).outcome.extra).toBe(false);
  });
});

describe('undoing a removal in a session', () => {
  const w = [
    partner('Politie', { 'weg-manier': 4 }),
    partner('GGZ', { 'weg-manier': 1 }),
    partner('OM', {}),
  ].reduce((s, scan) => read(s, scan).session, session());

  it('puts a participant and their scan back in their places', () => {
    const id = w.participants[1]!.id;
    const removal = participantRemoval(w, id);
    const gone = removeParticipant(w, id, now);
    expect(gone.participants).toHaveLength(2);
    const back = undoRemoval(gone, removal, now);
    expect(back.participants).toEqual(w.participants);
    expect(back.workshop.sources).toEqual(w.workshop.sources);
    // Undoing twice changes nothing more.
    expect(undoRemoval(back, removal, now).participants).toEqual(w.participants);
  });

  it('puts a removed scan back, the participant having stayed', () => {
    const source = w.workshop.sources[0]!;
    const removal = sourceRemoval(w, source.id);
    expect(removal.participants).toEqual([]);
    const back = undoRemoval(removeSource(w, source.id, now), removal, now);
    expect(back.workshop.sources).toEqual(w.workshop.sources);
  });
});
