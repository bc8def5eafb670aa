import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.7',
  rounds: 2,
  units: 366,
  wideUnits: 7,
  alpha: 0.9857495548849936,
  points: [
    { point: 'sam-regie', wideUnits: 1, units: 6 },
    { point: 'sam-afspraken', wideUnits: 1, units: 12 },
    { point: 'weg-systematisch', wideUnits: 2, units: 30 },
    { point: 'sig-sleutelfiguren', wideUnits: 1, units: 18 },
    { point: 'dui-herijken', wideUnits: 1, units: 36 },
  ],
};
