import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { CONTENT_VERSION } from '../../../src/content/version';
import { allQuestions } from '../../../src/domain/content-index';
import { lowerAnswer } from '../../../src/domain/content-upgrade';
import { decodeStored, parseImport } from '../../../src/domain/file-format';
import type { Answer, Assessment } from '../../../src/domain/types';
import { joinSession, readScan } from '../../support/old-scan';
import { MERGED_IN_2024_4 } from '../../support/merged-2024-4';
import { addedSince } from '../../support/added-since';

const FILE = readFileSync('tests/fixtures/content-2024.3.pgascan.json', 'utf8');
const old = (JSON.parse(FILE) as { assessment: Assessment }).assessment;
const ADDED = addedSince('2024.3');
/** Today's questions that a 2024.3 scan answers: all but those added since, which start unanswered. */
const current = new Set(
  allQuestions(CHECKLIST)
    .map((r) => r.question.id)
    .filter((id) => !ADDED.has(id)),
);

const MERGED: Record<string, string> = Object.fromEntries(MERGED_IN_2024_4);

describe('a scan made with checklist 2024.3', () => {
  it('is a full 2024.3 scan: all 65 questions answered and noted', () => {
    expect(old.contentVersion).toBe('2024.3');
    expect(Object.keys(old.answers)).toHaveLength(65);
    for (const [id, a] of Object.entries(old.answers)) expect(a.note, id).not.toBe('');
  });

  it('imports with one notice: five questions merged, none renamed or removed', () => {
    const result = parseImport(FILE, FILE.length);
    expect(result.ok && result.upgrade).toEqual({
      from: '2024.3',
      to: CONTENT_VERSION,
      renamed: 0,
      merged: 5,
      removed: 0,
      split: 1,
    });
    const a = readScan(FILE);
    expect(Object.keys(a.answers).sort()).toEqual([...current].sort());
    expect(a.retired).toEqual([]);
  });

  it('keeps the lower level and every note where questions met, in the order of the old checklist', () => {
    const a = readScan(FILE);
    for (const target of new Set(Object.values(MERGED))) {
      const from = Object.keys(MERGED).filter((id) => MERGED[id] === target);
      const all = [target, ...from].map((id) => old.answers[id] as Answer);
      expect(a.answers[target], target).toEqual({
        level: all.map((x) => x.level).reduce(lowerAnswer),
        note: all.map((x) => x.note).join('\n\n'),
        mergedFrom: from,
      });
    }
    for (const id of current)
      if (!Object.values(MERGED).includes(id)) expect(a.answers[id]).toEqual(old.answers[id]);
  });

  it('does the same for the partner scans, and keeps the target’s own show of hands', () => {
    const a = readScan(FILE);
    const source = a.workshop.sources[0];
    for (const id of Object.keys(source?.answers ?? {})) expect(current.has(id), id).toBe(true);
    for (const [id, target] of Object.entries(MERGED)) {
      expect(a.workshop.tallies).not.toHaveProperty(id);
      expect(a.workshop.tallies[target]).toEqual(old.workshop.tallies[target]);
    }
  });

  it('opens from browser storage the same way, needs no second upgrade, and joins a session whole', () => {
    const stored = decodeStored(JSON.stringify(old));
    expect(stored.ok && stored.assessment).toEqual(readScan(FILE));
    const again = decodeStored(JSON.stringify(readScan(FILE)));
    expect(again.ok && again.upgrade).toBeUndefined();
    const added = joinSession(readScan(FILE), '2026-12-02');
    expect(added.ignored).toBe(0);
    expect(Object.keys(added.workshop.sources[0]?.answers ?? {})).toHaveLength(current.size);
  });
});
