import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 3,
  units: 549,
  wideUnits: 9,
  alpha: 0.9702274478389779,
  points: [
    { point: 'sam-werkproces', wideUnits: 2, units: 18 },
    { point: 'mon-impasse', wideUnits: 1, units: 18 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 18 },
    { point: 'sig-signaalkennis', wideUnits: 1, units: 18 },
    { point: 'weg-systematisch', wideUnits: 2, units: 45 },
  ],
};
