// Helpers for the tests that open a scan made with an older checklist version (content-upgrade-2024-*.test.ts).
import { expect } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import { CONTENT_VERSION } from '../../src/content/version';
import { createAssessment } from '../../src/domain/assessment';
import { parseImport } from '../../src/domain/file-format';
import { addSource } from '../../src/domain/session-sources';
import type { Assessment } from '../../src/domain/types';

/** Reads an exported file as an import does, or fails the test with the reason. */
export function readScan(text: string): Assessment {
  const result = parseImport(text, text.length);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.assessment;
}

/** Adds the scan as a partner file to a new facilitator's session on the current checklist. */
export function joinSession(scan: Assessment, date: string): ReturnType<typeof addSource> {
  const facilitator = createAssessment(
    { title: 'Sessie', region: 'Regio', date },
    CONTENT_VERSION,
    new Date(),
  );
  return addSource(CHECKLIST, facilitator, scan, new Date());
}

/** A scan read on the current checklist keeps its partner scans (now on the current version), their answers and
 *  notes, its shows of hands and its actions. */
export function expectSessionDataKept(now: Assessment, old: Assessment): void {
  expect(now.workshop.sources.map((s) => s.contentVersion)).toEqual(
    old.workshop.sources.map(() => CONTENT_VERSION),
  );
  expect(now.workshop.sources.map((s) => s.answers)).toEqual(old.workshop.sources.map((s) => s.answers));
  expect(now.workshop.sources.map((s) => s.notes)).toEqual(old.workshop.sources.map((s) => s.notes));
  expect(now.workshop.tallies).toEqual(old.workshop.tallies);
  expect(now.actions).toEqual(old.actions);
}
