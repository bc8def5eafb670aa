// For the stores' tests: what storage holds for a scan, and a way to let the repository's commit land.
import { expect } from 'vitest';
import type { Assessment } from '../../src/domain/types';
import { appRepository } from '../../src/storage/context';

/** Lets the repository's settled() (a resolved promise for localStorage) reach the store. */
export async function committed(): Promise<void> {
  for (let i = 0; i < 3; i++) await Promise.resolve();
}

/** The scan as the repository reads it back now; fails the test when it holds none. */
export function storedScan(id: string): Assessment {
  const result = appRepository().load(id);
  expect(result.ok, `scan ${id} in storage`).toBe(true);
  if (!result.ok) throw new Error(`no scan ${id} in storage`);
  return result.assessment;
}
