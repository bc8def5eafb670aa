// Rewrites the figures block of docs/content-validation.md (npx tsx tests/tools/make-validation-doc.ts),
// and prints each round's figures, for a round not yet in src/content/validation.ts as well:
// npx tsx tests/tools/make-validation-doc.ts <round-id> …
import { readFileSync, writeFileSync } from 'node:fs';
import { agreementFigures } from '../support/rater-agreement';
import { BLOCK_END, BLOCK_START, validationFiguresBlock } from '../support/validation-doc';
import { roundRatings } from '../support/validation-rounds';

for (const round of process.argv.slice(2)) console.log(round, agreementFigures(roundRatings(round)));
const path = 'docs/content-validation.md';
const doc = readFileSync(path, 'utf8');
const start = doc.indexOf(BLOCK_START);
const end = doc.indexOf(BLOCK_END);
if (start < 0 || end < 0) throw new Error(`${path} has no figures block`);
writeFileSync(path, doc.slice(0, start) + validationFiguresBlock() + doc.slice(end + BLOCK_END.length));
