import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 5,
  units: 915,
  wideUnits: 12,
  alpha: 0.968300388087605,
  points: [
    { point: 'sam-werkproces', wideUnits: 2, units: 30 },
    { point: 'mon-impasse', wideUnits: 1, units: 30 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 30 },
    { point: 'sig-signaalkennis', wideUnits: 1, units: 30 },
    { point: 'sig-structuur', wideUnits: 1, units: 30 },
  ],
};
