import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.9',
  rounds: 3,
  units: 549,
  wideUnits: 17,
  alpha: 0.9643959784332317,
  points: [
    { point: 'sam-werkproces', wideUnits: 3, units: 18 },
    { point: 'sam-regie', wideUnits: 1, units: 9 },
    { point: 'geg-delen', wideUnits: 4, units: 45 },
    { point: 'int-aansluiting', wideUnits: 4, units: 45 },
    { point: 'mon-impasse', wideUnits: 1, units: 18 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 18 },
    { point: 'sig-structuur', wideUnits: 1, units: 18 },
  ],
};
