import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import encodeQR from 'qr';
import { OUTLINE } from '../../src/content/outline';
import { PARTNER_ROLES } from '../../src/content/partners';
import { CONTENT_VERSION } from '../../src/content/version';
import { answerCodes, type PhoneAnswers } from '../../src/domain/room/answer-frames';
import { roundCode, type Round } from '../../src/domain/room/round';
import { seed, seededAssessment } from '../e2e/seed';
import { serveStatic } from '../support/static-server';
import { launchWithCamera, writeY4m, type Shot } from '../support/room-video';
import { median, type BenchResult } from './fixtures';

const RUNS = 3;
const ALL = OUTLINE.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.questions.map((q) => q.id)));
const round: Round = { id: 'be4c0001', contentVersion: CONTENT_VERSION, questionIds: ALL };
const SENTENCE = 'Signalen komen binnen via het Zorg- en Veiligheidshuis en worden wekelijks besproken. ';

/** A phone's codes as the phone loops them, about three a second, from the first video frame on. */
function phoneVideo(path: string, answers: PhoneAnswers): number {
  const codes = answerCodes(
    round,
    PARTNER_ROLES.map((r) => r.id),
    answers,
  );
  const shots: Shot[] = [codes.levels, ...codes.notes].map((text) => ({
    code: encodeQR(text, 'raw', { ecc: 'medium', border: 4 }),
    frames: 3,
  }));
  writeY4m(path, shots);
  return shots.length;
}

/** From the camera's first frame (the phone already held up) to the answers being in the session. */
async function timeOnce(url: string, video: string): Promise<number> {
  const browser = await launchWithCamera(video);
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(url);
    await page.locator('main h1').first().waitFor();
    const scan = seededAssessment('Bench');
    await seed(page, scan);
    await page.goto(`${url}#/scan/${scan.id}/ronde?ronde=${roundCode(round, ALL)}`);
    await page.reload();
    await page.locator('[data-testid=round-count]').waitFor();
    const timing = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const video = document.querySelector('video')!;
          const count = document.querySelector('[data-testid=round-count]')!;
          let first = 0;
          video.addEventListener('playing', () => (first ||= performance.now()), { once: true });
          new MutationObserver(() => {
            if (first && count.textContent?.startsWith('1')) resolve(performance.now() - first);
          }).observe(count, { childList: true, subtree: true, characterData: true });
        }),
    );
    await page.getByRole('button', { name: 'Camera starten' }).click();
    return await timing;
  } finally {
    await browser.close();
  }
}

/**
 * Scoring in the room: the time from a phone's first frame in the laptop's (fake) camera to its answers
 * being in the session, for levels only and for 4,000 characters of notes.
 */
export async function benchRoom(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pga-room-bench-'));
  const server = await serveStatic('dist');
  try {
    const levels = Object.fromEntries(ALL.map((id, i) => [id, ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5]));
    const base: PhoneAnswers = { phoneId: '0123456789abcdef', role: 'politie', levels, notes: {} };
    const notes = Object.fromEntries(
      ALL.slice(0, 10).map((id, i) => [id, `${i} ${SENTENCE.repeat(5)}`.slice(0, 400)]),
    );
    const cases = [
      { name: 'levels only', answers: base, budget: 1000 },
      { name: '4,000 characters of notes', answers: { ...base, notes }, budget: 15_000 },
    ];
    const results: BenchResult[] = [];
    for (const c of cases) {
      const video = join(dir, `${c.name.replace(/\W+/g, '-')}.y4m`);
      const codes = phoneVideo(video, c.answers);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await timeOnce(server.url, video));
      console.log(
        `Room scoring, ${c.name} (${codes} codes): ${times.map((t) => t.toFixed(0)).join(', ')} ms`,
      );
      results.push({
        name: `Room scoring, first camera frame to answers in the session, ${c.name} (Chromium, median)`,
        value: median(times),
        unit: 'ms',
        budget: c.budget,
      });
    }
    return results;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
