import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 28,
  units: 5124,
  wideUnits: 91,
  alpha: 0.9709229458907057,
  points: [
    { point: 'sam-werkproces', wideUnits: 10, units: 168 },
    { point: 'sig-structuur', wideUnits: 9, units: 168 },
    { point: 'mon-impasse', wideUnits: 5, units: 168 },
    { point: 'weg-systematisch', wideUnits: 10, units: 420 },
    { point: 'sam-perspectieven', wideUnits: 4, units: 168 },
    { point: 'sig-signaalkennis', wideUnits: 4, units: 168 },
    { point: 'weg-kennis', wideUnits: 4, units: 168 },
    { point: 'sam-regie', wideUnits: 2, units: 84 },
  ],
};
