// The suite for a fixture of a content version whose successor kept every question id (2024.5 onwards): the scan
// opens, imports and joins a session whole, without a notice (content-upgrade-2024-*.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import { CONTENT_VERSION } from '../../src/content/version';
import { allQuestions } from '../../src/domain/content-index';
import { decodeStored, parseImport } from '../../src/domain/file-format';
import type { Assessment } from '../../src/domain/types';
import { expectSessionDataKept, joinSession, readScan } from './old-scan';

/** `changed`: the questions the next version touched (written out by hand in each test, not read from the
 *  migrations), named as `what` in the test title; each must carry a note in the fixture. */
export function describeSameIdUpgrade(version: string, changed: readonly string[], what: string): void {
  const FILE = readFileSync(`tests/fixtures/content-${version}.pgascan.json`, 'utf8');
  const old = (JSON.parse(FILE) as { assessment: Assessment }).assessment;
  describe(`a scan made with checklist ${version}`, () => {
    it(`is a full ${version} scan: all 61 questions answered and noted, the ${what} among them`, () => {
      expect(old.contentVersion).toBe(version);
      expect(Object.keys(old.answers)).toHaveLength(61);
      for (const id of changed) expect(old.answers[id]?.note, id).not.toBe('');
    });

    it('imports as the current version without a notice, every answer and note in place', () => {
      const result = parseImport(FILE, FILE.length);
      expect(result.ok && result.upgrade).toBeUndefined();
      const a = readScan(FILE);
      expect(a.contentVersion).toBe(CONTENT_VERSION);
      expect(CONTENT_VERSION).not.toBe(version);
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
}
