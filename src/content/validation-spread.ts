import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.10',
  rounds: 4,
  units: 732,
  wideUnits: 23,
  alpha: 0.9681003519530588,
  points: [
    { point: 'sam-werkproces', wideUnits: 2, units: 24 },
    { point: 'geg-dossier', wideUnits: 3, units: 48 },
    { point: 'geg-delen', wideUnits: 3, units: 60 },
    { point: 'not-openheid', wideUnits: 2, units: 48 },
    { point: 'int-extern', wideUnits: 1, units: 24 },
    { point: 'mon-impasse', wideUnits: 1, units: 24 },
    { point: 'sam-afspraken', wideUnits: 1, units: 24 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 24 },
    { point: 'sig-signaalkennis', wideUnits: 1, units: 24 },
    { point: 'weg-kennis', wideUnits: 1, units: 24 },
  ],
};
