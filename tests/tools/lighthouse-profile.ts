// Dev aid for issue #25: where a screen's main-thread time goes, from one Lighthouse run (mobile preset) on the
// production build with the bench's heaviest data. `npx tsx tests/tools/lighthouse-profile.ts results` (or step,
// plan, session, trend, start). Prints the score, FCP, LCP, TBT, work by category, scripting by chunk, long tasks
// and the requests (when each started and ended in the run, unthrottled, and its bytes).
import lighthouse from 'lighthouse';
import { seededBrowser } from '../bench/lighthouse';
import { profiledScreen } from '../bench/lighthouse-fixture';
import { serveStatic } from '../support/static-server';

interface Item {
  [key: string]: unknown;
}
const name = process.argv[2] ?? 'results';
const screen = profiledScreen(name);
const server = await serveStatic('dist');
const browser = await seededBrowser(server.url, screen.scans);
try {
  const result = await lighthouse(server.url + screen.hash, {
    port: browser.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    disableStorageReset: true,
  });
  if (!result) throw new Error('no result');
  const { audits, categories } = result.lhr;
  const ms = (v: unknown) => `${Math.round(Number(v))} ms`;
  const items = (id: string) => (audits[id]?.details as { items?: Item[] } | undefined)?.items ?? [];
  console.log(`${name}: performance ${Math.round((categories.performance?.score ?? 0) * 100)}`);
  console.log(
    `FCP ${ms(audits['first-contentful-paint']?.numericValue)}, LCP ${ms(audits['largest-contentful-paint']?.numericValue)}, ` +
      `TBT ${ms(audits['total-blocking-time']?.numericValue)}, ` +
      `CLS ${Number(audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}`,
  );
  console.log('\nMain-thread work by category:');
  for (const i of items('mainthread-work-breakdown'))
    console.log(`  ${String(i.groupLabel)}: ${ms(i.duration)}`);
  console.log('\nScript evaluation per file (scripting, parse and compile):');
  for (const i of items('bootup-time'))
    console.log(
      `  ${String(i.url).replace(server.url, '')}: ${ms(i.scripting)} + ${ms(i.scriptParseCompile)}`,
    );
  console.log('\nLong tasks (start, duration, attributed to):');
  for (const i of items('long-tasks'))
    console.log(`  ${ms(i.startTime)} ${ms(i.duration)} ${String(i.url).replace(server.url, '')}`);
  console.log('\nRequests (start, end, bytes transferred):');
  for (const i of items('network-requests'))
    console.log(
      `  ${ms(i.networkRequestTime)} ${ms(i.networkEndTime)} ${String(i.transferSize)} ${String(i.url).replace(server.url, '')}`,
    );
} finally {
  await browser.close();
  await server.close();
}
