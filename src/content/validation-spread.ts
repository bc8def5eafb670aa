import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.6',
  rounds: 3,
  units: 549,
  wideUnits: 19,
  alpha: 0.9778486424954381,
  points: [
    { point: 'sig-sleutelfiguren', wideUnits: 3, units: 27 },
    { point: 'sig-signaalkennis', wideUnits: 2, units: 18 },
    { point: 'weg-kennis', wideUnits: 2, units: 18 },
    { point: 'sig-online', wideUnits: 1, units: 9 },
    { point: 'geg-dossier', wideUnits: 2, units: 36 },
    { point: 'sig-structuur', wideUnits: 1, units: 18 },
  ],
};
