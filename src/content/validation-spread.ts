import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 21,
  units: 3843,
  wideUnits: 68,
  alpha: 0.9692796025636806,
  points: [
    { point: 'sig-structuur', wideUnits: 9, units: 126 },
    { point: 'sam-werkproces', wideUnits: 6, units: 126 },
    { point: 'mon-impasse', wideUnits: 4, units: 126 },
    { point: 'sam-regie', wideUnits: 2, units: 63 },
    { point: 'weg-systematisch', wideUnits: 9, units: 315 },
  ],
};
