import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.8',
  rounds: 4,
  units: 732,
  wideUnits: 20,
  alpha: 0.9800685402849282,
  points: [
    { point: 'sam-regie', wideUnits: 2, units: 12 },
    { point: 'sig-sleutelfiguren', wideUnits: 3, units: 36 },
    { point: 'sam-werkproces', wideUnits: 2, units: 24 },
    { point: 'dui-doorpakken', wideUnits: 1, units: 12 },
    { point: 'int-extern', wideUnits: 1, units: 24 },
    { point: 'mon-impasse', wideUnits: 1, units: 24 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 24 },
  ],
};
