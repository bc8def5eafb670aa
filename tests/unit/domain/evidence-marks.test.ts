import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { OUTLINE } from '../../../src/content/outline';
import { createAssessment } from '../../../src/domain/assessment';
import {
  addEvidence,
  checkEvidence,
  dueForReview,
  removeEvidence,
  updateEvidence,
  type EvidenceInput,
} from '../../../src/domain/evidence';
import { exportFile, parseImport } from '../../../src/domain/file-format';
import { setMark } from '../../../src/domain/marks';
import { backedPoints, evidenceByPoint, markedQuestions } from '../../../src/domain/evidence-summary';
import { migrate } from '../../../src/domain/migrations';
import { LIMITS } from '../../../src/domain/schema';
import { addSource } from '../../../src/domain/session-sources';
import { upgradeContent } from '../../../src/domain/content-upgrade';
import type { ContentMigration } from '../../../src/content/content-migrations';
import { discussionAgenda } from '../../../src/domain/workshop';
import { buildReportModel } from '../../../src/domain/report-model';
import type { Assessment } from '../../../src/domain/types';
import { CONTENT_VERSION } from '../../../src/content/version';

const now = new Date('2026-05-01T10:00:00Z');
const scan = (): Assessment =>
  createAssessment({ title: 'S', region: 'R', date: '2026-05-01' }, CONTENT_VERSION, now);
const input = (over: Partial<EvidenceInput> = {}): EvidenceInput => ({
  title: '  Convenant PGA ',
  version: 'v2',
  owner: 'Politie',
  location: 'G:\\PGA\\convenant.pdf',
  sha256: '',
  effective: '2025-01-01',
  reviewBy: '2026-01-01',
  ...over,
});
const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
const point = CHECKLIST.sections[0]!.attentionPoints[0]!.id;
const [q1, q2] = CHECKLIST.sections[0]!.attentionPoints[0]!.questions.map((q) => q.id);

function withRef(a: Assessment, over: Partial<EvidenceInput> = {}, pointId = point): Assessment {
  const r = addEvidence(a, pointId, input(over), now);
  if (!r.ok) throw new Error(r.error.field);
  return r.assessment;
}

describe('schema v6: evidence and marks', () => {
  it('opens a v5 file with no evidence and no marks, everything else as it was', () => {
    const result = parseImport(fixture('schema-v5.pgascan.json'), 1000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment.schemaVersion).toBe(6);
    expect(result.assessment.evidence).toEqual({});
    expect(result.assessment.marks).toEqual({});
    const original = JSON.parse(fixture('schema-v5.pgascan.json')).assessment;
    expect(result.assessment.workshop.sources.map((s) => s.notes)).toEqual(
      original.workshop.sources.map((s: { notes: unknown }) => s.notes),
    );
    expect(result.assessment.workshop.sources[0]).not.toHaveProperty('marks');
  });

  it('migrates v5 to v6 by adding empty evidence and marks only', () => {
    expect(migrate({ schemaVersion: 5, title: 'x' })).toEqual({
      ok: true,
      data: { schemaVersion: 6, title: 'x', evidence: {}, marks: {} },
    });
  });

  it('reads the v6 fixture with its evidence, marks and a partner’s marks', () => {
    const result = parseImport(fixture('schema-v6.pgascan.json'), 1000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment.evidence['weg-systematisch']?.[0]).toMatchObject({
      title: 'Werkproces weging PGA',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      reviewBy: '2026-03-01',
    });
    expect(result.assessment.marks['weg-manier']).toEqual({
      reason: 'evidence',
      text: 'Verslag weging ontbreekt.',
    });
    expect(result.assessment.workshop.sources[0]?.marks).toEqual({
      'weg-criteria': { reason: 'disagree', text: 'Politie ziet dit anders.' },
    });
  });

  it('round-trips evidence and marks through export and import', () => {
    const a = setMark(withRef(scan()), q1!, { reason: 'unsure', text: 'Twijfel' }, now);
    const text = exportFile(a, now);
    expect(parseImport(text, text.length)).toEqual({ ok: true, assessment: a });
  });

  it('refuses a file with a bad reference or mark, naming the field, and reads nothing of it', () => {
    const good = JSON.parse(exportFile(withRef(scan()), now));
    const bad = (patch: (s: Record<string, unknown>) => void) => {
      const file = structuredClone(good);
      patch(file.assessment);
      const text = JSON.stringify(file);
      return parseImport(text, text.length);
    };
    const ref = (s: Record<string, unknown>) =>
      (s.evidence as Record<string, Record<string, unknown>[]>)[point]![0]!;
    expect(bad((s) => (ref(s).sha256 = 'NOT-HEX'))).toEqual({
      ok: false,
      error: { code: 'invalid', field: `evidence.${point}.0.sha256` },
    });
    expect(bad((s) => (ref(s).reviewBy = '1-1-2026'))).toMatchObject({
      error: { field: `evidence.${point}.0.reviewBy` },
    });
    expect(bad((s) => (ref(s).title = ''))).toMatchObject({ error: { field: `evidence.${point}.0.title` } });
    expect(bad((s) => (ref(s).location = 'x'.repeat(LIMITS.location + 1)))).toMatchObject({
      error: { field: `evidence.${point}.0.location` },
    });
    expect(
      bad(
        (s) =>
          (s.evidence = {
            [point]: Array.from({ length: LIMITS.evidencePerPoint + 1 }, () => ref(good.assessment)),
          }),
      ),
    ).toMatchObject({ ok: false, error: { field: `evidence.${point}` } });
    expect(bad((s) => (s.marks = { [q1!]: { reason: 'bored', text: '' } }))).toMatchObject({
      error: { field: `marks.${q1}.reason` },
    });
    expect(bad((s) => (s.marks = { [q1!]: { reason: 'unsure', text: 'x'.repeat(301) } }))).toMatchObject({
      error: { field: `marks.${q1}.text` },
    });
  });
});

