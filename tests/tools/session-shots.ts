// Dev aid: the session page with five partner files and the presentation at three screen sizes, as
// screenshots in .screenshots/ with measured heights (npx tsx tests/tools/session-shots.ts after a build).
import { mkdir } from 'node:fs/promises';
import { openApp } from '../support/app-page';
import { seed } from '../e2e/seed';
import { sessionScan, longestQuestion } from '../support/session-fixture';

await mkdir('.screenshots', { recursive: true });
const a = sessionScan(5);
const { page, url, close } = await openApp({ viewport: { width: 1366, height: 768 } });
await seed(page, a);
await page.goto(`${url}#/scan/${a.id}/werksessie`);
await page.locator('.agenda').waitFor();
console.log('session page height at 1366:', await page.evaluate(() => document.documentElement.scrollHeight));
console.log('agenda rows:', await page.locator('.agenda__item').count());
await page.screenshot({ path: '.screenshots/session.png', fullPage: true });
const box = (await page.locator('.agenda').boundingBox())!;
await page.screenshot({
  path: '.screenshots/session-agenda.png',
  fullPage: true,
  clip: { x: 0, y: box.y - 60, width: 1366, height: 700 },
});
await page.locator('.agenda__item').first().getByRole('button').click();
const open = (await page.locator('.agenda__detail').boundingBox())!;
await page.screenshot({
  path: '.screenshots/session-detail.png',
  fullPage: true,
  clip: { x: 0, y: open.y - 80, width: 1366, height: 600 },
});
for (const locale of ['nl', 'en'] as const) {
  for (const [w, h] of [
    [1280, 720],
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    if (locale === 'en' && w === 1280) {
      await page.goto(`${url}#/scan/${a.id}/werksessie`);
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    }
    await page.goto(`${url}#/scan/${a.id}/presentatie/${longestQuestion(locale)}`);
    await page.locator('.presentation').waitFor();
    const m = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      inner: innerHeight,
      question: parseFloat(getComputedStyle(document.querySelector('.presentation__question')!).fontSize),
    }));
    console.log(locale, w, h, m);
    await page.screenshot({ path: `.screenshots/present-${locale}-${w}.png` });
  }
}
await close();
