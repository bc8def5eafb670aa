import { openApp } from './tests/support/app-page';
import { seed, seededAssessment } from './tests/e2e/seed';

async function main(): Promise<void> {
  for (const [w, h] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    const app = await openApp({ viewport: { width: w, height: h } });
    const { page, url } = app;
    const a = seededAssessment();
    await seed(page, a);
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${url}#/scan/${a.id}/stap/samenwerking`);
      await page.reload();
      await page.locator('main h1').first().waitFor();
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      for (const id of ['sam-perspectieven-bespreekbaar', 'sam-procesregie']) {
        const el = page.locator(`[data-question-id="${id}"]`);
        await el.scrollIntoViewIfNeeded();
        const s = el.locator('.question__doubts summary');
        if ((await s.count()) > 0) await s.first().click();
        await el.screenshot({ path: `/tmp/shots/${id}-${lang}-${w}.png` });
      }
      if (lang === 'en') await page.getByRole('button', { name: 'Nederlands' }).click();
    }
    await page.goto(`${url}#/scan/${a.id}/stap/signaleren`);
    await page.locator('main h1').first().waitFor();
    await page.screenshot({ path: `/tmp/shots/signaleren-${w}.png`, fullPage: false });
    await app.close();
  }
}
void main();
