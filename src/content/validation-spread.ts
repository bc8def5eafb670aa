import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.6',
  rounds: 1,
  units: 183,
  wideUnits: 9,
  alpha: 0.9738969623361797,
  points: [
    { point: 'sig-signaalkennis', wideUnits: 1, units: 6 },
    { point: 'sig-structuur', wideUnits: 1, units: 6 },
    { point: 'weg-kennis', wideUnits: 1, units: 6 },
    { point: 'sig-sleutelfiguren', wideUnits: 1, units: 9 },
    { point: 'mon-afspraken', wideUnits: 2, units: 21 },
  ],
};
