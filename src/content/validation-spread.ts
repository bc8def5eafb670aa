import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.8',
  rounds: 5,
  units: 915,
  wideUnits: 27,
  alpha: 0.9788183849760215,
  points: [
    { point: 'sam-werkproces', wideUnits: 4, units: 30 },
    { point: 'sam-regie', wideUnits: 2, units: 15 },
    { point: 'int-aansluiting', wideUnits: 5, units: 75 },
    { point: 'dui-doorpakken', wideUnits: 1, units: 15 },
    { point: 'geg-dossier', wideUnits: 3, units: 60 },
  ],
};
