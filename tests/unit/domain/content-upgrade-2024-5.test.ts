import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { CONTENT_VERSION } from '../../../src/content/version';
import { allQuestions } from '../../../src/domain/content-index';
import { decodeStored, parseImport } from '../../../src/domain/file-format';
import type { Assessment } from '../../../src/domain/types';
import { expectSessionDataKept, joinSession, readScan } from '../../support/old-scan';

const FILE = readFileSync('tests/fixtures/content-2024.5.pgascan.json', 'utf8');
const old = (JSON.parse(FILE) as { assessment: Assessment }).assessment;
// Written out by hand, not read from content-migrations.ts: 2024.6 reworded seven questions with the same meaning,
// so every id, answer and note stays where it was, and nothing needs a notice.
const REWORDED = [
  'sig-online-training',
  'sig-veiligheidsbeeld',
  'weg-toegerust',
  'dui-rechtmatig',
  'not-transparant',
  'sam-rollen',
  'int-format-overleg',
];

describe('a scan made with checklist 2024.5', () => {
  it('is a full 2024.5 scan: all 61 questions answered and noted, the reworded ones among them', () => {
    expect(old.contentVersion).toBe('2024.5');
    expect(Object.keys(old.answers)).toHaveLength(61);
    for (const id of REWORDED) expect(old.answers[id]?.note, id).not.toBe('');
  });

  it('imports as the current version without a notice, every answer and note in place', () => {
    const result = parseImport(FILE, FILE.length);
    expect(result.ok && result.upgrade).toBeUndefined();
    const a = readScan(FILE);
    expect(a.contentVersion).toBe(CONTENT_VERSION);
    expect(CONTENT_VERSION).not.toBe('2024.5');
    expect(a.answers).toEqual(old.answers);
    expect(a.retired).toEqual([]);
    expect(
      allQuestions(CHECKLIST)
        .map((r) => r.question.id)
        .sort(),
    ).toEqual(Object.keys(old.answers).sort());
    expect(a.baseline?.answers).toEqual(old.baseline?.answers);
  });

  it('keeps the partner scans, shows of hands and actions, and opens from storage the same way', () => {
    const a = readScan(FILE);
    expectSessionDataKept(a, old);
    const stored = decodeStored(JSON.stringify(old));
    expect(stored.ok && stored.assessment).toEqual(a);
    expect(stored.ok && stored.upgrade).toBeUndefined();
  });

  it('joins a session whole', () => {
    const added = joinSession(readScan(FILE), '2026-12-07');
    expect(added.ignored).toBe(0);
    expect(Object.keys(added.workshop.sources[0]?.answers ?? {}).sort()).toEqual(
      Object.keys(old.answers).sort(),
    );
  });
});
