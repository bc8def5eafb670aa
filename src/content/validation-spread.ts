import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.10',
  rounds: 1,
  units: 183,
  wideUnits: 5,
  alpha: 0.9775868382906245,
  points: [
    { point: 'mon-impasse', wideUnits: 1, units: 6 },
    { point: 'sam-werkproces', wideUnits: 1, units: 6 },
    { point: 'mon-afspraken', wideUnits: 2, units: 21 },
    { point: 'geg-delen', wideUnits: 1, units: 15 },
  ],
};
