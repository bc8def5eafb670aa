import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { configureStorage } from '../../../src/storage/context';
import { createLocalRepository } from '../../../src/storage/local-repository';
import { useFileLinksStore } from '../../../src/stores/file-links';
import { createAssessment } from '../../../src/domain/assessment';
import { CHECKLIST } from '../../../src/content/pga-2024';
import type { Assessment } from '../../../src/domain/types';
import { MemoryStorage } from '../../support/memory-storage';

// The links' own IndexedDB store holds real FileSystemFileHandles, which a fake handle cannot pass through
// structured cloning; the store under test only needs somewhere to keep them, so it gets a Map.
const links = vi.hoisted(() => ({
  kept: new Map<string, unknown>(),
  openFails: false,
  putFails: false,
  removed: [] as string[],
}));
vi.mock('../../../src/storage/file-links', () => ({
  openLinkedFiles: async () => {
    if (links.openFails) throw new DOMException('refused', 'InvalidStateError');
    return {
      all: async () => new Map(links.kept),
      put: async (id: string, handle: unknown) => {
        if (links.putFails) throw new DOMException('full', 'QuotaExceededError');
        links.kept.set(id, handle);
      },
      remove: async (id: string) => {
        links.removed.push(id);
        links.kept.delete(id);
      },
    };
  },
}));

type Permission = 'granted' | 'prompt' | 'denied';
/** A promise and its resolve, to hold a write half-way. */
function gate() {
  let open: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (open = resolve));
  return { closed, open };
}

/** A file the user picked: what was written to it, its permission, and ways to make a write fail or wait. */
class FakeHandle {
  written: string[] = [];
  permission: Permission = 'granted';
  answer: Permission = 'granted';
  asked = 0;
  fail: Error | null = null;
  /** Each write waits for the next of these, in turn; a write with none left goes at once. */
  holds: Promise<void>[] = [];
  /** Likewise for each question about permission, and how many were asked. */
  queryHolds: Promise<void>[] = [];
  queried = 0;
  constructor(readonly name: string) {}
  async queryPermission() {
    this.queried++;
    const hold = this.queryHolds.shift();
    if (hold) await hold;
    return this.permission;
  }
  async requestPermission() {
    this.asked++;
    this.permission = this.answer;
    return this.answer;
  }
  async createWritable() {
    let text = '';
    return {
      write: async (chunk: string) => {
        const hold = this.holds.shift();
        if (hold) await hold;
        if (this.fail) throw this.fail;
        text = chunk;
      },
      close: async () => void this.written.push(text),
      abort: async () => undefined,
    };
  }
}
const asHandle = (h: FakeHandle) => h as unknown as FileSystemFileHandle;

const NOW = new Date('2027-02-03T04:05:06Z');
const now = new Date('2026-11-28T10:00:00Z');
let storage: MemoryStorage;
let picker: ReturnType<typeof vi.fn<(options: { suggestedName: string }) => Promise<FileSystemFileHandle>>>;
let written: [string, string][];

function scanOf(title: string): Assessment {
  const a = createAssessment({ title, region: 'Regio', date: '2026-11-28' }, CHECKLIST.version, now);
  storage.setItem(`pga-zelfscan:assessment:${a.id}`, JSON.stringify(a));
  return a;
}
const version = (scan: Assessment, n: number): Assessment => ({ ...scan, title: `${scan.title} v${n}` });
/** The scans a handle was given, by their titles, from the files' own text. */
const titles = (h: FakeHandle) =>
  h.written.map((text) => (JSON.parse(text) as { assessment: Assessment }).assessment.title);

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  storage = new MemoryStorage();
  configureStorage(storage, { ...createLocalRepository(storage), kind: 'indexeddb' });
  links.kept.clear();
  links.openFails = false;
  links.putFails = false;
  links.removed = [];
  picker = vi.fn();
  vi.stubGlobal('isSecureContext', true);
  vi.stubGlobal('showSaveFilePicker', picker);
  vi.stubGlobal('FileSystemFileHandle', FakeHandle);
  vi.stubGlobal('indexedDB', {});
  setActivePinia(createPinia());
  written = [];
  reported = [];
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The link's state each time a write was reported, as the save status would show it then. */
let reported: (string | undefined)[];
async function loaded() {
  const store = useFileLinksStore();
  await store.load((id, at) => {
    written.push([id, at]);
    reported.push(store.status.get(id)?.state);
  });
  return store;
}
/** A store with `scan` linked to a new file, picked and written once already. */
async function linked(scan: Assessment, name = 'scan.pgascan.json') {
  const handle = new FakeHandle(name);
  picker.mockResolvedValueOnce(asHandle(handle));
  const store = await loaded();
  expect(await store.link(scan, 'Zelfscan')).toBe('linked');
  handle.written = [];
  written = [];
  reported = [];
  return { store, handle };
}

