import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 9,
  units: 1647,
  wideUnits: 22,
  alpha: 0.967108905275895,
  points: [
    { point: 'sam-werkproces', wideUnits: 4, units: 54 },
    { point: 'mon-impasse', wideUnits: 2, units: 54 },
    { point: 'sig-structuur', wideUnits: 2, units: 54 },
    { point: 'weg-kennis', wideUnits: 2, units: 54 },
    { point: 'sam-afspraken', wideUnits: 1, units: 54 },
  ],
};
