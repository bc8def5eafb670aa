import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.9',
  rounds: 4,
  units: 732,
  wideUnits: 21,
  alpha: 0.9673964931900016,
  points: [
    { point: 'sam-werkproces', wideUnits: 4, units: 24 },
    { point: 'geg-delen', wideUnits: 5, units: 60 },
    { point: 'int-aansluiting', wideUnits: 5, units: 60 },
    { point: 'sam-regie', wideUnits: 1, units: 12 },
    { point: 'mon-impasse', wideUnits: 1, units: 24 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 24 },
    { point: 'sig-structuur', wideUnits: 1, units: 24 },
  ],
};
