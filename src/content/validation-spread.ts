import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 26,
  units: 4758,
  wideUnits: 86,
  alpha: 0.9700051257089086,
  points: [
    { point: 'sig-structuur', wideUnits: 9, units: 156 },
    { point: 'sam-werkproces', wideUnits: 8, units: 156 },
    { point: 'mon-impasse', wideUnits: 5, units: 156 },
    { point: 'weg-systematisch', wideUnits: 10, units: 390 },
    { point: 'sig-signaalkennis', wideUnits: 4, units: 156 },
    { point: 'weg-kennis', wideUnits: 4, units: 156 },
    { point: 'sam-regie', wideUnits: 2, units: 78 },
  ],
};
