import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.8',
  rounds: 2,
  units: 366,
  wideUnits: 13,
  alpha: 0.9730599502962549,
  points: [
    { point: 'dui-doorpakken', wideUnits: 1, units: 6 },
    { point: 'sam-regie', wideUnits: 1, units: 6 },
    { point: 'sig-sleutelfiguren', wideUnits: 2, units: 18 },
    { point: 'int-extern', wideUnits: 1, units: 12 },
    { point: 'mon-impasse', wideUnits: 1, units: 12 },
    { point: 'sam-werkproces', wideUnits: 1, units: 12 },
  ],
};
