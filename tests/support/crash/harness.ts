// The crash harness: drives the app in a real browser on a persistent profile, kills the browser process at a
// random moment (SIGKILL), starts it again on the same profile and checks that everything the app had reported
// as saved is there, character for character; nothing duplicated or unreadable; no deleted scan back.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStoredScans } from '../../e2e/stored';
import { ASSESSMENT_PREFIX, assessmentKey } from '../storage-keys';
import { randomAction, type Context } from './actions';
import type { AppPage, Launched, Launcher } from './driver';
import { Expectations, factsOf, type Finding } from './expectations';
import { newScan, oldScanText } from './files';
import { seeded, type Random } from './random';

export interface HarnessOptions {
  appUrl: string;
  launch: Launcher;
  kills: number;
  seed: number;
  /** A fresh profile (with an old-style library to move in) after this many kills. */
  killsPerProfile?: number;
  maxKillDelayMs?: number;
  /** A script run in every page before the app: how a test breaks the app on purpose. */
  script?: string;
  /** The share of kills that end only the tab's renderer (where the browser can do that); default 0.25. */
  tabShare?: number;
  /** Instead of random actions and a random kill: one action, then the kill this long after it was saved. */
  killAfterSaved?: { ms: number; tab: boolean; act: (context: Context) => Promise<string> };
  log?: (line: string) => void;
}

export interface Figures {
  seed: number;
  kills: number;
  /** Of which only the tab's renderer was killed. */
  tabKills: number;
  losses: number;
  corruptions: number;
  resurrections: number;
  findings: Finding[];
  /** Actions begun, by kind; the last of each round was cut off by the kill, or not. */
  actions: Record<string, number>;
  /** Actions whose result the UI reported as saved before the kill, by kind. */
  confirmed: Record<string, number>;
  seconds: number;
}

/** Before the first start: scans as an older version kept them, in localStorage, on a page of the same origin. */
export async function seedOldLibrary(page: AppPage, appUrl: string, model: Expectations, random: Random) {
  await page.goto(new URL('/crash-seed', appUrl).href);
  const current = ([1, 2, 3] as const).map((n) => {
    const scan = newScan(random, `Bibliotheek ${n} (${random.int(1000, 9999)})`);
    scan.answers['sig-structuur-helder'] = { level: n, note: `Oude toelichting ${n}: ë ĳ €` };
    return { id: scan.id, raw: JSON.stringify(scan) };
  });
  const old = [1, 2].map((n) =>
    oldScanText(random, `Checklist 2024.1, nr. ${n} (${random.int(1000, 9999)})`),
  );
  await page.evaluate(
    (entries) => {
      for (const [key, raw] of entries) localStorage.setItem(key, raw);
    },
    [...current, ...old].map((e): [string, string] => [assessmentKey(e.id), e.raw]),
  );
  current.forEach((e) => model.known(e.id, factsOf(e.raw)!));
  old.forEach((e) => model.known(e.id, factsOf(e.raw)!, true));
}

export async function startApp(page: AppPage, appUrl: string) {
  await page.goto(appUrl);
  await page.waitFor(() => document.querySelector('main h1') !== null, null, 30_000);
}

export async function check(page: AppPage, appUrl: string, model: Expectations): Promise<Finding[]> {
  await startApp(page, appUrl);
  const stored = await page.evaluate(readStoredScans, ASSESSMENT_PREFIX);
  const unreadable = await page.evaluate(() => document.getElementById('unreadable-title') !== null, null);
  return model.check(stored, unreadable);
}

