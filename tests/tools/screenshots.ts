// Dev aid: screenshots of the built app into .screenshots/ for a visual check (npx tsx tests/tools/screenshots.ts).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from '../support/static-server';
mkdirSync('.screenshots', { recursive: true });
const server = await serveStatic('dist');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.goto(server.url);
await page.screenshot({ path: '.screenshots/home.png', fullPage: true });
await page.getByRole('link', { name: 'Nieuwe zelfscan starten' }).click();
await page.getByLabel('Titel').fill('Zelfscan PGA 2026');
await page.getByLabel('Gemeente, regio of samenwerkingsverband').fill('Regio Utrecht');
await page.getByRole('button', { name: 'Starten' }).click();
await page.locator('.walk').waitFor();
await page.locator('input[value="3"]').first().check();
await page.locator('details summary').first().click();
await page.keyboard.press('Tab');
await page.screenshot({ path: '.screenshots/step.png', fullPage: true });
await page.locator('.question').first().screenshot({ path: '.screenshots/q.png' });
await page.setViewportSize({ width: 400, height: 800 });
await page.screenshot({ path: '.screenshots/step-mobile.png', fullPage: false });
await browser.close();
await server.close();
