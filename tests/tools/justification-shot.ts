// Dev aid: the Verantwoording page and a step screen's link to it, in both languages and on a phone
// (npx tsx tests/tools/justification-shot.ts; writes .screenshots/justification-*.png).
import { mkdirSync } from 'node:fs';
import { openApp } from '../support/app-page';

mkdirSync('.screenshots', { recursive: true });
for (const [name, width] of [
  ['desktop', 1280],
  ['phone', 390],
] as const) {
  const { page, url, close } = await openApp({ viewport: { width, height: 900 } });
  for (const locale of ['nl', 'en'] as const) {
    if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${url}#/verantwoording`);
    await page.locator('.justification h1').waitFor();
    await page.screenshot({ path: `.screenshots/justification-${name}-${locale}.png`, fullPage: true });
  }
  await close();
}
