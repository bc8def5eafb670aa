// The room's QR route, played for real: phone frames are read off the phone's own canvas, written into a
// .y4m video (YUV4MPEG2, 4:2:0) that Chromium's fake camera plays to the facilitator's camera code.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser';

/** One QR code as the phone drew it: its modules, row by row. */
export type QrModules = boolean[][];

export const VIDEO = { width: 480, height: 360, fps: 10 };

/** Reads every code the phone loops through, from its canvas, until it has seen each part once. */
export async function phoneFrames(page: Page, timeoutMs = 20_000): Promise<QrModules[]> {
  const frames = new Map<number, QrModules>();
  const end = Date.now() + timeoutMs;
  for (;;) {
    const shot = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('canvas.qr-frames__code');
      const ctx = c?.getContext('2d');
      if (!c || !ctx) return null;
      // The phone draws 8 device pixels a module: sample each module's centre.
      const n = c.width / 8;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const rows: boolean[][] = [];
      for (let y = 0; y < n; y++) {
        const row: boolean[] = [];
        for (let x = 0; x < n; x++) row.push((data[((y * 8 + 4) * c.width + x * 8 + 4) * 4] ?? 255) < 128);
        rows.push(row);
      }
      return { part: Number(c.dataset.part), parts: Number(c.dataset.parts), rows };
    });
    if (shot) {
      frames.set(shot.part, shot.rows);
      if (frames.size === shot.parts)
        return [...frames.keys()].sort((a, b) => a - b).map((k) => frames.get(k)!);
    }
    if (Date.now() > end) throw new Error(`phoneFrames: saw ${frames.size} parts`);
    await page.waitForTimeout(60);
  }
}

/** What the camera sees: a code for some video frames, or an empty (white) table between phones. */
export type Shot = { code: QrModules; frames: number } | { blank: number };

/** Writes the shots as a looping .y4m: black modules on white, centred, as large as fits. */
export function writeY4m(path: string, shots: Shot[]): number {
  const { width, height, fps } = VIDEO;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const marker = Buffer.from('FRAME\n');
  const parts: Buffer[] = [header];
  let count = 0;
  const white = Buffer.alloc(width * height, 235);
  for (const shot of shots) {
    let luma = white;
    let n = 'blank' in shot ? shot.blank : shot.frames;
    if ('code' in shot) {
      luma = Buffer.alloc(width * height, 235);
      const size = shot.code.length;
      const scale = Math.floor((height * 0.9) / size);
      const x0 = Math.floor((width - size * scale) / 2);
      const y0 = Math.floor((height - size * scale) / 2);
      shot.code.forEach((row, y) =>
        row.forEach((dark, x) => {
          if (!dark) return;
          for (let dy = 0; dy < scale; dy++)
            luma.fill(
              16,
              (y0 + y * scale + dy) * width + x0 + x * scale,
              (y0 + y * scale + dy) * width + x0 + (x + 1) * scale,
            );
        }),
      );
    }
    for (; n > 0; n--, count++) parts.push(marker, luma, chroma);
  }
  writeFileSync(path, Buffer.concat(parts));
  return count;
}

/** The facilitator's Chromium, its camera fed from the video file. One file per launch: swapping is flaky. */
export function launchWithCamera(video: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}
