// Dev aid for issue #25: a CPU profile of one screen's first five seconds under a 4× CPU slowdown (Lighthouse's
// mobile preset), summed by script chunk and by function. `npx tsx tests/tools/cpu-profile.ts results`.
// Build with `npx vite build --sourcemap` first for readable function names.
import { chromium } from 'playwright-core';
import { seededBrowser } from '../bench/lighthouse';
import { profiledScreen } from '../bench/lighthouse-fixture';
import { serveStatic } from '../support/static-server';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const name = process.argv[2] ?? 'results';
const screen = profiledScreen(name);
const server = await serveStatic('dist');
const seeded = await seededBrowser(server.url, screen.scans);
const browser = await chromium.connectOverCDP(`http://127.0.0.1:${seeded.port}`);
try {
  const page = browser.contexts()[0]!.pages()[0]!;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(server.url + screen.hash);
  await page.waitForTimeout(6000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byChunk = new Map<string, number>();
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) {
    const t = self.get(n.id) ?? 0;
    const file =
      n.callFrame.url.replace(server.url, '').replace(/^assets\//, '') ||
      `(${n.callFrame.functionName || 'native'})`;
    byChunk.set(file, (byChunk.get(file) ?? 0) + t);
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber}:${(n.callFrame as { columnNumber?: number }).columnNumber ?? 0}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + t);
  }
  // Inclusive time per function of the app's own chunks (not the vendor chunks): which component or helper.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const incl = new Map<string, number>();
  for (const [id, t] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = nodeById.get(cur)!.callFrame;
      const file = f.url.replace(server.url, '').replace(/^assets\//, '');
      if (!file || /^(vue-i18n|vue-router|preload-helper|index)-/.test(file)) continue;
      const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + t);
    }
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([f, t]) => `  ${t.toFixed(0).padStart(6)} ms  ${f}`);
  console.log(`${name}: self time by chunk (4× slowdown)\n${top(byChunk, 15).join('\n')}`);
  console.log(`\nby function\n${top(byFn, 30).join('\n')}`);
  console.log(`\napp functions, inclusive\n${top(incl, 40).join('\n')}`);
} finally {
  await browser.close();
  await seeded.close();
  await server.close();
}
