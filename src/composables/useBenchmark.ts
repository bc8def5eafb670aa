import { computed, shallowRef } from 'vue';
import { parseBenchmark, type Benchmark, type BenchmarkError } from '../domain/benchmark';
import { readBenchmark, writeBenchmark } from '../storage/benchmark';
import { appStorage } from '../storage/context';

// One benchmark per browser, like the logo: kept in localStorage (small, read at once by the results screen
// and the report, cleared with all other data), never inside a scan. Undefined until first asked for.
const loaded = shallowRef<Benchmark | null | undefined>(undefined);

export type LoadResult = { ok: true; kept: boolean } | { ok: false; error: BenchmarkError };

export function useBenchmark() {
  if (loaded.value === undefined) loaded.value = readBenchmark(appStorage());
  return {
    benchmark: computed(() => loaded.value ?? null),
    /** Reads a file's text; a bad file changes nothing. Kept tells whether the browser stored it. */
    load(text: string, bytes: number): LoadResult {
      const read = parseBenchmark(text, bytes);
      if (!read.ok) return read;
      loaded.value = read.benchmark;
      return { ok: true, kept: writeBenchmark(appStorage(), text).ok };
    },
    remove() {
      loaded.value = null;
      writeBenchmark(appStorage(), null);
    },
  };
}
