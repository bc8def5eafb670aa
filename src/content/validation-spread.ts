import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.11',
  rounds: 1,
  units: 183,
  wideUnits: 8,
  alpha: 0.968567173827823,
  points: [
    { point: 'sam-regie', wideUnits: 1, units: 3 },
    { point: 'int-extern', wideUnits: 1, units: 6 },
    { point: 'sam-werkproces', wideUnits: 1, units: 6 },
    { point: 'geg-delen', wideUnits: 2, units: 15 },
    { point: 'sig-sleutelfiguren', wideUnits: 1, units: 9 },
  ],
};
