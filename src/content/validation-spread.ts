import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.9',
  rounds: 10,
  units: 1830,
  wideUnits: 51,
  alpha: 0.9711345029899227,
  points: [
    { point: 'int-aansluiting', wideUnits: 10, units: 150 },
    { point: 'sam-werkproces', wideUnits: 4, units: 60 },
    { point: 'sam-regie', wideUnits: 2, units: 30 },
    { point: 'geg-delen', wideUnits: 8, units: 150 },
    { point: 'mon-impasse', wideUnits: 3, units: 60 },
  ],
};
