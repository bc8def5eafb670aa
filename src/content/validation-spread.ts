import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 2,
  units: 366,
  wideUnits: 3,
  alpha: 0.9777249450109453,
  points: [
    { point: 'mon-impasse', wideUnits: 1, units: 12 },
    { point: 'sam-werkproces', wideUnits: 1, units: 12 },
    { point: 'int-aansluiting', wideUnits: 1, units: 30 },
  ],
};
