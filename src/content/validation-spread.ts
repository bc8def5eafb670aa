import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.10',
  rounds: 5,
  units: 915,
  wideUnits: 31,
  alpha: 0.968230299540507,
  points: [
    { point: 'sam-werkproces', wideUnits: 3, units: 30 },
    { point: 'geg-dossier', wideUnits: 4, units: 60 },
    { point: 'mon-afspraken', wideUnits: 6, units: 105 },
    { point: 'geg-delen', wideUnits: 3, units: 75 },
    { point: 'dui-herijken', wideUnits: 3, units: 90 },
    { point: 'not-openheid', wideUnits: 2, units: 60 },
    { point: 'int-extern', wideUnits: 1, units: 30 },
    { point: 'mon-impasse', wideUnits: 1, units: 30 },
    { point: 'sam-afspraken', wideUnits: 1, units: 30 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 30 },
    { point: 'sig-signaalkennis', wideUnits: 1, units: 30 },
    { point: 'weg-kennis', wideUnits: 1, units: 30 },
  ],
};
