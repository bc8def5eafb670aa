import { CONTENT_VERSION } from '../../src/content/version';
// Every action of the crash harness reaches the moment the app reports it saved. In a run with kills, an action
// that never got there would simply be cut off by the next kill and check nothing; here none is cut off.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import * as act from '../support/crash/actions';
import { launchChromium } from '../support/crash/chromium';
import { Expectations } from '../support/crash/expectations';
import { check, seedOldLibrary, startApp } from '../support/crash/harness';
import { seeded } from '../support/crash/random';

describe('the crash harness actions', () => {
  it('each reports saved, and a restart finds exactly what they saved', { timeout: 120_000 }, async () => {
    const appUrl = inject('appUrl');
    const profile = await mkdtemp(join(tmpdir(), 'pga-crash-'));
    const model = new Expectations();
    const random = seeded(7);
    let browser = await launchChromium(profile);
    try {
      await seedOldLibrary(browser.page, appUrl, model, random);
      await startApp(browser.page, appUrl);
      const context: act.Context = {
        page: browser.page,
        model,
        random,
        dir: profile,
        begun: [],
        confirmed: [],
      };
      const [first, second] = model.ids((e) => !e.old);
      const [old] = model.ids((e) => e.old);
      await act.typeNote(context, first!);
      await act.setLevel(context, first!);
      await act.addAction(context, first!);
      await act.workshopImport(context, first!);
      await act.importScan(context);
      await act.openOld(context, old!);
      await act.deleteScan(context, second!, true);
      await act.deleteScan(context, first!, false);
      expect(model.get(first!).present).toEqual(new Set([false]));
      expect(model.get(second!).present).toEqual(new Set([true]));
      expect(model.get(old!).contentVersions).toEqual(new Set([CONTENT_VERSION]));
      await browser.close();
      browser = await launchChromium(profile);
      expect(await check(browser.page, appUrl, model)).toEqual([]);
    } finally {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
