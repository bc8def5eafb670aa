import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 29,
  units: 5307,
  wideUnits: 93,
  alpha: 0.971154040035789,
  points: [
    { point: 'sam-werkproces', wideUnits: 11, units: 174 },
    { point: 'sig-structuur', wideUnits: 9, units: 174 },
    { point: 'mon-impasse', wideUnits: 5, units: 174 },
    { point: 'weg-systematisch', wideUnits: 10, units: 435 },
    { point: 'sam-perspectieven', wideUnits: 4, units: 174 },
    { point: 'sig-signaalkennis', wideUnits: 4, units: 174 },
    { point: 'weg-kennis', wideUnits: 4, units: 174 },
    { point: 'sam-regie', wideUnits: 2, units: 87 },
  ],
};
