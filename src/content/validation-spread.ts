import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 13,
  units: 2379,
  wideUnits: 34,
  alpha: 0.968880477567828,
  points: [
    { point: 'sam-werkproces', wideUnits: 4, units: 78 },
    { point: 'sig-structuur', wideUnits: 4, units: 78 },
    { point: 'weg-systematisch', wideUnits: 7, units: 195 },
    { point: 'mon-impasse', wideUnits: 2, units: 78 },
    { point: 'sig-signaalkennis', wideUnits: 2, units: 78 },
    { point: 'weg-kennis', wideUnits: 2, units: 78 },
  ],
};
