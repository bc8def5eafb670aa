// Scan texts and files the harness feeds the app: an old-style library for the one-time move, scans from the
// previous checklist for the content upgrade, scan files to import, partner files for a workshop.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { createAssessment } from '../../../src/domain/assessment';
import { exportFile } from '../../../src/domain/file-format';
import type { Assessment } from '../../../src/domain/types';
import type { Random } from './random';

const now = new Date('2026-11-29T10:00:00Z');
const OLD = JSON.parse(readFileSync('tests/fixtures/content-2024.1.pgascan.json', 'utf8')) as {
  assessment: { id: string; title: string };
};

/** 32 hex digits, as the app's own ids. */
const hexId = (random: Random) => Array.from({ length: 32 }, () => random.int(0, 15).toString(16)).join('');

export function newScan(random: Random, title: string): Assessment {
  return {
    ...createAssessment({ title, region: 'Regio Crash', date: '2026-11-29' }, CHECKLIST.version, now),
    id: hexId(random),
  };
}

/** A scan kept by the previous checklist (2024.1), as JSON text under a fresh id and title. */
export function oldScanText(random: Random, title: string): { id: string; raw: string } {
  const id = hexId(random);
  return { id, raw: JSON.stringify({ ...OLD.assessment, id, title }) };
}

/** A scan file to import. */
export async function scanFile(dir: string, scan: Assessment): Promise<string> {
  const path = join(dir, `${scan.id}.pgascan.json`);
  await writeFile(path, exportFile(scan, now));
  return path;
}

const PARTNERS = [
  { organisation: 'Politie Midden-Nederland', role: 'politie', domain: 'veiligheid' },
  { organisation: 'Gemeente OOV', role: 'gemeente-oov', domain: 'veiligheid' },
  { organisation: 'GGZ Centraal', role: 'ggz', domain: 'sociaal' },
] as const;

/** Three partners' own scans, each with a few levels, under fresh ids. */
export async function partnerFiles(dir: string, random: Random): Promise<string[]> {
  return Promise.all(
    PARTNERS.map(async (p, i) => {
      const scan = newScan(random, `Scan ${p.organisation}`);
      scan.participants = [{ id: 'self', name: '', ...p }];
      for (const q of ['weg-manier', 'doel-concreet', 'sig-kennis'])
        scan.answers[q] = { level: random.pick([1, 2, 3, 4, 5] as const), note: '' };
      const path = join(dir, `${scan.id}-${i}-${p.role}.pgascan.json`);
      await writeFile(path, exportFile(scan, now));
      return path;
    }),
  );
}
