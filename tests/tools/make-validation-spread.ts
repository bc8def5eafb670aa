// Writes src/content/validation-spread.ts from the rounds' ratings (run after recording a round; an optional
// argument names the version, by default the current one).
import { writeFileSync } from 'node:fs';
import { CHECKLIST } from '../../src/content/pga-2024';
import { spreadOf } from '../support/validation-spread';

const s = spreadOf(process.argv[2] ?? CHECKLIST.version, 5);
const points = s.points
  .map((p) => `    { point: '${p.point}', wideUnits: ${p.wideUnits}, units: ${p.units} },`)
  .join('\n');
writeFileSync(
  'src/content/validation-spread.ts',
  `import type { ValidationSpread } from './validation-types';

// Reading 102: the page gave no points where raters differ by two levels, which CONTENT-REVIEW asks for.
// Written by tests/tools/make-validation-spread.ts; tests/unit/content/validation-spread.test.ts checks it.
export const VALIDATION_SPREAD: ValidationSpread = {
  checklistVersion: '${s.checklistVersion}',
  rounds: ${s.rounds},
  units: ${s.units},
  wideUnits: ${s.wideUnits},
  alpha: ${s.alpha},
  points: [
${points}
  ],
};
`,
);
