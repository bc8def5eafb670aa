import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 20,
  units: 3660,
  wideUnits: 61,
  alpha: 0.969782119831487,
  points: [
    { point: 'sig-structuur', wideUnits: 9, units: 120 },
    { point: 'sam-werkproces', wideUnits: 6, units: 120 },
    { point: 'mon-impasse', wideUnits: 4, units: 120 },
    { point: 'sam-regie', wideUnits: 2, units: 60 },
    { point: 'weg-systematisch', wideUnits: 8, units: 300 },
  ],
};
