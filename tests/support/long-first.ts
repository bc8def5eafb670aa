import type { TestSequencer, TestSpecification, Vitest } from 'vitest/node';

/**
 * The browser test files that take longest, longest first (three workers on two cores, 2026-12-04). A fresh
 * clone has no timings of its own, so Vitest ran the largest files first, and these short files with long
 * runs started last: the run ended on one or two of them while the other workers were idle. An outdated list
 * only packs less well; a file not named runs after these, in Vitest's own order.
 */
const LONGEST = [
  'presentation-fit',
  'crash',
  'accessibility-en',
  'accessibility-nl',
  'room-scoring',
  'firefox',
  'full-journey',
  'storage-backup',
  'data',
  'journey',
  'single-file',
  'session-invitations',
];

const rank = (file: TestSpecification) => {
  const name = /[\\/]tests[\\/]e2e[\\/](.+)\.test\.ts$/.exec(file.moduleId)?.[1] ?? '';
  const at = LONGEST.indexOf(name);
  return at < 0 ? LONGEST.length : at;
};

/** Vitest's order, with the long browser test files moved to the front of their project. */
export class LongFirst implements TestSequencer {
  constructor(private readonly ctx: Vitest) {}

  // Loaded when the tests run, not whenever `vite build` reads the config.
  private async base(): Promise<TestSequencer> {
    const { BaseSequencer } = await import('vitest/node');
    return new BaseSequencer(this.ctx);
  }

  async shard(files: TestSpecification[]) {
    return (await this.base()).shard(files);
  }

  async sort(files: TestSpecification[]) {
    const sorted = [...(await (await this.base()).sort(files))];
    const slots = sorted.flatMap((file, i) => (file.project.name === 'e2e' ? [i] : []));
    const e2e = slots.map((i) => sorted[i]!).sort((a, b) => rank(a) - rank(b));
    slots.forEach((slot, i) => (sorted[slot] = e2e[i]!));
    return sorted;
  }
}
