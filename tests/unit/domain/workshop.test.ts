import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { createAssessment, withAnswer } from '../../../src/domain/assessment';
import { discussionAgenda, distribution, handCount } from '../../../src/domain/workshop';
import { addSource, setTally } from '../../../src/domain/session-sources';
import { addParticipant, removeParticipant, updateParticipant } from '../../../src/domain/participants';
import type { AnswerValue, Assessment, Participant } from '../../../src/domain/types';

const now = new Date('2026-11-28T10:00:00Z');
const workshop = () =>
  createAssessment(
    { title: 'Werksessie', region: 'Regio Utrecht', date: '2026-11-28' },
    CHECKLIST.version,
    now,
  );

/** A partner's own scan file, as exported from their browser. */
function partnerScan(
  organisation: string,
  role: string,
  domain: Participant['domain'],
  answers: Record<string, AnswerValue>,
): Assessment {
  let a = createAssessment(
    { title: `Scan ${organisation}`, region: 'Regio Utrecht', date: '2026-11-20' },
    CHECKLIST.version,
    now,
  );
  a.participants = [{ id: 'self', name: '', organisation, role, domain }];
  for (const [q, level] of Object.entries(answers)) a = withAnswer(a, q, { level }, now);
  return a;
}

function merged(...scans: Assessment[]): Assessment {
  return scans.reduce((w, scan) => {
    const r = addSource(CHECKLIST, w, scan, now);
    return { ...w, workshop: r.workshop, participants: r.participants };
  }, workshop());
}

const politie = partnerScan('Politie Midden-Nederland', 'politie', 'veiligheid', {
  'weg-manier': 4,
  'weg-criteria': 3,
  'sig-kennis': 3,
});
const oov = partnerScan('Gemeente OOV', 'gemeente-oov', 'veiligheid', {
  'weg-manier': 4,
  'weg-criteria': 3,
  'sig-kennis': 'unknown',
});
const ggz = partnerScan('GGZ Centraal', 'ggz', 'sociaal', { 'weg-manier': 1, 'weg-criteria': 3 });

describe('merging individual scans', () => {
  it('counts levels per question, with median, spread and the answers of each partner', () => {
    const w = merged(politie, oov, ggz);
    expect(w.participants.map((p) => [p.organisation, p.domain])).toEqual([
      ['Politie Midden-Nederland', 'veiligheid'],
      ['Gemeente OOV', 'veiligheid'],
      ['GGZ Centraal', 'sociaal'],
    ]);
    const d = distribution('weg-manier', w.workshop, w.participants);
    expect(d.counts).toEqual({ 1: 1, 2: 0, 3: 0, 4: 2, 5: 0 });
    expect(d.median).toBe(4);
    expect(d.spread).toBe(3);
    expect(d.byDomain).toEqual({ veiligheid: [4, 4], sociaal: [1], other: [] });
    expect(d.domainGap).toBe(3);
    expect(d.byParticipant.map((p) => p.value)).toEqual([4, 4, 1]);
  });

  it('counts participants who skipped a question or did not know, without counting them as levels', () => {
    const w = merged(politie, oov, ggz);
    const d = distribution('sig-kennis', w.workshop, w.participants);
    expect(d).toMatchObject({
      counts: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 },
      unknown: 1,
      missing: 1,
      median: 3,
      spread: 0,
    });
  });

  it('replaces an earlier import of the same file instead of counting it twice', () => {
    const w = merged(politie, ggz);
    const again = addSource(
      CHECKLIST,
      w,
      { ...politie, answers: { ...politie.answers, 'weg-manier': { level: 2, note: '' } } },
      now,
    );
    expect(again.replaced).toBe(true);
    expect(again.workshop.sources).toHaveLength(2);
    expect(again.participants).toHaveLength(2);
    const d = distribution('weg-manier', again.workshop, again.participants);
    expect(d.counts).toEqual({ 1: 1, 2: 1, 3: 0, 4: 0, 5: 0 });
  });

  it('ignores answers to questions this checklist does not have (another content version)', () => {
    const old = partnerScan('Reclassering', 'reclassering', 'sociaal', { 'weg-manier': 2 });
    old.contentVersion = '2023.1';
    old.answers['vraag-die-niet-meer-bestaat'] = { level: 5, note: '' };
    const r = addSource(CHECKLIST, workshop(), old, now);
    expect(r.ignored).toBe(1);
    expect(r.workshop.sources[0]?.answers).toEqual({ 'weg-manier': 2 });
    expect(r.workshop.sources[0]?.contentVersion).toBe('2023.1');
  });

  it('names a partner after the file’s region when the file lists no participant', () => {
    const anonymous = partnerScan('x', 'other', 'other', { 'weg-manier': 3 });
    anonymous.participants = [];
    anonymous.region = 'Gemeente Zeist';
    expect(addSource(CHECKLIST, workshop(), anonymous, now).participants[0]).toMatchObject({
      organisation: 'Gemeente Zeist',
      domain: 'other',
    });
  });
});

