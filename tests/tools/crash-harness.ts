// Kills the browser mid-save, again and again, and checks that nothing reported as saved is lost.
//   npx tsx tests/tools/crash-harness.ts --kills 500 [--seed N] [--browser chromium|firefox]
// Needs the built app (npx vite build). Prints the figures; exits 1 on any loss, corruption or resurrection.
import { parseArgs } from 'node:util';
import { serveStatic } from '../support/static-server';
import { launchChromium } from '../support/crash/chromium';
import { launchFirefox } from '../support/crash/firefox';
import { runHarness, summary } from '../support/crash/harness';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '20' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    browser: { type: 'string', default: 'chromium' },
    quiet: { type: 'boolean', default: false },
  },
});
const server = await serveStatic('dist');
try {
  const firefox = values.browser === 'firefox';
  const figures = await runHarness({
    appUrl: server.url,
    launch: firefox ? launchFirefox : launchChromium,
    kills: Number(values.kills),
    seed: Number(values.seed),
    log: values.quiet ? undefined : (line) => console.log(line),
  });
  console.log(summary(values.browser, figures));
  process.exitCode = figures.findings.length > 0 ? 1 : 0;
} finally {
  await server.close();
}
