// `npm run size`: what the start page must download (JS and CSS, gzip) against its budget, and proof that
// Chart.js, jsPDF, docx and the QR code stay out of it and out of the chunk every scan screen loads. Reads the
// production build in dist/.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 120;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const linked = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
// main.ts also awaits the texts of the default language (Dutch) before the first render; index.html preloads
// them, so they may be linked already: count each file once.
const locale = readdirSync(join(dist, 'assets'))
  .filter((f) => /^nl-[\w-]+\.js$/.test(f))
  .map((f) => `assets/${f}`);
const start = [...new Set([...linked, ...locale])];
const kb = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
// Strings that survive minification: Chart.js's radial scale id, jsPDF's AcroForm plugin, docx's WordprocessingML
// namespace, the QR encoder's mode name, the QR decoder's character set table and fflate's error text.
const MARKERS = {
  'Chart.js': 'radialLinear',
  jsPDF: 'AcroForm',
  docx: 'wordprocessingml/2006/main',
  'QR encoder': 'alphanumeric',
  'QR decoder': 'iso-8859-13',
  fflate: 'unexpected EOF',
};

let failed = false;
const total = start.reduce((sum, f) => sum + kb(f), 0);
console.log('Start page (index.html and what it loads before any interaction):');
for (const f of start) console.log(`  ${kb(f).toFixed(1).padStart(7)} KB  ${f}`);
for (const [lib, marker] of Object.entries(MARKERS)) {
  const inStart = start.filter((f) => readFileSync(join(dist, f), 'utf8').includes(marker));
  if (inStart.length) {
    failed = true;
    console.log(`FAIL  ${lib} is in the start page: ${inStart.join(', ')}`);
  } else console.log(`PASS  ${lib} is not in the start page`);
}
// Every scan screen loads the chunk of the modules the screens share (vite.config.ts, codeSplitting): the heavy
// libraries must stay out of it too, loaded only by the exports, the charts and the room.
const shared = readdirSync(join(dist, 'assets'))
  .filter((f) => /^screens-[\w-]+\.js$/.test(f))
  .map((f) => `assets/${f}`);
if (shared.length === 0) {
  failed = true;
  console.log("FAIL  no chunk of the screens' shared modules (assets/screens-*.js)");
}
for (const [lib, marker] of Object.entries(MARKERS)) {
  const inShared = shared.filter((f) => readFileSync(join(dist, f), 'utf8').includes(marker));
  if (inShared.length) {
    failed = true;
    console.log(`FAIL  ${lib} is in the screens' shared chunk: ${inShared.join(', ')}`);
  } else console.log(`PASS  ${lib} is not in the screens' shared chunk`);
}
const pass = total <= BUDGET_KB;
failed ||= !pass;
console.log(
  `${pass ? 'PASS' : 'FAIL'}  start page JS+CSS: ${total.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`,
);
const lazy = readdirSync(join(dist, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => /\.(js|css)$/.test(f) && !start.includes(f))
  .map((f) => ({ f, size: kb(f) }))
  .sort((a, b) => b.size - a.size);
console.log('Loaded later, largest first:');
for (const { f, size } of lazy.slice(0, 6)) console.log(`  ${size.toFixed(1).padStart(7)} KB  ${f}`);
try {
  const single = readFileSync('dist-single/pga-zelfscan.html');
  console.log(
    `Single file: ${(single.length / 1024).toFixed(0)} KB, ${(gzipSync(single).length / 1024).toFixed(0)} KB gzip`,
  );
} catch {
  console.log('Single file: not built (vite build --mode single)');
}
process.exit(failed ? 1 : 0);
