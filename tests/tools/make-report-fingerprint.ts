// Writes tests/fixtures/report-fingerprint.txt from the report's text, which stays outside the repository:
// npx tsx tests/tools/make-report-fingerprint.ts <path to pga-radicalisering-dsp-2024.md>
import { readFileSync, writeFileSync } from 'node:fs';
import { FINGERPRINT_FILE, fingerprint, RUN } from '../support/report-fingerprint';

const path = process.argv[2];
if (!path) throw new Error('usage: make-report-fingerprint.ts <report.md>');
const hashes = fingerprint(readFileSync(path, 'utf8'));
writeFileSync(
  FINGERPRINT_FILE,
  `# Every run of ${RUN} words of DSP-groep (2024), lower-cased, SHA-256 cut to 48 bits, sorted. Made by tests/tools/make-report-fingerprint.ts.\n${hashes.join('\n')}\n`,
);
console.log(`${hashes.length} runs`);
