import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.4',
  rounds: 95,
  units: 17100,
  wideUnits: 423,
  alpha: 0.9695135040005154,
  points: [
    { point: 'mon-afspraken', wideUnits: 59, units: 1995 },
    { point: 'geg-delen', wideUnits: 50, units: 1140 },
    { point: 'geg-dossier', wideUnits: 32, units: 1140 },
    { point: 'weg-systematisch', wideUnits: 30, units: 1425 },
    { point: 'weg-kennis', wideUnits: 29, units: 570 },
  ],
};
