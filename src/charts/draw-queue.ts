import { nextTask } from '../browser/next-task';

let last: Promise<void> = Promise.resolve();

/**
 * Runs each chart's drawing in a task of its own, one after the other. Charts that come into view together all
 * waited on the same chart module and were drawn in one task: on the trend screen, one task of 100 ms and more
 * on a laptop, in which the page answered no key.
 */
export function inTurn(work: () => void): Promise<void> {
  const run = last.then(nextTask).then(work);
  last = run.catch(() => undefined);
  return run;
}
