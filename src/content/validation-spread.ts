import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.5',
  rounds: 8,
  units: 1464,
  wideUnits: 21,
  alpha: 0.966628874054964,
  points: [
    { point: 'sam-werkproces', wideUnits: 4, units: 48 },
    { point: 'mon-impasse', wideUnits: 2, units: 48 },
    { point: 'sig-structuur', wideUnits: 2, units: 48 },
    { point: 'weg-kennis', wideUnits: 2, units: 48 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 48 },
  ],
};