describe('file links: where they work', () => {
  it('are not offered before the kept links have been read', () => {
    expect(useFileLinksStore().supported).toBe(false);
  });

  it('works with the picker, in a secure context, over IndexedDB', async () => {
    expect((await loaded()).supported).toBe(true);
  });

  it.each([
    ['without the picker', () => vi.stubGlobal('showSaveFilePicker', undefined)],
    ['outside a secure context', () => vi.stubGlobal('isSecureContext', false)],
    [
      'without writable file handles',
      () => vi.stubGlobal('FileSystemFileHandle', function ReadOnlyHandle() {}),
    ],
    ['where scans are kept in localStorage', () => configureStorage(storage, createLocalRepository(storage))],
    ['where the link store cannot open', () => (links.openFails = true)],
  ])('does not work %s', async (_, setUp) => {
    setUp();
    links.kept.set('x', new FakeHandle('x.json'));
    const store = await loaded();
    expect(store.supported).toBe(false);
    expect(store.status.size).toBe(0);
  });

  it('cannot link a scan where they do not work', async () => {
    vi.stubGlobal('showSaveFilePicker', undefined);
    const store = await loaded();
    expect(await store.link(scanOf('A'), 'Zelfscan')).toBe('cancelled');
    vi.stubGlobal('showSaveFilePicker', picker);
    picker.mockResolvedValueOnce(asHandle(new FakeHandle('a.json')));
    expect(await store.link(scanOf('B'), 'Zelfscan')).toBe('failed');
  });
});

describe('file links: kept from an earlier visit', () => {
  it('are written while access holds, and wait for a click where it lapsed', async () => {
    const a = scanOf('A');
    const b = scanOf('B');
    const lapsed = new FakeHandle('b.json');
    lapsed.permission = 'prompt';
    links.kept.set(a.id, new FakeHandle('a.json'));
    links.kept.set(b.id, lapsed);
    const store = await loaded();
    expect(store.status.get(a.id)).toEqual({ name: 'a.json', state: 'written' });
    expect(store.status.get(b.id)).toEqual({ name: 'b.json', state: 'needs-permission' });
    expect(lapsed.asked).toBe(0);
  });

  it('take a save made while they are still being read', async () => {
    const a = scanOf('A');
    const handle = new FakeHandle('a.json');
    const held = gate();
    handle.queryHolds = [held.closed];
    links.kept.set(a.id, handle);
    const loading = loaded();
    // The link is known, its permission not yet.
    await vi.waitFor(() => expect(handle.queried).toBe(1));
    const store = useFileLinksStore();
    store.mirror(version(a, 1));
    held.open();
    await loading;
    await store.settled();
    expect(titles(handle)).toEqual(['A v1']);
    expect(store.status.get(a.id)?.state).toBe('written');
  });

  it('keep the outcome of a write made while they are still being read', async () => {
    // Reading the permission must not overwrite what a write during that wait found: a failed write stays failed.
    const a = scanOf('A');
    const handle = new FakeHandle('a.json');
    const held = gate();
    handle.queryHolds = [held.closed];
    handle.fail = new Error('disk full');
    links.kept.set(a.id, handle);
    const loading = loaded();
    await vi.waitFor(() => expect(handle.queried).toBe(1));
    const store = useFileLinksStore();
    store.mirror(version(a, 1));
    await vi.waitFor(() => expect(store.status.get(a.id)?.state).toBe('failed'));
    held.open();
    await loading;
    await store.settled();
    expect(store.status.get(a.id)?.state).toBe('failed');
  });

  it('take the next save of their scan to its file', async () => {
    const a = scanOf('A');
    const handle = new FakeHandle('a.json');
    links.kept.set(a.id, handle);
    const store = await loaded();
    store.mirror(version(a, 1));
    await store.settled();
    expect(titles(handle)).toEqual(['A v1']);
  });

  it('are dropped with a scan deleted since', async () => {
    const a = scanOf('A');
    links.kept.set(a.id, new FakeHandle('a.json'));
    links.kept.set('deleted-scan', new FakeHandle('gone.json'));
    const store = await loaded();
    expect([...store.status.keys()]).toEqual([a.id]);
    expect(links.removed).toEqual(['deleted-scan']);
    store.mirror({ ...a, id: 'deleted-scan' });
    await store.settled();
    expect(written).toEqual([]);
  });
});

