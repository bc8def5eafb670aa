import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 15,
  units: 2745,
  wideUnits: 41,
  alpha: 0.968328323166132,
  points: [
    { point: 'sig-structuur', wideUnits: 6, units: 90 },
    { point: 'sam-werkproces', wideUnits: 4, units: 90 },
    { point: 'weg-systematisch', wideUnits: 8, units: 225 },
    { point: 'mon-impasse', wideUnits: 2, units: 90 },
    { point: 'sig-signaalkennis', wideUnits: 2, units: 90 },
    { point: 'weg-kennis', wideUnits: 2, units: 90 },
    { point: 'sam-regie', wideUnits: 1, units: 45 },
  ],
};
