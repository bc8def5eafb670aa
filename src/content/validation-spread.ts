import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 24,
  units: 4392,
  wideUnits: 78,
  alpha: 0.9692137241298104,
  points: [
    { point: 'sig-structuur', wideUnits: 9, units: 144 },
    { point: 'sam-werkproces', wideUnits: 7, units: 144 },
    { point: 'mon-impasse', wideUnits: 5, units: 144 },
    { point: 'weg-systematisch', wideUnits: 10, units: 360 },
    { point: 'sig-signaalkennis', wideUnits: 4, units: 144 },
    { point: 'sam-regie', wideUnits: 2, units: 72 },
  ],
};
