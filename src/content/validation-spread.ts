import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.9',
  rounds: 8,
  units: 1464,
  wideUnits: 40,
  alpha: 0.9690191858039,
  points: [
    { point: 'sam-werkproces', wideUnits: 4, units: 48 },
    { point: 'sam-regie', wideUnits: 2, units: 24 },
    { point: 'geg-delen', wideUnits: 8, units: 120 },
    { point: 'int-aansluiting', wideUnits: 7, units: 120 },
    { point: 'sig-sleutelfiguren', wideUnits: 3, units: 72 },
    { point: 'mon-impasse', wideUnits: 2, units: 48 },
    { point: 'sig-structuur', wideUnits: 2, units: 48 },
    { point: 'weg-kennis', wideUnits: 2, units: 48 },
  ],
};
