import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { combine, toEntry } from '../../../src/domain/national';
import { benchmarkText, buildBenchmark, type Benchmark } from '../../../src/domain/benchmark';
import { MemoryStorage } from '../../support/memory-storage';
import { BENCHMARK_KEY } from '../../support/storage-keys';
import { contributionOf } from '../../support/national-fixture';

function benchmarkOf(regions: number): Benchmark {
  const entries = Array.from({ length: regions }, (_, i) => toEntry(contributionOf(i), CHECKLIST)!);
  const picture = combine(entries, CHECKLIST, { year: null, sizeBand: null });
  return buildBenchmark(picture, CHECKLIST.version, new Date('2027-01-15T09:00:00Z'))!;
}
const TWELVE = benchmarkOf(12);
const TWELVE_TEXT = benchmarkText(TWELVE);

/**
 * The loaded benchmark is kept at module level, once per page: each test gets fresh modules, with `storage`
 * as the app's storage, so what one test loads cannot leak into the next.
 */
async function fresh(storage: Storage | null) {
  vi.resetModules();
  const context = await import('../../../src/storage/context');
  context.configureStorage(storage);
  const { useBenchmark } = await import('../../../src/composables/useBenchmark');
  return useBenchmark;
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
});

describe('useBenchmark', () => {
  it('has none when the browser keeps none', async () => {
    const useBenchmark = await fresh(storage);
    expect(useBenchmark().benchmark.value).toBeNull();
  });

  it('reads the one the browser keeps', async () => {
    storage.setItem(BENCHMARK_KEY, TWELVE_TEXT);
    const useBenchmark = await fresh(storage);
    expect(useBenchmark().benchmark.value).toEqual(TWELVE);
  });

  it('reads storage once: later calls share what the first one read', async () => {
    const useBenchmark = await fresh(storage);
    const first = useBenchmark();
    const read = vi.spyOn(storage, 'getItem');
    storage.setItem(BENCHMARK_KEY, TWELVE_TEXT);
    const second = useBenchmark();
    expect(read).not.toHaveBeenCalled();
    expect(second.benchmark.value).toBeNull();
    // One holder: a load through one call is what every other call sees.
    expect(second.load(TWELVE_TEXT, TWELVE_TEXT.length)).toEqual({ ok: true, kept: true });
    expect(first.benchmark.value).toEqual(TWELVE);
  });

  it('loads a good file, keeps its own text, and says it was kept', async () => {
    const useBenchmark = await fresh(storage);
    const { benchmark, load } = useBenchmark();
    expect(load(TWELVE_TEXT, TWELVE_TEXT.length)).toEqual({ ok: true, kept: true });
    expect(benchmark.value).toEqual(TWELVE);
    expect(storage.getItem(BENCHMARK_KEY)).toBe(TWELVE_TEXT);
  });

  it('uses a good file for this visit when the browser will not keep it, and says so', async () => {
    const useBenchmark = await fresh(storage);
    const { benchmark, load } = useBenchmark();
    storage.full = true;
    expect(load(TWELVE_TEXT, TWELVE_TEXT.length)).toEqual({ ok: true, kept: false });
    expect(benchmark.value).toEqual(TWELVE);
    expect(storage.getItem(BENCHMARK_KEY)).toBeNull();
  });

  it('says kept is false where there is no storage at all', async () => {
    const useBenchmark = await fresh(null);
    const { benchmark, load } = useBenchmark();
    expect(load(TWELVE_TEXT, TWELVE_TEXT.length)).toEqual({ ok: true, kept: false });
    expect(benchmark.value).toEqual(TWELVE);
  });

  it('refuses a bad file with its reason, and changes nothing', async () => {
    storage.setItem(BENCHMARK_KEY, TWELVE_TEXT);
    const useBenchmark = await fresh(storage);
    const { benchmark, load } = useBenchmark();
    const write = vi.spyOn(storage, 'setItem');
    expect(load('{"app":', 7)).toEqual({ ok: false, error: { code: 'not-json' } });
    const other = JSON.stringify({ ...TWELVE, benchmarkVersion: 2 });
    expect(load(other, other.length)).toEqual({
      ok: false,
      error: { code: 'newer-version', version: 2 },
    });
    expect(benchmark.value).toEqual(TWELVE);
    expect(write).not.toHaveBeenCalled();
    expect(storage.getItem(BENCHMARK_KEY)).toBe(TWELVE_TEXT);
  });

  it('replaces a loaded benchmark with the next good file', async () => {
    const useBenchmark = await fresh(storage);
    const { benchmark, load } = useBenchmark();
    load(TWELVE_TEXT, TWELVE_TEXT.length);
    const six = benchmarkText(benchmarkOf(6));
    expect(load(six, six.length)).toEqual({ ok: true, kept: true });
    expect(benchmark.value?.n).toBe(6);
    expect(storage.getItem(BENCHMARK_KEY)).toBe(six);
  });

  it('removes it from the screen and from the browser', async () => {
    storage.setItem(BENCHMARK_KEY, TWELVE_TEXT);
    storage.setItem('other-app', 'stays');
    const useBenchmark = await fresh(storage);
    const { benchmark, remove } = useBenchmark();
    remove();
    expect(benchmark.value).toBeNull();
    expect(storage.getItem(BENCHMARK_KEY)).toBeNull();
    expect(storage.getItem('other-app')).toBe('stays');
    // Removed is a value, not "not asked yet": a new call does not read the (now empty) storage again.
    storage.setItem(BENCHMARK_KEY, TWELVE_TEXT);
    expect(useBenchmark().benchmark.value).toBeNull();
  });
});
