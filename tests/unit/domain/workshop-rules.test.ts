// The session's arithmetic, with every expected value worked out by hand.
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { discussionAgenda, distribution, handCount } from '../../../src/domain/workshop';
import { addSource, removeSource, setTally } from '../../../src/domain/session-sources';
import { createAssessment } from '../../../src/domain/assessment';
import type { AnswerValue, Assessment, Participant, Workshop } from '../../../src/domain/types';

const now = new Date('2026-11-29T10:00:00Z');
const people: Participant[] = [
  { id: 'v1', name: '', organisation: 'Politie', role: 'politie', domain: 'veiligheid' },
  { id: 'v2', name: '', organisation: 'OM', role: 'om', domain: 'veiligheid' },
  { id: 's1', name: '', organisation: 'GGZ', role: 'ggz', domain: 'sociaal' },
  { id: 'o1', name: '', organisation: 'ZVH', role: 'zvh', domain: 'other' },
];
const Q = 'weg-manier';
const workshop = (levels: Record<string, AnswerValue>, tallies: Workshop['tallies'] = {}): Workshop => ({
  sources: Object.entries(levels).map(([participantId, value]) => ({
    id: `scan-${participantId}`,
    participantId,
    title: '',
    contentVersion: CHECKLIST.version,
    importedAt: '',
    answers: (value === null ? {} : { [Q]: value }) as Record<string, AnswerValue>,
    notes: {},
  })),
  tallies,
  notesBy: 'partner',
  choices: { unanimous: false, median: false },
});
const blank = (): Assessment =>
  createAssessment({ title: 'Sessie', region: 'Regio', date: '2026-11-29' }, CHECKLIST.version, now);

describe('distribution of one question', () => {
  it('counts levels, don’t-knows, n/a and missing answers, per domain', () => {
    const d = distribution(Q, workshop({ v1: 2, v2: 'na', s1: 'unknown', o1: null }), people);
    expect(d.counts).toEqual({ 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 });
    expect([d.unknown, d.na, d.missing]).toEqual([1, 1, 1]);
    expect(d.byDomain).toEqual({ veiligheid: [2], sociaal: [], other: [] });
    expect(d.domainGap).toBeNull();
    expect(d.source).toBe('scans');
    expect(d.byParticipant).toEqual([
      { participantId: 'v1', value: 2 },
      { participantId: 'v2', value: 'na' },
      { participantId: 's1', value: 'unknown' },
      { participantId: 'o1', value: null },
    ]);
  });

  it('takes the median of an odd and an even number of levels, in any order', () => {
    expect(distribution(Q, workshop({ v1: 5, v2: 1, s1: 2 }), people).median).toBe(2);
    expect(distribution(Q, workshop({ v1: 4, v2: 1, s1: 2, o1: 5 }), people).median).toBe(3);
    expect(distribution(Q, workshop({ v1: 'na' }), people).median).toBeNull();
  });

  it('gives spread and the security-minus-social gap; a participant no longer listed counts as other', () => {
    const d = distribution(Q, workshop({ v1: 4, v2: 5, s1: 2, gone: 1 }), people);
    expect(d.spread).toBe(4);
    expect(d.domainGap).toBe(2.5);
    expect(d.byDomain.other).toEqual([1]);
  });

  it('uses a show of hands only without partner files, and keeps it beside theirs otherwise', () => {
    const tally = { [Q]: { 2: 2, 4: 1, unknown: 3, na: 1 } };
    const d = distribution(Q, workshop({}, tally), people);
    expect(d).toMatchObject({ source: 'tally', counts: { 1: 0, 2: 2, 3: 0, 4: 1, 5: 0 }, unknown: 3, na: 1 });
    expect([d.median, d.spread, d.domainGap, d.missing]).toEqual([2, 2, null, 0]);
    expect(d.byParticipant).toEqual([]);
    expect(d.byDomain).toEqual({ veiligheid: [], sociaal: [], other: [] });
    const both = workshop({ v1: 1 }, tally);
    expect(distribution(Q, both, people)).toMatchObject({ source: 'scans', counts: { 1: 1, 2: 0 } });
    expect(handCount(Q, both)).toMatchObject({ source: 'tally', counts: { 2: 2, 4: 1 } });
    const zero = distribution(Q, workshop({ v1: 1 }, { [Q]: { 3: 0 } }), people);
    expect(zero.source).toBe('scans');
    expect(handCount(Q, workshop({}, { [Q]: { 3: 0 } }))).toBeNull();
    expect(distribution(Q, workshop({}), people).source).toBe('none');
  });
});