describe('discussion agenda', () => {
  it('puts questions with two or more levels between partners, or a domain gap, on top', () => {
    const w = merged(politie, oov, ggz);
    const agenda = discussionAgenda(CHECKLIST, w);
    expect(agenda.map((a) => [a.question.id, a.reasons])).toEqual([['weg-manier', ['spread', 'domains']]]);
  });

  it('flags a gap between domains even when no two partners are two levels apart', () => {
    const a = partnerScan('Politie', 'politie', 'veiligheid', { 'doel-concreet': 4 });
    const b = partnerScan('Sociaal domein', 'gemeente-sociaal', 'sociaal', { 'doel-concreet': 3 });
    const agenda = discussionAgenda(CHECKLIST, merged(a, b));
    expect(agenda.map((x) => [x.question.id, x.reasons])).toEqual([['doel-concreet', ['domains']]]);
  });

  it('keeps a show of hands beside the partners’ distribution, never in its place', () => {
    const w0 = merged(politie, oov, ggz);
    const before = distribution('weg-manier', w0.workshop, w0.participants);
    const agenda = discussionAgenda(CHECKLIST, w0).map((x) => x.question.id);
    // A partial count (no spread) on a question with partner files leaves their distribution and the agenda alone.
    const w = setTally(w0, 'weg-manier', { '2': 3 }, now);
    expect(distribution('weg-manier', w.workshop, w.participants)).toEqual(before);
    expect(discussionAgenda(CHECKLIST, w).map((x) => x.question.id)).toEqual(agenda);
    expect(handCount('weg-manier', w.workshop)).toMatchObject({
      source: 'tally',
      counts: { 1: 0, 2: 3, 3: 0, 4: 0, 5: 0 },
      median: 2,
      spread: 0,
    });
    expect(handCount('weg-criteria', w.workshop)).toBeNull();
    expect(handCount('weg-manier', setTally(w, 'weg-manier', { '2': 0 }, now).workshop)).toBeNull();
  });

  it('uses a show of hands as the distribution only in a session without partner files', () => {
    const w = setTally(workshop(), 'weg-manier', { '1': 2, '3': 4, '5': 1, unknown: 1 }, now);
    const d = distribution('weg-manier', w.workshop, w.participants);
    expect(d).toMatchObject({
      source: 'tally',
      counts: { 1: 2, 2: 0, 3: 4, 4: 0, 5: 1 },
      unknown: 1,
      median: 3,
      spread: 4,
    });
    expect(discussionAgenda(CHECKLIST, w)[0]?.question.id).toBe('weg-manier');
  });
});

describe('participants', () => {
  it('takes the domain from the partner role, and lets the user change it', () => {
    let w = addParticipant(workshop(), 'rvdk', 'RvdK Midden', now);
    expect(w.participants[0]).toMatchObject({ role: 'rvdk', domain: 'sociaal', name: '' });
    const id = w.participants[0]!.id;
    w = updateParticipant(w, id, { role: 'om' }, now);
    expect(w.participants[0]?.domain).toBe('veiligheid');
    w = updateParticipant(w, id, { domain: 'other' }, now);
    expect(w.participants[0]?.domain).toBe('other');
  });

  it('removes a participant with their imported scan', () => {
    const w = merged(politie, ggz);
    const after = removeParticipant(w, w.participants[0]!.id, now);
    expect(after.participants).toHaveLength(1);
    expect(after.workshop.sources).toHaveLength(1);
  });
});
