import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 32,
  units: 5856,
  wideUnits: 116,
  alpha: 0.9694732605654431,
  points: [
    { point: 'sam-werkproces', wideUnits: 12, units: 192 },
    { point: 'sig-structuur', wideUnits: 9, units: 192 },
    { point: 'geg-delen', wideUnits: 13, units: 480 },
    { point: 'geg-dossier', wideUnits: 10, units: 384 },
    { point: 'mon-impasse', wideUnits: 5, units: 192 },
  ],
};
