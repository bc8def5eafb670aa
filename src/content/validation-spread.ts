import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 4,
  units: 732,
  wideUnits: 10,
  alpha: 0.9688582430905547,
  points: [
    { point: 'sam-werkproces', wideUnits: 2, units: 24 },
    { point: 'mon-impasse', wideUnits: 1, units: 24 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 24 },
    { point: 'sig-signaalkennis', wideUnits: 1, units: 24 },
    { point: 'weg-systematisch', wideUnits: 2, units: 60 },
  ],
};
