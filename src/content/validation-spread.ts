import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.8',
  rounds: 4,
  units: 732,
  wideUnits: 19,
  alpha: 0.9805206221341702,
  points: [
    { point: 'sam-werkproces', wideUnits: 3, units: 24 },
    { point: 'dui-doorpakken', wideUnits: 1, units: 12 },
    { point: 'sam-regie', wideUnits: 1, units: 12 },
    { point: 'sig-sleutelfiguren', wideUnits: 2, units: 36 },
    { point: 'int-aansluiting', wideUnits: 3, units: 60 },
  ],
};
