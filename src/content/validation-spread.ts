import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 27,
  units: 4941,
  wideUnits: 91,
  alpha: 0.969947369371374,
  points: [
    { point: 'sam-werkproces', wideUnits: 10, units: 162 },
    { point: 'sig-structuur', wideUnits: 9, units: 162 },
    { point: 'mon-impasse', wideUnits: 5, units: 162 },
    { point: 'weg-systematisch', wideUnits: 10, units: 405 },
    { point: 'sam-perspectieven', wideUnits: 4, units: 162 },
    { point: 'sig-signaalkennis', wideUnits: 4, units: 162 },
    { point: 'weg-kennis', wideUnits: 4, units: 162 },
    { point: 'sam-regie', wideUnits: 2, units: 81 },
  ],
};
