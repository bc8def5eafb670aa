// Dev aid: screenshots of the built app into .screenshots/ for a visual check (npx tsx tests/tools/screenshots.ts).
import { CONTENT_VERSION } from '../../src/content/version';
import { mkdirSync } from 'node:fs';
import { openApp } from '../support/app-page';
import { seed, seededAssessment } from '../e2e/seed';
import { createFollowUp } from '../../src/domain/follow-up';
import { withAnswer } from '../../src/domain/assessment';

mkdirSync('.screenshots', { recursive: true });
const { page, url, close } = await openApp({ viewport: { width: 1280, height: 900 } });
const base = seededAssessment();
let follow = createFollowUp(
  base,
  { title: 'Zelfscan PGA 2027', date: '2027-11-28', prefill: true },
  CONTENT_VERSION,
  new Date(),
);
follow = withAnswer(follow, 'sig-structuur-helder', { level: 5 }, new Date());
follow = withAnswer(follow, 'weg-manier', { level: 1 }, new Date());
for (const a of [base, follow]) await seed(page, a);
await page.screenshot({ path: '.screenshots/home.png', fullPage: true });
await page.goto(url + `#/scan/${follow.id}/resultaten`);
await page.locator('.chart--radar canvas').waitFor();
// A chart draws once it nears the screen, in a task of its own.
await page.locator('.chart--radar canvas').scrollIntoViewIfNeeded();
await page.waitForTimeout(800);
await page.screenshot({ path: '.screenshots/results.png', fullPage: true });
await page.locator('.chart--radar').screenshot({ path: '.screenshots/radar.png' });
await page.goto(url + `#/scan/${base.id}/stap/signaleren`);
await page.locator('.walk').waitFor();
await page.screenshot({ path: '.screenshots/step.png', fullPage: false });
await close();
