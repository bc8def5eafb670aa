import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 1,
  units: 183,
  wideUnits: 0,
  alpha: 0.9804706926314118,
  points: [],
};
