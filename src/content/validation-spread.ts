import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 22,
  units: 4026,
  wideUnits: 69,
  alpha: 0.9693587649551917,
  points: [
    { point: 'sig-structuur', wideUnits: 9, units: 132 },
    { point: 'sam-werkproces', wideUnits: 6, units: 132 },
    { point: 'mon-impasse', wideUnits: 4, units: 132 },
    { point: 'sam-regie', wideUnits: 2, units: 66 },
    { point: 'weg-systematisch', wideUnits: 9, units: 330 },
  ],
};