describe('editing references', () => {
  it('adds a trimmed reference with an id, without an empty fingerprint', () => {
    const a = withRef(scan());
    const [ref] = a.evidence[point]!;
    expect(ref).toMatchObject({ title: 'Convenant PGA', owner: 'Politie', effective: '2025-01-01' });
    expect(ref!.id).toMatch(/^[0-9a-f]{32}$/);
    expect(ref).not.toHaveProperty('sha256');
    expect(a.updatedAt).toBe(now.toISOString());
  });

  it('refuses a reference without a title, with a bad date or fingerprint, or past the per-point limit', () => {
    expect(checkEvidence(input({ title: '   ' }))).toEqual({
      ok: false,
      error: { field: 'title', code: 'required' },
    });
    expect(checkEvidence(input({ reviewBy: '2026-13' }))).toEqual({
      ok: false,
      error: { field: 'reviewBy', code: 'invalid' },
    });
    expect(checkEvidence(input({ sha256: 'abc' }))).toEqual({
      ok: false,
      error: { field: 'sha256', code: 'invalid' },
    });
    expect(checkEvidence(input({ owner: 'x'.repeat(301) }))).toEqual({
      ok: false,
      error: { field: 'owner', code: 'too-long' },
    });
    expect(checkEvidence(input({ sha256: 'A'.repeat(64) }))).toMatchObject({
      ok: true,
      value: { sha256: 'a'.repeat(64) },
    });
    let a = scan();
    for (let i = 0; i < LIMITS.evidencePerPoint; i++) a = withRef(a, { title: `Doc ${i}` });
    const refused = addEvidence(a, point, input(), now);
    expect(refused).toEqual({ ok: false, error: { field: 'title', code: 'full' } });
    const before = scan();
    expect(addEvidence(before, point, input({ title: '' }), now).ok).toBe(false);
    expect(before.evidence).toEqual({});
  });

  it('updates and removes one reference; the last one gone leaves no empty list', () => {
    const a = withRef(withRef(scan()), { title: 'Tweede' });
    const [first, second] = a.evidence[point]!;
    const updated = updateEvidence(a, point, second!.id, input({ title: 'Tweede, herzien' }), now);
    expect(updated.ok && updated.assessment.evidence[point]!.map((r) => r.title)).toEqual([
      'Convenant PGA',
      'Tweede, herzien',
    ]);
    const one = removeEvidence(a, point, first!.id, now);
    expect(one.evidence[point]!.map((r) => r.id)).toEqual([second!.id]);
    expect(removeEvidence(one, point, second!.id, now).evidence).toEqual({});
  });
});

