import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 19,
  units: 3477,
  wideUnits: 58,
  alpha: 0.9697342546754256,
  points: [
    { point: 'sig-structuur', wideUnits: 8, units: 114 },
    { point: 'sam-werkproces', wideUnits: 6, units: 114 },
    { point: 'mon-impasse', wideUnits: 4, units: 114 },
    { point: 'sam-regie', wideUnits: 2, units: 57 },
    { point: 'weg-systematisch', wideUnits: 8, units: 285 },
  ],
};
