import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 14,
  units: 2562,
  wideUnits: 35,
  alpha: 0.9685981796854732,
  points: [
    { point: 'sam-werkproces', wideUnits: 4, units: 84 },
    { point: 'sig-structuur', wideUnits: 4, units: 84 },
    { point: 'weg-systematisch', wideUnits: 8, units: 210 },
    { point: 'mon-impasse', wideUnits: 2, units: 84 },
    { point: 'sig-signaalkennis', wideUnits: 2, units: 84 },
    { point: 'weg-kennis', wideUnits: 2, units: 84 },
  ],
};
