import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.4',
  rounds: 96,
  units: 17280,
  wideUnits: 431,
  alpha: 0.9694074795747941,
  points: [
    { point: 'mon-afspraken', wideUnits: 61, units: 2016 },
    { point: 'geg-delen', wideUnits: 51, units: 1152 },
    { point: 'geg-dossier', wideUnits: 33, units: 1152 },
    { point: 'not-openheid', wideUnits: 31, units: 1152 },
    { point: 'weg-kennis', wideUnits: 30, units: 576 },
  ],
};
