import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.9',
  rounds: 6,
  units: 1098,
  wideUnits: 25,
  alpha: 0.9690285352383889,
  points: [
    { point: 'sam-werkproces', wideUnits: 4, units: 36 },
    { point: 'sam-regie', wideUnits: 2, units: 18 },
    { point: 'geg-delen', wideUnits: 6, units: 90 },
    { point: 'int-aansluiting', wideUnits: 5, units: 90 },
    { point: 'mon-impasse', wideUnits: 1, units: 36 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 36 },
    { point: 'sig-structuur', wideUnits: 1, units: 36 },
    { point: 'weg-kennis', wideUnits: 1, units: 36 },
  ],
};
