import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.6',
  rounds: 4,
  units: 732,
  wideUnits: 27,
  alpha: 0.9770296247253052,
  points: [
    { point: 'sig-signaalkennis', wideUnits: 4, units: 24 },
    { point: 'weg-kennis', wideUnits: 3, units: 24 },
    { point: 'sig-sleutelfiguren', wideUnits: 4, units: 36 },
    { point: 'sig-online', wideUnits: 1, units: 12 },
    { point: 'mon-afspraken', wideUnits: 4, units: 84 },
  ],
};
