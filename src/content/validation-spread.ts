import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.6',
  rounds: 2,
  units: 366,
  wideUnits: 14,
  alpha: 0.9752152325010872,
  points: [
    { point: 'sig-signaalkennis', wideUnits: 2, units: 12 },
    { point: 'sig-online', wideUnits: 1, units: 6 },
    { point: 'sig-sleutelfiguren', wideUnits: 2, units: 18 },
    { point: 'sig-structuur', wideUnits: 1, units: 12 },
    { point: 'weg-kennis', wideUnits: 1, units: 12 },
  ],
};