describe('review dates', () => {
  it('lists references whose review date is before today, longest overdue first', () => {
    const second = CHECKLIST.sections[1]!.attentionPoints[0]!.id;
    let a = withRef(scan(), { title: 'Oud', reviewBy: '2026-02-01' });
    a = withRef(a, { title: 'Vandaag', reviewBy: '2026-05-01' });
    a = withRef(a, { title: 'Geen datum', reviewBy: '' });
    a = withRef(a, { title: 'Ouder', reviewBy: '2025-12-31' }, second);
    a = withRef(a, { title: 'Later', reviewBy: '2027-01-01' });
    expect(dueForReview(a, '2026-05-01').map((d) => [d.pointId, d.ref.title])).toEqual([
      [second, 'Ouder'],
      [point, 'Oud'],
    ]);
    expect(dueForReview(a, '2026-05-02').map((d) => d.ref.title)).toEqual(['Ouder', 'Oud', 'Vandaag']);
    expect(dueForReview(scan(), '2026-05-01')).toEqual([]);
  });

  it('counts the points backed by a document and lists them in checklist order', () => {
    const later = CHECKLIST.sections[2]!.attentionPoints[0]!.id;
    const a = withRef(withRef(withRef(scan(), {}, later)), { title: 'Tweede' });
    const total = CHECKLIST.sections.flatMap((s) => s.attentionPoints).length;
    expect(backedPoints(CHECKLIST, a)).toEqual({ backed: 2, total });
    expect(evidenceByPoint(CHECKLIST, a).map((p) => [p.point.id, p.refs.length])).toEqual([
      [point, 2],
      [later, 1],
    ]);
  });
});

describe('marks for discussion', () => {
  it('marks, changes and clears, and lists marked questions in checklist order', () => {
    let a = setMark(scan(), q2!, { reason: 'evidence', text: 'Geen verslag' }, now);
    a = setMark(a, q1!, { reason: 'unsure', text: '' }, now);
    expect(markedQuestions(CHECKLIST, a).map((m) => [m.question.id, m.mark.reason])).toEqual([
      [q1, 'unsure'],
      [q2, 'evidence'],
    ]);
    a = setMark(a, q1!, null, now);
    expect(Object.keys(a.marks)).toEqual([q2]);
    expect(setMark(a, q2!, { reason: 'disagree', text: 'x'.repeat(400) }, now).marks[q2!]!.text).toHaveLength(
      300,
    );
  });

  it('joins the session agenda flagged, with the facilitator’s and each partner’s marks', () => {
    const partner = setMark(
      {
        ...scan(),
        id: 'partner-1',
        respondent: { name: '', organisation: 'GGZ', role: 'ggz', domain: 'sociaal' },
      },
      q2!,
      { reason: 'disagree', text: 'Politie ziet het anders' },
      now,
    );
    const session = setMark(scan(), q2!, { reason: 'unsure', text: '' }, now);
    const read = addSource(OUTLINE, session, partner, now);
    const a = { ...session, workshop: read.workshop, participants: read.participants };
    expect(a.workshop.sources[0]?.marks).toEqual({
      [q2!]: { reason: 'disagree', text: 'Politie ziet het anders' },
    });
    const item = discussionAgenda(CHECKLIST, a).find((i) => i.question.id === q2);
    expect(item?.reasons).toEqual(['marked']);
    expect(item?.marks).toEqual([
      { reason: 'unsure', text: '', participantId: null },
      { reason: 'disagree', text: 'Politie ziet het anders', participantId: read.participantId },
    ]);
    // Marked without a difference of views: not among the report's differences.
    expect(buildReportModel(CHECKLIST, a).session?.differences.map((d) => d.item.question.id)).not.toContain(
      q2,
    );
    // A partner without marks keeps none.
    const plain = addSource(OUTLINE, scan(), { ...scan(), id: 'partner-2' }, now);
    expect(plain.workshop.sources[0]).not.toHaveProperty('marks');
  });

  it('follows its question through a checklist update; a removed question’s mark goes', () => {
    const m: ContentMigration = {
      from: CONTENT_VERSION,
      to: '2099.1',
      questions: {
        [q1!]: { kind: 'renamed', to: 'nieuw' },
        [q2!]: { kind: 'removed', text: { nl: 'x', en: 'x' } },
      },
      points: { [point]: 'ander-punt' },
      templatePoints: {},
      templates: {},
    };
    let a = setMark(scan(), q1!, { reason: 'unsure', text: 'a' }, now);
    a = setMark(a, q2!, { reason: 'evidence', text: 'b' }, now);
    a = withRef(a);
    const up = upgradeContent(a, [m]).assessment;
    expect(up.marks).toEqual({ nieuw: { reason: 'unsure', text: 'a' } });
    expect(up.evidence['ander-punt']?.map((r) => r.title)).toEqual(['Convenant PGA']);
    expect(up.evidence[point]).toBeUndefined();
  });
});
