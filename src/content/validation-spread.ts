import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 11,
  units: 2013,
  wideUnits: 26,
  alpha: 0.9682840841866908,
  points: [
    { point: 'sam-werkproces', wideUnits: 4, units: 66 },
    { point: 'mon-impasse', wideUnits: 2, units: 66 },
    { point: 'sig-structuur', wideUnits: 2, units: 66 },
    { point: 'weg-kennis', wideUnits: 2, units: 66 },
    { point: 'weg-systematisch', wideUnits: 4, units: 165 },
  ],
};
