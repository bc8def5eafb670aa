import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 6,
  units: 1098,
  wideUnits: 14,
  alpha: 0.9663126781460417,
  points: [
    { point: 'sam-werkproces', wideUnits: 2, units: 36 },
    { point: 'weg-kennis', wideUnits: 2, units: 36 },
    { point: 'mon-impasse', wideUnits: 1, units: 36 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 36 },
    { point: 'sig-signaalkennis', wideUnits: 1, units: 36 },
  ],
};
