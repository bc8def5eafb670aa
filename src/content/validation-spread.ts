import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 17,
  units: 3111,
  wideUnits: 50,
  alpha: 0.969164492281813,
  points: [
    { point: 'sig-structuur', wideUnits: 7, units: 102 },
    { point: 'sam-werkproces', wideUnits: 5, units: 102 },
    { point: 'mon-impasse', wideUnits: 4, units: 102 },
    { point: 'sam-regie', wideUnits: 2, units: 51 },
    { point: 'weg-systematisch', wideUnits: 8, units: 255 },
  ],
};
