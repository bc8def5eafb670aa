import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.4',
  rounds: 100,
  units: 18000,
  wideUnits: 447,
  alpha: 0.9689732892991848,
  points: [
    { point: 'weg-kennis', wideUnits: 31, units: 600 },
    { point: 'mon-impasse', wideUnits: 28, units: 600 },
    { point: 'geg-delen', wideUnits: 53, units: 1200 },
    { point: 'sam-werkproces', wideUnits: 20, units: 600 },
    { point: 'mon-afspraken', wideUnits: 63, units: 2100 },
  ],
};