export async function runHarness(options: HarnessOptions): Promise<Figures> {
  const { appUrl, launch, kills, script, log = () => undefined } = options;
  const perProfile = options.killsPerProfile ?? 5;
  const maxDelay = options.maxKillDelayMs ?? 2000;
  const tabShare = options.tabShare ?? 0.25;
  const random = seeded(options.seed);
  const started = Date.now();
  const figures: Figures = {
    seed: options.seed,
    kills: 0,
    tabKills: 0,
    losses: 0,
    corruptions: 0,
    resurrections: 0,
    findings: [],
    actions: {},
    confirmed: {},
    seconds: 0,
  };
  const record = (findings: Finding[]) => {
    for (const f of findings) {
      figures.findings.push(f);
      if (f.kind === 'loss') figures.losses++;
      else if (f.kind === 'corruption') figures.corruptions++;
      else figures.resurrections++;
      log(`  after kill ${figures.kills}: ${f.kind} ${f.id}: ${f.detail}`);
    }
  };
  while (figures.kills < kills) {
    const profile = await mkdtemp(join(tmpdir(), 'pga-crash-'));
    const dir = await mkdtemp(join(tmpdir(), 'pga-crash-files-'));
    const model = new Expectations();
    const rounds = Math.min(perProfile, kills - figures.kills);
    let browser: Launched | null = null;
    try {
      for (let round = 0; round < rounds; round++) {
        if (!browser) {
          browser = await launch(profile, script);
          if (round === 0) {
            // The old library was written long ago: a clean shutdown puts it on disk before the first start.
            await seedOldLibrary(browser.page, appUrl, model, random);
            await browser.close();
            browser = await launch(profile, script);
          } else record(await check(browser.page, appUrl, model));
        }
        const current: Launched = browser;
        const context: Context = { page: current.page, model, random, dir, begun: [], confirmed: [] };
        // Mostly the whole browser; sometimes only the tab's renderer, as an operating system ends a tab.
        const tab =
          current.killTab !== undefined && (options.killAfterSaved?.tab ?? random.next() < tabShare);
        let killed: Promise<unknown> | null = null;
        const kill = () => {
          killed = tab && current.killTab ? current.killTab() : (current.kill(), current.exited);
        };
        const delay = random.int(0, maxDelay);
        const timer = options.killAfterSaved ? undefined : setTimeout(kill, delay);
        try {
          if (round === 0) await startApp(current.page, appUrl);
          if (options.killAfterSaved) {
            const name = await options.killAfterSaved.act(context);
            context.begun.push(name);
            context.confirmed.push(name);
            await new Promise((resolve) => setTimeout(resolve, options.killAfterSaved?.ms));
            kill();
          }
          while (!killed) await randomAction(context);
        } catch (error) {
          if (!killed) {
            clearTimeout(timer);
            await current.close();
            throw new Error(`seed ${options.seed}, kill ${figures.kills + 1}: ${String(error)}`);
          }
        }
        await killed;
        figures.kills++;
        if (tab) figures.tabKills++;
        const begun = context.begun;
        begun.forEach((name) => (figures.actions[name] = (figures.actions[name] ?? 0) + 1));
        context.confirmed.forEach((name) => (figures.confirmed[name] = (figures.confirmed[name] ?? 0) + 1));
        log(
          `kill ${figures.kills} (${tab ? 'tab' : 'browser'}) after ${delay} ms: ${begun.join(', ') || 'start'}`,
        );
        // A killed tab is reopened in the same browser, which checks it; a killed browser is started again.
        if (tab) record(await check(current.page, appUrl, model));
        else browser = null;
      }
      browser ??= await launch(profile);
      record(await check(browser.page, appUrl, model));
      await browser.close();
      browser = null;
    } finally {
      await browser?.close();
      await rm(profile, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    }
  }
  figures.seconds = Math.round((Date.now() - started) / 100) / 10;
  return figures;
}

export const summary = (browser: string, f: Figures) =>
  `${browser}: seed ${f.seed}, kills ${f.kills} (${f.tabKills} of a tab), losses ${f.losses}, corruptions ${f.corruptions}, ` +
  `resurrections ${f.resurrections} (${f.seconds} s; actions begun ${JSON.stringify(f.actions)}, ` +
  `saved ${JSON.stringify(f.confirmed)})`;
