import { parseBenchmark, type Benchmark } from '../domain/benchmark';
import { attemptWrite, type WriteResult } from './browser-storage';
import { BENCHMARK_KEY } from './keys';

/** The loaded benchmark, checked again on every read: a copy changed by hand is not compared with. */
export function readBenchmark(storage: Storage | null): Benchmark | null {
  const text = storage?.getItem(BENCHMARK_KEY) ?? null;
  if (text === null) return null;
  const read = parseBenchmark(text, text.length);
  return read.ok ? read.benchmark : null;
}

/** Keeps the file's own text; null forgets it. Says whether the browser kept it. */
export function writeBenchmark(storage: Storage | null, text: string | null): WriteResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  return attemptWrite(() =>
    text === null ? storage.removeItem(BENCHMARK_KEY) : storage.setItem(BENCHMARK_KEY, text),
  );
}
