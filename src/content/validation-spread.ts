import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.10',
  rounds: 3,
  units: 549,
  wideUnits: 21,
  alpha: 0.9645483151186478,
  points: [
    { point: 'geg-dossier', wideUnits: 3, units: 36 },
    { point: 'geg-delen', wideUnits: 3, units: 45 },
    { point: 'not-openheid', wideUnits: 2, units: 36 },
    { point: 'int-extern', wideUnits: 1, units: 18 },
    { point: 'mon-impasse', wideUnits: 1, units: 18 },
    { point: 'sam-afspraken', wideUnits: 1, units: 18 },
    { point: 'sam-perspectieven', wideUnits: 1, units: 18 },
    { point: 'sam-werkproces', wideUnits: 1, units: 18 },
    { point: 'sig-signaalkennis', wideUnits: 1, units: 18 },
    { point: 'weg-kennis', wideUnits: 1, units: 18 },
  ],
};
