import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useAssessmentsStore } from '../../../src/stores/assessments';
import { useLibraryStore } from '../../../src/stores/library';
import { configureStorage } from '../../../src/storage/context';
import { CONTENT_VERSION } from '../../../src/content/version';
import { assessmentKey } from '../../support/storage-keys';

const FILE = readFileSync('tests/fixtures/content-2024.1.pgascan.json', 'utf8');
const old = JSON.parse(FILE).assessment as { id: string; updatedAt: string };
const key = assessmentKey(old.id);

describe('a scan saved with checklist 2024.1, opened after the update', () => {
  beforeEach(() => {
    localStorage.clear();
    configureStorage(localStorage);
    setActivePinia(createPinia());
  });

  it('opens with one notice of what changed, and is kept on the new checklist at once', () => {
    localStorage.setItem(key, JSON.stringify(old));
    const store = useAssessmentsStore();
    expect(store.open(old.id)).toBe(true);
    expect(store.contentNotice).toEqual({
      from: '2024.1',
      to: CONTENT_VERSION,
      renamed: 3,
      merged: 5,
      removed: 1,
      split: 1,
    });
    const saved = JSON.parse(localStorage.getItem(key) ?? '{}');
    expect(saved.contentVersion).toBe(CONTENT_VERSION);
    expect(saved.updatedAt).toBe(old.updatedAt);
    expect(saved.retired).toHaveLength(2);
    // Opened again, nothing is left to upgrade: the notice does not come back.
    setActivePinia(createPinia());
    const again = useAssessmentsStore();
    again.open(old.id);
    expect(again.contentNotice).toBeNull();
  });

  it('imports the old file as a new scan and reports the update with it', () => {
    const library = useLibraryStore();
    library.refresh();
    const outcome = library.importText(FILE, FILE.length);
    expect(outcome.kind).toBe('imported');
    expect(outcome.kind === 'imported' && outcome.upgrade?.merged).toBe(5);
    expect(JSON.parse(localStorage.getItem(key) ?? '{}').answers['mon-impasse-afspraak'].level).toBe(2);
  });
});
