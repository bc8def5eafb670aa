import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 33,
  units: 6039,
  wideUnits: 120,
  alpha: 0.9695366014520481,
  points: [
    { point: 'sam-werkproces', wideUnits: 12, units: 198 },
    { point: 'sig-structuur', wideUnits: 9, units: 198 },
    { point: 'geg-delen', wideUnits: 13, units: 495 },
    { point: 'weg-systematisch', wideUnits: 13, units: 495 },
    { point: 'geg-dossier', wideUnits: 10, units: 396 },
    { point: 'mon-impasse', wideUnits: 5, units: 198 },
    { point: 'sig-signaalkennis', wideUnits: 5, units: 198 },
  ],
};
