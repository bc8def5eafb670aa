import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { chromium } from 'playwright-core';
import { OUTLINE } from '../../src/content/outline';
import { CONTENT_VERSION } from '../../src/content/version';
import { roundCode } from '../../src/domain/room/round';
import { useBrowser } from './browser-lifecycle';
import { CHROMIUM_ARGS, CHROMIUM_PATH, openSession } from './browser';
import { nl } from '../support/ui';

const browser = useBrowser();
const ALL = OUTLINE.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions.map((q) => q.id)));
const code = roundCode(
  { id: '0ff11e01', contentVersion: CONTENT_VERSION, questionIds: ALL.slice(0, 3) },
  ALL,
);

// A partner opens the round's link once (say, from the invitation), then sits in a room with no network.
describe('a round on a phone without network', () => {
  it('loads once, goes offline, and still answers the round and shows the code', async () => {
    const { context, page, errors } = await openSession(browser(), `#/ronde/${code}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.round-question').first().waitFor();
    // The service worker has precached the build once it controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    });
    await context.setOffline(true);
    await page.reload();
    await page.locator('.round-question').first().waitFor();
    const questions = page.locator('.round-question');
    for (let i = 0; i < 3; i++)
      await questions
        .nth(i)
        .locator('.scale__label')
        .nth(i + 1)
        .click();
    await page.getByRole('button', { name: nl('room.phone.toCodes') }).click();
    // The QR encoder is a chunk of its own: it too came from the cache.
    const canvas = page.locator('canvas.qr-frames__code');
    await canvas.waitFor();
    expect(Number(await canvas.evaluate((c: HTMLCanvasElement) => c.width))).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });

  it('can be installed: the hosted build links its manifest and Chromium finds nothing missing', async () => {
    // A profile on disk: Chromium offers no installation in a throwaway (incognito) context.
    const dir = mkdtempSync(join(tmpdir(), 'pga-install-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${inject('appUrl')}#/ronde/${code}`);
      await page.locator('.round-question').first().waitFor();
      expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('./manifest.webmanifest');
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const cdp = await context.newCDPSession(page);
      expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
