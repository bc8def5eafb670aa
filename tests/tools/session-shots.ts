// Dev aid: the session page with five partner files, its agenda controls, the presentation at four screen
// sizes (and with the partners' notes open), the projector window and the session record, as screenshots in
// .screenshots/ with measured heights (npx tsx tests/tools/session-shots.ts after a build; the record's PDF
// is saved there too, for pdftoppm).
import { mkdir, copyFile } from 'node:fs/promises';
import { openApp } from '../support/app-page';
import { seed } from '../e2e/seed';
import { sessionScan, longestQuestion } from '../support/session-fixture';
import { LOCALE_KEY } from '../support/storage-keys';

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
const controls = (await page.locator('#agenda-top').boundingBox())!;
await page.screenshot({
  path: '.screenshots/session-agenda-controls.png',
  fullPage: true,
  clip: { x: 0, y: controls.y - 160, width: 1366, height: 420 },
});
// Some agreed levels first, so the record has something to say, then the record itself.
await page.evaluate((key) => localStorage.setItem(key, 'nl'), LOCALE_KEY);
const pdf = page.waitForEvent('download');
await page.getByRole('button', { name: 'Verslag (PDF)' }).click();
await copyFile((await (await pdf).path())!, '.screenshots/session-record.pdf');
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
    [1024, 768],
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
    if (w === 1280) {
      await page.getByTestId('notes-toggle').click();
      await page.locator('.presentation__note-item').first().waitFor();
      await page.screenshot({ path: `.screenshots/present-${locale}-${w}-notes.png` });
    }
  }
}
// The projector window beside the presenter's: only the question and the distribution, in step over a
// BroadcastChannel with the laptop, which moves on one question.
await page.setViewportSize({ width: 1280, height: 720 });
await page.goto(`${url}#/scan/${a.id}/presentatie/${longestQuestion('en')}`);
await page.locator('.presentation').waitFor();
const room = await page.context().newPage();
await room.setViewportSize({ width: 1280, height: 720 });
await room.goto(`${url}#/scan/${a.id}/zaal`);
await page.locator('h1').focus();
await page.keyboard.press('ArrowRight');
await room.waitForFunction(
  () => document.querySelectorAll('h1, h2').length > 0 && !!document.querySelector('.strip'),
);
await room.screenshot({ path: '.screenshots/projector-window.png' });
await page.screenshot({ path: '.screenshots/presenter-laptop.png' });
await close();
