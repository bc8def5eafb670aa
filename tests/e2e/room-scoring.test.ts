import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { OUTLINE } from '../../src/content/outline';
import { CONTENT_VERSION } from '../../src/content/version';
import { roundCode, type Round } from '../../src/domain/room/round';
import type { Assessment } from '../../src/domain/types';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed, seededAssessment } from './seed';
import { storedScans } from './stored';
import { launchWithCamera, phoneFrames, writeY4m, type QrModules, type Shot } from '../support/room-video';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();
const ALL = OUTLINE.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions.map((q) => q.id)));
const QUESTIONS = ALL.slice(0, 8);
const round: Round = { id: '5eed0001', contentVersion: CONTENT_VERSION, questionIds: QUESTIONS };
const other: Round = { ...round, id: '0be40002' };
const dir = mkdtempSync(join(tmpdir(), 'pga-room-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOTE =
  'Signalen komen binnen via het Zorg- en Veiligheidshuis; wij bespreken ze wekelijks met politie en wijkteam. ';

interface PhonePlan {
  role: string | null;
  /** Level index per question: 0–4 for levels 1–5, 5 for 'weet niet', 6 for 'n.v.t.'. */
  choices: number[];
  notes: Record<number, string>;
}

/** A partner on a phone: opens the round's link, answers with the keyboard and mouse, shows the codes. */
async function answerOnPhone(
  browser: Browser,
  r: Round,
  plan: PhonePlan,
  checkAxe = false,
): Promise<{ page: Page; frames: QrModules[] }> {
  const session = await openSession(browser, `#/ronde/${roundCode(r, ALL)}`);
  const { page } = session;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('.round-question').first().waitFor();
  if (checkAxe) expect(await axeViolations(page)).toEqual([]);
  if (plan.role) await page.selectOption('#round-role', plan.role);
  const questions = page.locator('.round-question');
  for (const [i, choice] of plan.choices.entries())
    await questions.nth(i).locator('.scale__label').nth(choice).click();
  for (const [i, text] of Object.entries(plan.notes))
    await questions.nth(Number(i)).locator('textarea').fill(text);
  await page.getByRole('button', { name: nl('room.phone.toCodes') }).click();
  await page.locator('#round-codes-title').waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('round-codes-title');
  // axe on the answer screen and on the codes screen, once: the phones are alike.
  if (checkAxe) expect(await axeViolations(page)).toEqual([]);
  const frames = await phoneFrames(page);
  expect(session.foreignRequests()).toEqual([]);
  expect(session.errors).toEqual([]);
  return { page, frames };
}

const LEVELS = [1, 2, 3, 4, 5, 'unknown', 'na'] as const;
const levelsOf = (plan: PhonePlan) =>
  Object.fromEntries(plan.choices.map((c, i) => [QUESTIONS[i], LEVELS[c]]));

/** A phone's codes in a loop, as the partner holds it up: each code about a third of a second. */
const hold = (frames: QrModules[], loops: number): Shot[] =>
  Array.from({ length: loops }, () => frames.map((code) => ({ code, frames: 3 }))).flat();

describe('scoring in the room by QR code', () => {
  it('reads three phones through the camera, refuses another round, and counts a phone once', async () => {
    const police: PhonePlan = { role: 'politie', choices: [2, 3, 3, 1, 5, 0, 4, 6], notes: {} };
    const social: PhonePlan = {
      role: 'gemeente-sociaal',
      choices: [0, 1, 2, 3, 4, 4, 4, 4],
      notes: { 0: NOTE.repeat(4), 3: `${NOTE.repeat(3)} ë ĳ € “quote”`, 7: 'Kort.' },
    };
    const anonymous: PhonePlan = { role: null, choices: [4, 4, 4, 4, 4, 4, 4, 4], notes: {} };
    // One after another: four phones at once on two cores only slow each other down.
    const phones = [
      await answerOnPhone(browser(), round, police),
      await answerOnPhone(browser(), round, social, true),
      await answerOnPhone(browser(), round, anonymous),
    ];
    const foreign = await answerOnPhone(browser(), other, police);
    const [a, b, c] = phones.map((p) => p.frames) as [QrModules[], QrModules[], QrModules[]];
    expect(a).toHaveLength(1);
    expect(b.length).toBeGreaterThan(2);

    const video = join(dir, 'room.y4m');
    const gap: Shot = { blank: 5 };
    writeY4m(video, [
      gap,
      ...hold(a, 15),
      gap,
      ...hold(foreign.frames, 15),
      gap,
      ...hold(b, 5),
      gap,
      ...hold(c, 15),
      gap,
      // The first phone again: it must not count twice.
      ...hold(a, 15),
    ]);

    const host = await launchWithCamera(video);
    try {
      const appUrl = inject('appUrl');
      const context = await host.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(appUrl);
      await page.locator('main h1').first().waitFor();
      const scan: Assessment = seededAssessment('Werksessie in de zaal');
      await seed(page, scan);
      await page.goto(`${appUrl}#/scan/${scan.id}/ronde?ronde=${roundCode(round, ALL)}`);
      await page.reload();
      await page.locator('[data-testid=round-code]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.fill('#round-expected', '3');
      // Every message the scanner says, in order, to check what was refused along the way.
      await page.evaluate(() => {
        const said: string[] = [];
        (window as unknown as { said: string[] }).said = said;
        const el = document.querySelector('[data-testid=round-message]')!;
        new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, {
          childList: true,
          subtree: true,
          characterData: true,
        });
      });
      await page.getByRole('button', { name: nl('room.host.cameraStart') }).click();
      const count = page.locator('[data-testid=round-count]');
      await expect
        .poll(() => count.textContent(), { timeout: 60_000 })
        .toBe(nl('room.host.count', { n: 3, total: 3 }));
      // Let the video run on past the first phone's second appearance.
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said.join('\n')), {
          timeout: 30_000,
        })
        .toMatch(nlPattern('room.host.again'));
      const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
      expect(said.some((m) => m.includes(nl('room.host.other-round')))).toBe(true);
      expect(await count.textContent()).toBe(nl('room.host.count', { n: 3, total: 3 }));
      expect(await axeViolations(page)).toEqual([]);

      const stored = JSON.parse((await storedScans(page))[scan.id] ?? '{}') as Assessment;
      const sources = stored.workshop.sources.filter((s) => s.id.startsWith(`qr-${round.id}-`));
      expect(sources).toHaveLength(3);
      const byTitle = (prefix: string) => sources.find((s) => s.title.startsWith(prefix));
      expect(byTitle('Politie')?.answers).toEqual(levelsOf(police));
      expect(byTitle('Gemeente, sociaal domein')?.answers).toEqual(levelsOf(social));
      expect(byTitle(nl('room.phone.anonymous'))?.answers).toEqual(levelsOf(anonymous));
      expect(byTitle('Gemeente, sociaal domein')?.notes).toEqual({
        [QUESTIONS[0]!]: social.notes[0]!.trim(),
        [QUESTIONS[3]!]: social.notes[3]!.trim(),
        [QUESTIONS[7]!]: 'Kort.',
      });
      // The phones are the session's partners now, as files would be: police with its role, the rest apart.
      const roles = stored.participants
        .filter((p) => sources.some((s) => s.participantId === p.id))
        .map((p) => p.role);
      expect(roles.sort()).toEqual(['gemeente-sociaal', 'other', 'politie']);

      // The facilitator removes one; the session keeps two.
      await page
        .getByRole('button', {
          name: new RegExp(
            `^${nlPattern('room.host.removeNamed', { title: nlPattern('room.host.phoneTitle', { name: nl('room.host.anonymous'), phone: /.*/ }) }).source}$`,
          ),
        })
        .click();
      await expect.poll(() => count.textContent()).toBe(nl('room.host.count', { n: 2, total: 3 }));
      await page.getByRole('link', { name: nl('room.host.toWorkshop') }).click();
      const rows = page.locator('#sources-title ~ .table-wrap tbody tr');
      await expect.poll(() => rows.count()).toBe(2);
    } finally {
      await host.close();
    }
  }, 300_000);
});
