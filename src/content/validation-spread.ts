import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 18,
  units: 3294,
  wideUnits: 54,
  alpha: 0.9699123186626768,
  points: [
    { point: 'sig-structuur', wideUnits: 7, units: 108 },
    { point: 'sam-werkproces', wideUnits: 6, units: 108 },
    { point: 'mon-impasse', wideUnits: 4, units: 108 },
    { point: 'sam-regie', wideUnits: 2, units: 54 },
    { point: 'weg-systematisch', wideUnits: 8, units: 270 },
  ],
};
