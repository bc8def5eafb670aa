import { afterEach, beforeEach, vi } from 'vitest';

// A component that logs an error (a failed render, a missing i18n key, a chart without canvas) fails its test.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0)
    throw new Error(`console.error/warn called: ${errors.map((e) => e.join(' ')).join('\n')}`);
});
