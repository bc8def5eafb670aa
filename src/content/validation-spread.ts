import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Recomputed from the rounds' ratings by tests/unit/content/validation-spread.test.ts after every round.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '2024.4',
  rounds: 94,
  units: 16920,
  wideUnits: 418,
  alpha: 0.9697134373375659,
  points: [
    { point: 'mon-afspraken', wideUnits: 59, units: 1974 },
    { point: 'geg-delen', wideUnits: 50, units: 1128 },
    { point: 'geg-dossier', wideUnits: 32, units: 1128 },
    { point: 'weg-kennis', wideUnits: 29, units: 564 },
    { point: 'not-openheid', wideUnits: 29, units: 1128 },
  ],
};
