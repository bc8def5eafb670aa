import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.7',
  rounds: 3,
  units: 549,
  wideUnits: 13,
  alpha: 0.979755192979836,
  points: [
    { point: 'sam-werkproces', wideUnits: 2, units: 18 },
    { point: 'dui-doorpakken', wideUnits: 1, units: 9 },
    { point: 'sam-regie', wideUnits: 1, units: 9 },
    { point: 'sig-sleutelfiguren', wideUnits: 2, units: 27 },
    { point: 'sam-afspraken', wideUnits: 1, units: 18 },
  ],
};
