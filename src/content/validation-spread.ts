import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.9',
  rounds: 11,
  units: 2013,
  wideUnits: 54,
  alpha: 0.97311906341157,
  points: [
    { point: 'int-aansluiting', wideUnits: 11, units: 165 },
    { point: 'mon-impasse', wideUnits: 4, units: 66 },
    { point: 'sam-werkproces', wideUnits: 4, units: 66 },
    { point: 'sam-regie', wideUnits: 2, units: 33 },
    { point: 'geg-delen', wideUnits: 8, units: 165 },
  ],
};
