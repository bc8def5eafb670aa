// Writes docs/accessibility.md from src/content/accessibility.ts (npx tsx tests/tools/make-accessibility-doc.ts).
import { writeFileSync } from 'node:fs';
import { accessibilityDoc } from '../support/accessibility-doc';

writeFileSync('docs/accessibility.md', accessibilityDoc());