describe('file links: linking', () => {
  it('suggests a name from the title and date, and writes the scan there at once', async () => {
    const a = scanOf('Zelfscan Utrecht');
    const handle = new FakeHandle('mijn-scan.pgascan.json');
    picker.mockResolvedValueOnce(asHandle(handle));
    const store = await loaded();
    expect(await store.link(a, 'Zelfscan PGA')).toBe('linked');
    expect(picker).toHaveBeenCalledExactlyOnceWith({
      suggestedName: 'zelfscan-utrecht-2026-11-28.pgascan.json',
      types: [{ description: 'Zelfscan PGA', accept: { 'application/json': ['.json'] } }],
    });
    expect(links.kept.get(a.id)).toBe(handle);
    expect(store.status.get(a.id)).toEqual({ name: 'mijn-scan.pgascan.json', state: 'written' });
    expect(written).toEqual([[a.id, NOW.toISOString()]]);
    const file = JSON.parse(handle.written[0] ?? '{}') as { exportedAt: string; assessment: Assessment };
    expect(handle.written).toHaveLength(1);
    expect(file.exportedAt).toBe(NOW.toISOString());
    expect(file.assessment).toEqual({ ...a, backedUpAt: NOW.toISOString() });
  });

  it('is cancelled when the user closes the picker, and nothing is kept', async () => {
    picker.mockRejectedValueOnce(new DOMException('closed', 'AbortError'));
    const store = await loaded();
    const a = scanOf('A');
    expect(await store.link(a, 'Zelfscan')).toBe('cancelled');
    expect(links.kept.size).toBe(0);
    expect(store.status.size).toBe(0);
  });

  it('fails when the picker fails, or the link cannot be kept, and nothing is written', async () => {
    const store = await loaded();
    const a = scanOf('A');
    picker.mockRejectedValueOnce(new DOMException('no', 'SecurityError'));
    expect(await store.link(a, 'Zelfscan')).toBe('failed');
    const handle = new FakeHandle('a.json');
    picker.mockResolvedValueOnce(asHandle(handle));
    links.putFails = true;
    expect(await store.link(a, 'Zelfscan')).toBe('failed');
    expect(store.status.size).toBe(0);
    expect(handle.written).toEqual([]);
    store.mirror(a);
    await store.settled();
    expect(handle.written).toEqual([]);
  });
});

describe('file links: every save', () => {
  it('is written to the file of its own scan only', async () => {
    const a = scanOf('A');
    const b = scanOf('B');
    const { store, handle } = await linked(a);
    store.mirror(version(b, 1));
    store.mirror(version(a, 1));
    await store.settled();
    expect(titles(handle)).toEqual(['A v1']);
    expect(written).toEqual([[a.id, NOW.toISOString()]]);
    expect(store.status.has(b.id)).toBe(false);
  });

  it('waits for the write under way, then writes only the newest version', async () => {
    const a = scanOf('A');
    const { store, handle } = await linked(a);
    const held = gate();
    handle.holds = [held.closed];
    store.mirror(version(a, 1));
    store.mirror(version(a, 2));
    store.mirror(version(a, 3));
    expect(store.status.get(a.id)?.state).toBe('writing');
    held.open();
    await store.settled();
    expect(titles(handle)).toEqual(['A v1', 'A v3']);
    expect(written).toHaveLength(2);
    expect(store.status.get(a.id)).toEqual({ name: 'scan.pgascan.json', state: 'written' });
  });

  it('says writing, not written, while a newer version still waits', async () => {
    const a = scanOf('A');
    const { store, handle } = await linked(a);
    const first = gate();
    const second = gate();
    handle.holds = [first.closed, second.closed];
    store.mirror(version(a, 1));
    store.mirror(version(a, 2));
    first.open();
    await vi.waitFor(() => expect(titles(handle)).toEqual(['A v1']));
    expect(store.status.get(a.id)?.state).toBe('writing');
    second.open();
    await store.settled();
    expect(reported).toEqual(['writing', 'written']);
    expect(store.status.get(a.id)?.state).toBe('written');
  });
});

