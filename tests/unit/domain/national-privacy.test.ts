import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { allQuestions } from '../../../src/domain/content-index';
import { buildContribution, contributionText, SIZE_BANDS } from '../../../src/domain/contribution';
import { buildBenchmark, benchmarkText, parseBenchmark } from '../../../src/domain/benchmark';
import { combine, MIN_GROUP, type Entry, type Group } from '../../../src/domain/national';
import type { Assessment } from '../../../src/domain/types';
import { maximalScan } from '../../support/maximal-scan';

/** Every string in the scan, found by walking it, that a person typed (not a level, role or date). */
function typedTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && value.includes('GEHEIM')) out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) typedTexts(v, out);
  return out;
}

/** A scan with free text in every field that takes it, each text marked and unique. */
function scanFullOfText(text: (n: number) => string): Assessment {
  const scan = maximalScan();
  let n = 0;
  const t = () => text(n++);
  const ids = allQuestions(CHECKLIST).map((r) => r.question.id);
  return {
    ...scan,
    title: t(),
    region: t(),
    answers: Object.fromEntries(ids.map((id, i) => [id, { level: ((i % 5) + 1) as 1, note: t() }])),
    participants: scan.participants.map((p) => ({ ...p, name: t(), organisation: t(), role: t() })),
    actions: scan.actions.map((a) => ({ ...a, title: t(), description: t(), owner: t() })),
    workshop: {
      ...scan.workshop,
      sources: scan.workshop.sources.map((s) => ({
        ...s,
        title: t(),
        notes: Object.fromEntries(ids.map((id) => [id, t()])),
      })),
    },
    retired: scan.retired.map((r) => ({ ...r, note: t() })),
    baseline: { ...scan.baseline!, title: t(), answers: { [ids[0]!]: { level: 2, note: t() } } },
    respondent: { ...scan.respondent!, name: t(), organisation: t() },
    session: { ...scan.session!, title: t(), region: t() },
  };
}

describe('a contribution keeps nothing a person wrote', () => {
  it('has none of the notes, names, actions, titles or region of a scan full of them', () => {
    const scan = scanFullOfText((n) => `GEHEIM ${n}: Jan de Vries, Politie Utrecht, casus 12 ë ĳ`);
    const texts = typedTexts(scan);
    // Two texts a question (the note and a partner's note) and the rest of the scan's free text.
    expect(texts.length).toBeGreaterThan(2 * allQuestions(CHECKLIST).length + 20);
    const file = contributionText(buildContribution(CHECKLIST, scan, 'lt50k', 'ab'.repeat(16), new Date()));
    expect(file).not.toContain('GEHEIM');
    for (const text of texts) expect(file).not.toContain(text);
    for (const own of [scan.id, scan.session!.id, scan.baseline!.id, 'Jan de Vries', 'Utrecht', 'casus'])
      expect(file).not.toContain(own);
  });

  it('holds for any text at all (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.constantFrom(...SIZE_BANDS),
        (free, band) => {
          const marker = `GEHEIM⟨${free}⟩`;
          const scan = scanFullOfText((n) => `${marker}${n}`);
          const file = contributionText(
            buildContribution(CHECKLIST, scan, band, 'cd'.repeat(16), new Date()),
          );
          // The marker as JSON would write it, so escaped characters are caught too.
          expect(file).not.toContain(JSON.stringify(marker).slice(1, -1));
          expect(file).not.toContain('GEHEIM');
        },
      ),
      { numRuns: 60 },
    );
  });
});

const steps = CHECKLIST.sections.map((s) => s.id);
const points = CHECKLIST.sections.flatMap((s) => s.attentionPoints.map((p) => p.id));
const scoreArb = fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null, freq: 3 });
const entryArb = fc.record({
  id: fc.string(),
  year: fc.integer({ min: 2024, max: 2027 }),
  sizeBand: fc.constantFrom(...SIZE_BANDS),
  steps: fc
    .tuple(...steps.map(() => scoreArb))
    .map((v) => Object.fromEntries(steps.map((id, i) => [id, v[i]!]))),
  points: fc
    .tuple(...points.map(() => scoreArb))
    .map((v) => Object.fromEntries(points.map((id, i) => [id, v[i]!]))),
}) as fc.Arbitrary<Entry>;
const selectionArb = fc.record({
  year: fc.option(fc.integer({ min: 2024, max: 2027 }), { nil: null }),
  sizeBand: fc.option(fc.constantFrom(...SIZE_BANDS), { nil: null }),
});

/** What a published group says, checked against the contributions it claims to rest on. */
function checkGroup(group: Group, actual: number) {
  if ('suppressed' in group) return;
  expect(group.n).toBe(actual);
  expect(group.n).toBeGreaterThanOrEqual(MIN_GROUP);
  for (const count of group.levels) if (count !== null) expect(count === 0 || count >= MIN_GROUP).toBe(true);
  expect(group.levels.filter((c) => c === null).length).not.toBe(1);
}

describe('no published figure rests on fewer than five contributions', () => {
  it('in the picture and in the benchmark file, for any contributions and selection (property)', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), selectionArb, (entries, selection) => {
        const chosen = entries.filter(
          (e) =>
            (selection.year === null || e.year === selection.year) &&
            (selection.sizeBand === null || e.sizeBand === selection.sizeBand),
        );
        const picture = combine(entries, CHECKLIST, selection);
        expect(picture.n).toBe(chosen.length);
        const scored = (get: (e: Entry) => number | null) => chosen.filter((e) => get(e) !== null).length;
        for (const id of steps) {
          const group = picture.steps[id]!;
          if (chosen.length < MIN_GROUP) expect(group).toEqual({ suppressed: true });
          checkGroup(
            group,
            scored((e) => e.steps[id] ?? null),
          );
        }
        for (const id of points)
          checkGroup(
            picture.points[id]!,
            scored((e) => e.points[id] ?? null),
          );
        const benchmark = buildBenchmark(picture, CHECKLIST.version, new Date('2027-01-01T00:00:00Z'));
        if (chosen.length < MIN_GROUP) expect(benchmark).toBeNull();
        else {
          // The file carries the same figures, and its own reader accepts them.
          const text = benchmarkText(benchmark!);
          const read = parseBenchmark(text, text.length);
          expect(read.ok).toBe(true);
          if (read.ok) {
            expect(read.benchmark.steps).toEqual(picture.steps);
            expect(read.benchmark.points).toEqual(picture.points);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
