import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.4',
  rounds: 101,
  units: 18180,
  wideUnits: 452,
  alpha: 0.9689362068109914,
  points: [
    { point: 'weg-kennis', wideUnits: 32, units: 606 },
    { point: 'mon-impasse', wideUnits: 28, units: 606 },
    { point: 'geg-delen', wideUnits: 53, units: 1212 },
    { point: 'sam-werkproces', wideUnits: 20, units: 606 },
    { point: 'sig-signaalkennis', wideUnits: 19, units: 606 },
  ],
};
