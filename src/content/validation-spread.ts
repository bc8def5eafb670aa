import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 30,
  units: 5490,
  wideUnits: 100,
  alpha: 0.9708805667167194,
  points: [
    { point: 'sam-werkproces', wideUnits: 11, units: 180 },
    { point: 'sig-structuur', wideUnits: 9, units: 180 },
    { point: 'mon-impasse', wideUnits: 5, units: 180 },
    { point: 'weg-systematisch', wideUnits: 11, units: 450 },
    { point: 'geg-dossier', wideUnits: 8, units: 360 },
    { point: 'sam-perspectieven', wideUnits: 4, units: 180 },
    { point: 'sig-signaalkennis', wideUnits: 4, units: 180 },
    { point: 'weg-kennis', wideUnits: 4, units: 180 },
    { point: 'sam-regie', wideUnits: 2, units: 90 },
  ],
};
