import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 16,
  units: 2928,
  wideUnits: 47,
  alpha: 0.9685686863671918,
  points: [
    { point: 'sig-structuur', wideUnits: 7, units: 96 },
    { point: 'sam-werkproces', wideUnits: 5, units: 96 },
    { point: 'sam-regie', wideUnits: 2, units: 48 },
    { point: 'weg-systematisch', wideUnits: 8, units: 240 },
    { point: 'mon-impasse', wideUnits: 2, units: 96 },
    { point: 'sig-signaalkennis', wideUnits: 2, units: 96 },
    { point: 'weg-kennis', wideUnits: 2, units: 96 },
  ],
};
