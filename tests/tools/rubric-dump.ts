// Dev aid for the content validation: the rubric text a rater gets, and nothing else
// (npx tsx tests/tools/rubric-dump.ts [nl|en] [--lean] > rubrics.md; --lean: without what the app folds away).
import { rubricText } from '../support/rubric-text';

console.log(rubricText(process.argv[2] === 'en' ? 'en' : 'nl', process.argv.includes('--lean')));
