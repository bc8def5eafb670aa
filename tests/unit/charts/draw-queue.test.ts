import { describe, expect, it } from 'vitest';
import { inTurn } from '../../../src/charts/draw-queue';

describe('charts are drawn one per task', () => {
  it('runs queued drawings in order, each in a task of its own, and goes on after one that fails', async () => {
    const log: string[] = [];
    const first = inTurn(() => {
      log.push('a');
      // A task queued while drawing runs before the next drawing: the two drawings are not in one task.
      setTimeout(() => log.push('a-next-task'), 0);
    });
    const failing = inTurn(() => {
      log.push('b');
      throw new Error('no canvas');
    });
    const third = inTurn(() => log.push('c'));
    expect(log).toEqual([]);
    await first;
    await expect(failing).rejects.toThrow('no canvas');
    await third;
    expect(log).toEqual(['a', 'a-next-task', 'b', 'c']);
  });
});
