import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.4',
  rounds: 97,
  units: 17460,
  wideUnits: 435,
  alpha: 0.969270168710437,
  points: [
    { point: 'weg-kennis', wideUnits: 30, units: 582 },
    { point: 'mon-impasse', wideUnits: 27, units: 582 },
    { point: 'geg-delen', wideUnits: 51, units: 1164 },
    { point: 'sam-werkproces', wideUnits: 20, units: 582 },
    { point: 'sam-afspraken', wideUnits: 18, units: 582 },
  ],
};