describe('the agenda', () => {
  it('lists the widest disagreement first, then the largest domain gap', () => {
    const a: Assessment = {
      ...blank(),
      participants: people,
      workshop: {
        sources: ['v1', 's1'].map((p) => ({
          id: `scan-${p}`,
          participantId: p,
          title: '',
          contentVersion: CHECKLIST.version,
          importedAt: '',
          answers:
            p === 'v1'
              ? { 'weg-manier': 1, 'weg-criteria': 4, 'doel-concreet': 5 }
              : { 'weg-manier': 4, 'weg-criteria': 5, 'doel-concreet': 1 },
          notes: {},
        })),
        tallies: {},
        notesBy: 'partner',
        choices: { unanimous: false, median: false },
      },
    };
    expect(discussionAgenda(CHECKLIST, a).map((i) => [i.question.id, i.reasons])).toEqual([
      ['doel-concreet', ['spread', 'domains']],
      ['weg-manier', ['spread', 'domains']],
      ['weg-criteria', ['domains']],
    ]);
  });
});

describe('reading partner scans into a session', () => {
  const partner = (organisation: string, role = 'politie', name = ''): Assessment => ({
    ...createAssessment(
      { title: `Scan ${organisation}`, region: 'Regio Utrecht', date: '2026-11-20' },
      CHECKLIST.version,
      now,
    ),
    participants: [{ id: 'x', name, organisation, role, domain: 'veiligheid' }],
    answers: {
      'weg-manier': { level: 3, note: 'n' },
      'weg-criteria': { level: null, note: 'alleen notitie' },
      onbekend: { level: 2, note: '' },
    },
  });

  it('keeps levels only, counts unknown questions, and matches a partner by organisation, role and name', () => {
    const scan = partner('Politie Utrecht');
    const first = addSource(CHECKLIST, blank(), scan, now);
    expect(first.replaced).toBe(false);
    expect(first.ignored).toBe(1);
    expect(first.workshop.sources[0]?.answers).toEqual({ 'weg-manier': 3 });
    expect(first.participants).toHaveLength(1);
    const withOne = { ...blank(), participants: first.participants, workshop: first.workshop };
    // A second scan by the same organisation but another role is another participant.
    const other = addSource(CHECKLIST, withOne, partner('Politie Utrecht', 'om'), now);
    expect(other.participants).toHaveLength(2);
    // The same person again matches the existing participant.
    const same = addSource(CHECKLIST, withOne, { ...partner('Politie Utrecht'), id: 'another-scan' }, now);
    expect(same.participants).toHaveLength(1);
    expect(same.workshop.sources.map((s) => s.participantId)).toEqual([
      first.participants[0]!.id,
      first.participants[0]!.id,
    ]);
    const named = addSource(
      CHECKLIST,
      withOne,
      { ...partner('Politie Utrecht', 'politie', 'A. Jansen'), id: 'named' },
      now,
    );
    expect(named.participants).toHaveLength(2);
  });

  it('replaces a file read before, keeping its participant, and names an anonymous file after its region', () => {
    const scan = partner('GGZ', 'ggz');
    const once = addSource(CHECKLIST, blank(), scan, now);
    const state = { ...blank(), participants: once.participants, workshop: once.workshop };
    const again = addSource(CHECKLIST, state, { ...scan, participants: [] }, now);
    expect(again.replaced).toBe(true);
    expect(again.workshop.sources).toHaveLength(1);
    expect(again.participants).toHaveLength(1);
    const anonymous = addSource(CHECKLIST, blank(), { ...partner('x'), participants: [] }, now);
    expect(anonymous.participants[0]).toMatchObject({
      name: '',
      organisation: 'Regio Utrecht',
      role: 'other',
      domain: 'other',
    });
    const untitled = addSource(CHECKLIST, blank(), { ...partner('x'), region: '', participants: [] }, now);
    expect(untitled.participants[0]?.organisation).toBe('Scan x');
  });

  it('removes one partner scan and keeps a show of hands per question', () => {
    const a = { ...blank(), workshop: workshop({ v1: 1, s1: 2 }) };
    const removed = removeSource(a, 'scan-v1', now);
    expect(removed.workshop.sources.map((s) => s.id)).toEqual(['scan-s1']);
    expect(removed.updatedAt).toBe(now.toISOString());
    const tallied = setTally(a, Q, { 3: 4 }, now);
    expect(tallied.workshop.tallies).toEqual({ [Q]: { 3: 4 } });
    expect(tallied.workshop.sources).toHaveLength(2);
    expect(tallied.updatedAt).toBe(now.toISOString());
  });
});
