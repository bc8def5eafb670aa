import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.10',
  rounds: 2,
  units: 366,
  wideUnits: 11,
  alpha: 0.965920084071894,
  points: [
    { point: 'geg-dossier', wideUnits: 3, units: 24 },
    { point: 'mon-impasse', wideUnits: 1, units: 12 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 12 },
    { point: 'sam-werkproces', wideUnits: 1, units: 12 },
    { point: 'mon-afspraken', wideUnits: 2, units: 42 },
  ],
};
