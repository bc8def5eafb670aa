// Prints one plain closing line for CI, `N passed, N failed` and nothing else on it, added up from Vitest's JSON
// reports. Vitest's own closing lines ("Tests  868 passed (868)", coloured) are not a form CI reads: CI runs that
// passed were taken for runs that executed no test, also with a `tests: ` prefix before the counts, so the line is
// now the bare form. Exits non-zero when a report is missing, unreadable
// or counts no test, so a run that tested nothing fails instead of passing quietly.
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(
      `tally: no readable test report at ${file} (${error instanceof Error ? error.message : error})`,
    );
    process.exit(1);
  }
  if (!Number.isInteger(report.numTotalTests) || report.numTotalTests === 0) {
    console.error(`tally: ${file} counts no test`);
    process.exit(1);
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
if (files.length === 0) {
  console.error('tally: name the JSON reports to add up');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
