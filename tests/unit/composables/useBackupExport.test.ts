import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { useBackupExport } from '../../../src/composables/useBackupExport';
import { useAssessmentsStore } from '../../../src/stores/assessments';
import { useLibraryStore } from '../../../src/stores/library';
import { configureStorage } from '../../../src/storage/context';
import { createAssessment } from '../../../src/domain/assessment';
import { CHECKLIST } from '../../../src/content/pga-2024';
import type { Assessment } from '../../../src/domain/types';
import { MemoryStorage } from '../../support/memory-storage';
import { assessmentKey } from '../../support/storage-keys';
import { setupInApp } from '../../support/composable';

const made = new Date('2026-11-28T10:00:00Z');
const NOW = new Date('2027-01-02T08:30:00Z');
const scan = (title: string, date = '2026-11-28'): Assessment =>
  createAssessment({ title, region: 'Regio', date }, CHECKLIST.version, made);

/** What the browser was asked to download: the file's name and its text. */
interface Download {
  name: string;
  text: Promise<string>;
}
let downloads: Download[];
let storage: MemoryStorage;
let mounted: VueWrapper | undefined;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  storage = new MemoryStorage();
  configureStorage(storage);
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    downloads.push({ name: this.download, text: blob ? blob.text() : Promise.resolve('') });
  });
});
afterEach(() => {
  mounted?.unmount();
  vi.useRealTimers();
});

function keep(...scans: Assessment[]) {
  for (const s of scans) storage.setItem(assessmentKey(s.id), JSON.stringify(s));
}
const stored = (id: string): Assessment =>
  JSON.parse(storage.getItem(assessmentKey(id)) ?? 'null') as Assessment;

async function exporter(locale: 'nl' | 'en' = 'nl') {
  const run = await setupInApp(() => useBackupExport(), '/', locale);
  mounted = run.wrapper;
  const library = useLibraryStore();
  library.refresh();
  return { ...run.result, library, assessments: useAssessmentsStore() };
}

describe('useBackupExport: one scan', () => {
  it('downloads the scan as its own file, carrying the time of the export', async () => {
    const a = scan('Zelfscan Ëindhoven 2026');
    keep(a);
    const { exportScan } = await exporter();
    exportScan(a);
    expect(downloads.map((d) => d.name)).toEqual(['zelfscan-eindhoven-2026-2026-11-28.pgascan.json']);
    const file = JSON.parse(await downloads[0]!.text) as { exportedAt: string; assessment: Assessment };
    expect(file.exportedAt).toBe(NOW.toISOString());
    expect(file.assessment).toEqual({ ...a, backedUpAt: NOW.toISOString() });
  });

  it("keeps the time as the scan's last backup, in the browser and in the library, without an edit", async () => {
    const a = scan('A');
    const b = scan('B');
    keep(a, b);
    const { exportScan, library } = await exporter();
    exportScan(a);
    expect(stored(a.id).backedUpAt).toBe(NOW.toISOString());
    expect(stored(a.id).updatedAt).toBe(a.updatedAt);
    expect(stored(b.id).backedUpAt).toBeUndefined();
    expect(library.list.find((s) => s.id === a.id)?.backedUpAt).toBe(NOW.toISOString());
  });

  it('marks the open scan too', async () => {
    const a = scan('A');
    keep(a);
    const { exportScan, assessments } = await exporter();
    assessments.open(a.id);
    exportScan(a);
    expect(assessments.current?.backedUpAt).toBe(NOW.toISOString());
  });
});

describe('useBackupExport: the whole library', () => {
  it('downloads every scan in one library file and says how many', async () => {
    const a = scan('A');
    const b = scan('B');
    keep(a, b);
    const { exportAll } = await exporter();
    expect(exportAll()).toBe(2);
    expect(downloads.map((d) => d.name)).toEqual(['alle-zelfscans-2027-01-02.pgascan.json']);
    const file = JSON.parse(await downloads[0]!.text) as {
      kind: string;
      exportedAt: string;
      assessments: Assessment[];
    };
    expect(file.kind).toBe('library');
    expect(file.exportedAt).toBe(NOW.toISOString());
    expect(file.assessments.map((s) => [s.id, s.backedUpAt]).sort()).toEqual(
      [a.id, b.id].map((id) => [id, NOW.toISOString()]).sort(),
    );
  });

  it('names the file in the interface language', async () => {
    keep(scan('A'));
    const { exportAll } = await exporter('en');
    exportAll();
    expect(downloads.map((d) => d.name)).toEqual(['all-self-assessments-2027-01-02.pgascan.json']);
  });

  it("keeps the time as every scan's last backup", async () => {
    const a = scan('A');
    const b = scan('B');
    keep(a, b);
    const { exportAll, library } = await exporter();
    exportAll();
    expect([stored(a.id).backedUpAt, stored(b.id).backedUpAt]).toEqual([
      NOW.toISOString(),
      NOW.toISOString(),
    ]);
    expect(library.list.map((s) => s.backedUpAt)).toEqual([NOW.toISOString(), NOW.toISOString()]);
  });

  it('exports an empty library as an empty file', async () => {
    const { exportAll } = await exporter();
    expect(exportAll()).toBe(0);
    const file = JSON.parse(await downloads[0]!.text) as { assessments: Assessment[] };
    expect(file.assessments).toEqual([]);
  });
});
