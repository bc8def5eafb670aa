// The phone side of a round in Firefox ESR: answer, then show the code, which must decode to those answers.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import decodeQR from 'qr/decode.js';
import { OUTLINE } from '../../src/content/outline';
import { PARTNER_ROLES } from '../../src/content/partners';
import { CONTENT_VERSION } from '../../src/content/version';
import { roundCode, type Round } from '../../src/domain/room/round';
import { createCollector } from '../../src/domain/room/answer-collector';
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const ALL = OUTLINE.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions.map((q) => q.id)));
const round: Round = { id: 'f1ef0c01', contentVersion: CONTENT_VERSION, questionIds: ALL.slice(0, 4) };

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('a round on a phone in Firefox ESR', () => {
  it('answers the questions and shows a code that carries them', async () => {
    const page = await browser!.newPage();
    // Firefox 140 ESR (Debian bookworm's) sizes the page but refuses the screen-orientation command that
    // puppeteer sends with it; the size, which this test needs, still arrives (polled, as it may come late).
    await page.setViewport({ width: 390, height: 844 }).catch((error: Error) => {
      if (!error.message.includes('setScreenOrientationOverride')) throw error;
    });
    await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(390);
    await page.goto(`${inject('appUrl')}#/ronde/${roundCode(round, ALL)}`);
    await page.waitForSelector('.round-question');
    await page.select('#round-role', 'ggz');
    const labels = await page.$$('.round-question');
    for (const [i, q] of labels.entries()) {
      const options = await q.$$('.scale__label');
      await options[i]!.click();
    }
    const button = await page.waitForSelector('::-p-text(Mijn antwoorden als QR-code tonen)');
    await button!.click();
    await page.waitForSelector('canvas.qr-frames__code');
    // The canvas's pixels, decoded here: what a camera would read off this phone.
    const image = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('canvas.qr-frames__code')!;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      return { width: c.width, height: c.height, data: Array.from(data) };
    });
    const text = decodeQR({ ...image, data: Uint8ClampedArray.from(image.data) });
    const outcome = createCollector(
      round,
      PARTNER_ROLES.map((r) => r.id),
    ).add(text);
    expect(outcome).toMatchObject({
      kind: 'complete',
      answers: { role: 'ggz', levels: Object.fromEntries(round.questionIds.map((id, i) => [id, i + 1])) },
    });
  });
});
