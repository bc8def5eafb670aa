import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 31,
  units: 5673,
  wideUnits: 103,
  alpha: 0.9714955528636777,
  points: [
    { point: 'sam-werkproces', wideUnits: 11, units: 186 },
    { point: 'sig-structuur', wideUnits: 9, units: 186 },
    { point: 'mon-impasse', wideUnits: 5, units: 186 },
    { point: 'geg-dossier', wideUnits: 9, units: 372 },
    { point: 'weg-systematisch', wideUnits: 11, units: 465 },
  ],
};
