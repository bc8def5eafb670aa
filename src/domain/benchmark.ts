// The combined picture as a file (*.pga-benchmark.json), for regions to compare with. It carries the same
// suppression as the screen, and reading checks it again: a file with a figure on fewer than MIN_GROUP
// contributions is refused, whoever made it.
import * as v from 'valibot';
import { FILE_APP } from './file-format';
import { readKindFile } from './kind-file';
import { SIZE_BANDS } from './contribution';
import { MIN_GROUP, type NationalPicture } from './national';

export const BENCHMARK_KIND = 'benchmark';
export const BENCHMARK_VERSION = 1;
export const BENCHMARK_EXTENSION = 'pga-benchmark.json';
export const MAX_BENCHMARK_BYTES = 512 * 1024;

export interface Benchmark extends NationalPicture {
  app: typeof FILE_APP;
  kind: typeof BENCHMARK_KIND;
  benchmarkVersion: typeof BENCHMARK_VERSION;
  createdAt: string;
  contentVersion: string;
  /** The threshold the figures were suppressed with. */
  minGroup: typeof MIN_GROUP;
}

/** A picture of fewer than MIN_GROUP contributions has nothing to publish, so it makes no file. */
export function buildBenchmark(
  picture: NationalPicture,
  contentVersion: string,
  now: Date,
): Benchmark | null {
  if (picture.n < MIN_GROUP) return null;
  return {
    app: FILE_APP,
    kind: BENCHMARK_KIND,
    benchmarkVersion: BENCHMARK_VERSION,
    createdAt: now.toISOString(),
    contentVersion,
    minGroup: MIN_GROUP,
    ...picture,
  };
}

export const benchmarkText = (benchmark: Benchmark): string => JSON.stringify(benchmark, null, 2);

const idKey = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));
const score = v.pipe(v.number(), v.minValue(1), v.maxValue(5));
const count = v.nullable(
  v.pipe(
    v.number(),
    v.integer(),
    v.check((c) => c === 0 || c >= MIN_GROUP),
  ),
);
const figures = v.pipe(
  v.strictObject({
    n: v.pipe(v.number(), v.integer(), v.minValue(MIN_GROUP)),
    q1: score,
    median: score,
    q3: score,
    levels: v.pipe(v.array(count), v.length(5)),
  }),
  v.check((g) => g.q1 <= g.median && g.median <= g.q3),
  // A single hidden count would follow from n minus the others.
  v.check((g) => g.levels.filter((c) => c === null).length !== 1),
  v.check((g) => g.levels.reduce<number>((sum, c) => sum + (c ?? 0), 0) <= g.n),
);
const group = v.union([v.strictObject({ suppressed: v.literal(true) }), figures]);

const benchmarkSchema = v.pipe(
  v.strictObject({
    app: v.literal(FILE_APP),
    kind: v.literal(BENCHMARK_KIND),
    benchmarkVersion: v.literal(BENCHMARK_VERSION),
    createdAt: v.pipe(v.string(), v.isoTimestamp()),
    contentVersion: v.pipe(v.string(), v.regex(/^\d{4}\.\d{1,3}$/)),
    minGroup: v.literal(MIN_GROUP),
    selection: v.strictObject({
      year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100))),
      sizeBand: v.nullable(v.picklist(SIZE_BANDS)),
    }),
    n: v.pipe(v.number(), v.integer(), v.minValue(MIN_GROUP)),
    steps: v.pipe(
      v.record(idKey, group),
      v.check((r) => Object.keys(r).length <= 100),
    ),
    points: v.pipe(
      v.record(idKey, group),
      v.check((r) => Object.keys(r).length <= 500),
    ),
  }),
  v.check(
    (b) => [...Object.values(b.steps), ...Object.values(b.points)].every((g) => !('n' in g) || g.n <= b.n),
    'n',
  ),
);

export type BenchmarkError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'not-benchmark' }
  /** One region's contribution: combined on the national picture screen, not compared with. */
  | { code: 'contribution' }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid'; field: string };

export type BenchmarkResult = { ok: true; benchmark: Benchmark } | { ok: false; error: BenchmarkError };

/** Reads a benchmark file (or the copy kept in the browser), or says precisely why not; never throws. */
export function parseBenchmark(text: string, byteLength: number): BenchmarkResult {
  const read = readKindFile(
    text,
    byteLength,
    {
      name: BENCHMARK_KIND,
      sibling: 'contribution',
      versionKey: 'benchmarkVersion',
      version: BENCHMARK_VERSION,
      maxBytes: MAX_BENCHMARK_BYTES,
    },
    benchmarkSchema,
  );
  if (read.ok) return { ok: true, benchmark: read.value as Benchmark };
  const { error } = read;
  return {
    ok: false,
    error:
      error.code === 'other'
        ? { code: 'not-benchmark' }
        : error.code === 'sibling'
          ? { code: 'contribution' }
          : error,
  };
}