describe('file links: when access lapses', () => {
  it('writes nothing, says so, and waits for the click', async () => {
    const a = scanOf('A');
    const { store, handle } = await linked(a);
    handle.permission = 'prompt';
    store.mirror(version(a, 1));
    await store.settled();
    expect(store.status.get(a.id)).toEqual({ name: 'scan.pgascan.json', state: 'needs-permission' });
    expect(handle.written).toEqual([]);
    expect(written).toEqual([]);
    // Later saves wait as well: the browser would refuse them, and asking needs a click. The save status
    // keeps saying so, never 'writing' for a moment.
    store.mirror(version(a, 2));
    expect(store.status.get(a.id)?.state).toBe('needs-permission');
    await store.settled();
    expect(handle.written).toEqual([]);
    expect(handle.asked).toBe(0);
  });

  it('writes the version of the click once access is given again', async () => {
    const a = scanOf('A');
    const { store, handle } = await linked(a);
    handle.permission = 'prompt';
    store.mirror(version(a, 1));
    await store.settled();
    await store.retry(version(a, 2));
    expect(handle.asked).toBe(1);
    expect(titles(handle)).toEqual(['A v2']);
    expect(store.status.get(a.id)?.state).toBe('written');
    expect(written).toEqual([[a.id, NOW.toISOString()]]);
  });

  it('keeps waiting when the user refuses', async () => {
    const a = scanOf('A');
    const { store, handle } = await linked(a);
    handle.permission = 'prompt';
    handle.answer = 'denied';
    await store.retry(version(a, 1));
    expect(handle.asked).toBe(1);
    expect(handle.written).toEqual([]);
    expect(store.status.get(a.id)).toEqual({ name: 'scan.pgascan.json', state: 'needs-permission' });
  });

  it('does not ask again where access still holds', async () => {
    const a = scanOf('A');
    const { store, handle } = await linked(a);
    await store.retry(version(a, 1));
    expect(handle.asked).toBe(0);
    expect(titles(handle)).toEqual(['A v1']);
  });

  it('counts a write refused for want of permission as a lapse', async () => {
    const a = scanOf('A');
    const { store, handle } = await linked(a);
    handle.fail = new DOMException('no', 'NotAllowedError');
    store.mirror(version(a, 1));
    await store.settled();
    expect(store.status.get(a.id)?.state).toBe('needs-permission');
  });
});

describe('file links: a failed write', () => {
  it('says failed, writes no more by itself, and is written again on retry', async () => {
    const a = scanOf('A');
    const { store, handle } = await linked(a);
    handle.fail = new Error('disk full');
    store.mirror(version(a, 1));
    await store.settled();
    expect(store.status.get(a.id)).toEqual({ name: 'scan.pgascan.json', state: 'failed' });
    expect(written).toEqual([]);
    handle.fail = null;
    store.mirror(version(a, 2));
    await store.settled();
    expect(handle.written).toEqual([]);
    await store.retry(version(a, 3));
    expect(titles(handle)).toEqual(['A v3']);
    expect(store.status.get(a.id)?.state).toBe('written');
  });
});

describe('file links: unlinking', () => {
  it('stops writing, forgets the link, and leaves the file as it is', async () => {
    const a = scanOf('A');
    const { store, handle } = await linked(a);
    await store.unlink(a.id);
    expect(store.status.has(a.id)).toBe(false);
    expect(links.kept.has(a.id)).toBe(false);
    store.mirror(version(a, 1));
    await store.retry(version(a, 2));
    await store.settled();
    expect(handle.written).toEqual([]);
  });

  it('during a write: the write ends, and neither its state nor its time is kept', async () => {
    const a = scanOf('A');
    const { store, handle } = await linked(a);
    const held = gate();
    handle.holds = [held.closed];
    store.mirror(version(a, 1));
    store.mirror(version(a, 2));
    await store.unlink(a.id);
    held.open();
    await store.settled();
    expect(titles(handle)).toEqual(['A v1']);
    expect(store.status.has(a.id)).toBe(false);
    expect(written).toEqual([]);
  });

  it('during a write that fails: no state comes back', async () => {
    const a = scanOf('A');
    const { store, handle } = await linked(a);
    const held = gate();
    handle.holds = [held.closed];
    handle.fail = new Error('share gone');
    store.mirror(version(a, 1));
    await store.unlink(a.id);
    held.open();
    await store.settled();
    expect(store.status.has(a.id)).toBe(false);
  });

  it('all links go when all data is removed', async () => {
    const a = scanOf('A');
    const { store, handle } = await linked(a);
    store.forgetAll();
    expect(store.status.size).toBe(0);
    store.mirror(version(a, 1));
    await store.retry(version(a, 2));
    await store.settled();
    expect(handle.written).toEqual([]);
  });
});
