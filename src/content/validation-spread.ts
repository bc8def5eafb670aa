import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 12,
  units: 2196,
  wideUnits: 29,
  alpha: 0.9684458229806455,
  points: [
    { point: 'sam-werkproces', wideUnits: 4, units: 72 },
    { point: 'weg-systematisch', wideUnits: 6, units: 180 },
    { point: 'mon-impasse', wideUnits: 2, units: 72 },
    { point: 'sig-structuur', wideUnits: 2, units: 72 },
    { point: 'weg-kennis', wideUnits: 2, units: 72 },
  ],
};
