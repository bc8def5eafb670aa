import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 7,
  units: 1281,
  wideUnits: 19,
  alpha: 0.9650903091312341,
  points: [
    { point: 'sam-werkproces', wideUnits: 3, units: 42 },
    { point: 'sig-structuur', wideUnits: 2, units: 42 },
    { point: 'weg-kennis', wideUnits: 2, units: 42 },
    { point: 'mon-impasse', wideUnits: 1, units: 42 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 42 },
  ],
};
