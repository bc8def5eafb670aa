// Kills Chromium (SIGKILL) at random moments while the app saves, and checks after each restart that what the
// save status reported as saved is all there. The seed is printed; CRASH_SEED=<seed> replays a run.
import { describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/crash/chromium';
import { runHarness, summary } from '../support/crash/harness';

const KILLS = 20;

describe('killed mid-save', () => {
  it(`loses nothing reported as saved across ${KILLS} kills of Chromium`, { timeout: 400_000 }, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    const figures = await runHarness({
      appUrl: inject('appUrl'),
      launch: launchChromium,
      kills: KILLS,
      seed,
      // Fewer fresh profiles and more tab kills than by hand, to stay shorter on two cores.
      killsPerProfile: 10,
      tabShare: 0.5,
    });
    console.log(summary('chromium', figures));
    expect(figures.findings).toEqual([]);
    expect(figures.kills).toBe(KILLS);
    // The kills came while the app was working, not only while it started.
    expect(Object.values(figures.actions).reduce((n, k) => n + k, 0)).toBeGreaterThanOrEqual(KILLS);
  });
});
