import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.11',
  rounds: 2,
  units: 366,
  wideUnits: 17,
  alpha: 0.9715247812209632,
  points: [
    { point: 'sam-regie', wideUnits: 2, units: 6 },
    { point: 'sam-werkproces', wideUnits: 2, units: 12 },
    { point: 'weg-kennis', wideUnits: 2, units: 12 },
    { point: 'geg-delen', wideUnits: 3, units: 30 },
    { point: 'geg-dossier', wideUnits: 2, units: 24 },
    { point: 'int-extern', wideUnits: 1, units: 12 },
  ],
};
