import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 10,
  units: 1830,
  wideUnits: 24,
  alpha: 0.9686605917254697,
  points: [
    { point: 'sam-werkproces', wideUnits: 4, units: 60 },
    { point: 'mon-impasse', wideUnits: 2, units: 60 },
    { point: 'sig-structuur', wideUnits: 2, units: 60 },
    { point: 'weg-kennis', wideUnits: 2, units: 60 },
    { point: 'weg-systematisch', wideUnits: 3, units: 150 },
  ],
};
