import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.9',
  rounds: 1,
  units: 183,
  wideUnits: 3,
  alpha: 0.9755956434035238,
  points: [
    { point: 'sam-werkproces', wideUnits: 1, units: 6 },
    { point: 'geg-delen', wideUnits: 1, units: 15 },
    { point: 'int-aansluiting', wideUnits: 1, units: 15 },
  ],
};
