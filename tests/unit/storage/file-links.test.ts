import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openLinkedFiles } from '../../../src/storage/file-links';
import { openDatabase, putLink } from '../../../src/storage/idb';

/**
 * A stand-in for the browser's FileSystemFileHandle. IndexedDB stores a structured clone, which keeps a real
 * handle's class but not a plain class's prototype, so this one recognises its clones by their shape.
 */
class FakeHandle {
  readonly kind = 'file';
  constructor(readonly name: string) {}
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'file';
  }
}
const handle = (name: string) => new FakeHandle(name) as unknown as FileSystemFileHandle;

beforeEach(() => vi.stubGlobal('IDBKeyRange', IDBKeyRange));
afterEach(() => vi.unstubAllGlobals());

describe("the scans' linked files, remembered across reloads", () => {
  it('gives back every link put, and forgets one removed', async () => {
    vi.stubGlobal('FileSystemFileHandle', FakeHandle);
    const factory = new IDBFactory();
    const links = await openLinkedFiles(factory);
    await links.put('scan-1', handle('a.json'));
    await links.put('scan-2', handle('b.json'));
    await links.put('scan-1', handle('c.json'));
    const again = await openLinkedFiles(factory);
    expect([...(await again.all())].map(([id, h]) => [id, h.name])).toEqual([
      ['scan-1', 'c.json'],
      ['scan-2', 'b.json'],
    ]);
    await again.remove('scan-1');
    expect([...(await links.all()).keys()]).toEqual(['scan-2']);
  });

  it('skips a stored value that is not a file handle', async () => {
    vi.stubGlobal('FileSystemFileHandle', FakeHandle);
    const factory = new IDBFactory();
    await putLink(await openDatabase(factory), 'broken', {
      kind: 'directory',
    } as unknown as FileSystemFileHandle);
    await putLink(await openDatabase(factory), 'ok', handle('d.json'));
    expect([...(await (await openLinkedFiles(factory)).all()).keys()]).toEqual(['ok']);
  });

  it('finds no links in a browser without file handles', async () => {
    vi.stubGlobal('FileSystemFileHandle', undefined);
    const factory = new IDBFactory();
    await putLink(await openDatabase(factory), 'scan-1', handle('a.json'));
    expect((await (await openLinkedFiles(factory)).all()).size).toBe(0);
  });
});
