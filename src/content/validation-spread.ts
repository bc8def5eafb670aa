import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.4',
  rounds: 99,
  units: 17820,
  wideUnits: 442,
  alpha: 0.9691496876279867,
  points: [
    { point: 'weg-kennis', wideUnits: 30, units: 594 },
    { point: 'mon-impasse', wideUnits: 27, units: 594 },
    { point: 'geg-delen', wideUnits: 52, units: 1188 },
    { point: 'sam-werkproces', wideUnits: 20, units: 594 },
    { point: 'sam-afspraken', wideUnits: 18, units: 594 },
  ],
};
