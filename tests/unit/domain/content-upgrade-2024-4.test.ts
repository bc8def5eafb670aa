import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { CONTENT_VERSION } from '../../../src/content/version';
import { allQuestions } from '../../../src/domain/content-index';
import { decodeStored, parseImport } from '../../../src/domain/file-format';
import type { Assessment } from '../../../src/domain/types';
import { expectSessionDataKept, joinSession, readScan } from '../../support/old-scan';

const FILE = readFileSync('tests/fixtures/content-2024.4.pgascan.json', 'utf8');
const old = (JSON.parse(FILE) as { assessment: Assessment }).assessment;
// Written out by hand, not read from content-migrations.ts, which this checks: 2024.5 split the question on
// information per phase; the old id keeps its answer (who shares) and the new one (who keeps) starts unanswered.
const SPLIT = 'geg-per-fase';
const NEW = 'geg-bewaren';

describe('a scan made with checklist 2024.4', () => {
  it('is a full 2024.4 scan: all 60 questions answered and noted', () => {
    expect(old.contentVersion).toBe('2024.4');
    expect(Object.keys(old.answers)).toHaveLength(60);
    expect(old.answers).not.toHaveProperty(NEW);
    for (const [id, a] of Object.entries(old.answers)) expect(a.note, id).not.toBe('');
  });

  it('imports with one notice: one question split, nothing renamed, merged or removed', () => {
    const result = parseImport(FILE, FILE.length);
    expect(result.ok && result.upgrade).toEqual({
      from: '2024.4',
      to: CONTENT_VERSION,
      renamed: 0,
      merged: 0,
      removed: 0,
      split: 1,
    });
  });

  it('keeps every answer and note where it was, and leaves the new question unanswered', () => {
    const a = readScan(FILE);
    expect(a.answers).toEqual(old.answers);
    expect(a.answers[SPLIT]).toEqual(old.answers[SPLIT]);
    expect(a.answers).not.toHaveProperty(NEW);
    expect(a.retired).toEqual([]);
    const now = allQuestions(CHECKLIST).map((r) => r.question.id);
    expect(now.filter((id) => !(id in a.answers))).toEqual([NEW]);
    expect(a.baseline?.answers).toEqual(old.baseline?.answers);
  });

  it('keeps the partner scans, notes and shows of hands as they were', () => {
    expectSessionDataKept(readScan(FILE), old);
  });

  it('opens from browser storage the same way, needs no second upgrade, and joins a session whole', () => {
    const stored = decodeStored(JSON.stringify(old));
    expect(stored.ok && stored.assessment).toEqual(readScan(FILE));
    expect(stored.ok && stored.upgrade).toMatchObject({ split: 1 });
    const again = decodeStored(JSON.stringify(readScan(FILE)));
    expect(again.ok && again.upgrade).toBeUndefined();
    const added = joinSession(readScan(FILE), '2026-12-06');
    expect(added.ignored).toBe(0);
    expect(Object.keys(added.workshop.sources[0]?.answers ?? {}).sort()).toEqual(
      Object.keys(old.answers).sort(),
    );
  });
});
