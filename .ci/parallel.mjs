// Runs npm scripts side by side, as many at a time as the machine has cores, in the order given (longest first
// packs best). ESLint, vue-tsc and Prettier each use one core: one after another they left the second core idle
// for a minute and a half of every CI run. Each script's output is printed whole when it ends, not interleaved.
// Exits non-zero when any script failed, after all have ended.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const scripts = process.argv.slice(2);
const slots = Math.max(1, Math.min(availableParallelism(), scripts.length));
const failed = [];
const started = Date.now();

function run(name) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      process.stdout.write(`\n> ${name}: ${code === 0 ? 'ok' : `failed (${code})`} in ${seconds} s\n`);
      process.stdout.write(Buffer.concat(output));
      if (code !== 0) failed.push(name);
      resolve();
    });
  });
}

const queue = [...scripts];
async function worker() {
  for (let name = queue.shift(); name; name = queue.shift()) await run(name);
}
await Promise.all(Array.from({ length: slots }, worker));
console.log(`\n${scripts.length} scripts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failed.length > 0) {
  console.error(`failed: ${failed.join(', ')}`);
  process.exit(1);
}
