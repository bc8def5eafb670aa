import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadAssessment, downloadBlob, fileName, readImportFile } from '../../../src/browser/files';
import { readLocale, readLogo, writeLocale, writeLogo } from '../../../src/storage/settings';
import { attemptWrite, classifyWriteError, getBrowserStorage } from '../../../src/storage/browser-storage';
import { appRepository, appStorage, configureStorage } from '../../../src/storage/context';
import * as appKeys from '../../../src/storage/keys';
import { assessmentIdFromKey, assessmentKey } from '../../../src/storage/keys';
import { MAX_FILE_BYTES, MAX_LIBRARY_BYTES } from '../../../src/domain/file-format';
import { localIsoDate } from '../../../src/domain/dates';
import { MemoryStorage } from '../../support/memory-storage';
import * as keys from '../../support/storage-keys';
import { seededAssessment } from '../../e2e/seed';

describe('file names', () => {
  it('makes a lower-case slug without accents or odd characters, with the date', () => {
    expect(fileName('Zelfscan PGA – Één “Noord”/Zuid', '2026-11-29', 'pdf')).toBe(
      'zelfscan-pga-een-noord-zuid-2026-11-29.pdf',
    );
    expect(fileName('  --Regio--  ', '', 'csv')).toBe('regio.csv');
    expect(fileName('€€€', '2026-01-02', 'pdf')).toBe('pga-zelfscan-2026-01-02.pdf');
    expect(fileName('a'.repeat(80), '', 'txt')).toBe(`${'a'.repeat(60)}.txt`);
  });
});

describe('downloads', () => {
  afterEach(() => vi.useRealTimers());

  it('offers a blob through a link with the file name, and revokes its URL a second later', () => {
    vi.useFakeTimers();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: { href: string; download: string; rel: string; inDocument: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({
        href: this.href,
        download: this.download,
        rel: this.rel,
        inDocument: document.body.contains(this),
      });
    });
    const blob = new Blob(['x']);
    downloadBlob(blob, 'plan.csv');
    expect(created).toHaveBeenCalledWith(blob);
    expect(clicks).toEqual([
      { href: 'blob:test/1', download: 'plan.csv', rel: 'noopener', inDocument: true },
    ]);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    vi.advanceTimersByTime(999);
    expect(revoked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(revoked).toHaveBeenCalledWith('blob:test/1');
    click.mockRestore();
    created.mockRestore();
    revoked.mockRestore();
  });

  it('exports a scan as a .pgascan.json named after its title and date', async () => {
    let saved: Blob | undefined;
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      saved = b as Blob;
      return 'blob:test/2';
    });
    let name = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      name = this.download;
    });
    const a = seededAssessment('Scan Oost');
    downloadAssessment(a);
    expect(name).toBe('scan-oost-2026-11-28.pgascan.json');
    expect(saved?.type).toBe('application/json');
    expect(JSON.parse(await saved!.text()).assessment.id).toBe(a.id);
    click.mockRestore();
    created.mockRestore();
  });

  it('reads an import file, but not one over the size limit of a whole library', async () => {
    const small = new File(['{"a":1}'], 'a.json');
    expect(await readImportFile(small)).toEqual({ text: '{"a":1}', bytes: 7 });
    const big = {
      size: MAX_LIBRARY_BYTES + 1,
      text: () => Promise.reject(new Error('must not be read')),
    } as unknown as File;
    expect(await readImportFile(big)).toEqual({ text: '', bytes: MAX_LIBRARY_BYTES + 1 });
    // Larger than a scan, small enough for a library: read, and judged by what it holds (file-format.ts).
    const library = new File(['x'.repeat(MAX_FILE_BYTES + 1)], 'alle.json');
    expect((await readImportFile(library)).text).toHaveLength(MAX_FILE_BYTES + 1);
  });
});

describe('settings in storage', () => {
  let storage: MemoryStorage;
  beforeEach(() => (storage = new MemoryStorage()));

  it('reads back only a known language', () => {
    expect(readLocale(storage)).toBeNull();
    writeLocale(storage, 'en');
    expect(storage.getItem(keys.LOCALE_KEY)).toBe('en');
    expect(readLocale(storage)).toBe('en');
    storage.setItem(keys.LOCALE_KEY, 'de');
    expect(readLocale(storage)).toBeNull();
    expect(readLocale(null)).toBeNull();
    storage.full = true;
    expect(() => writeLocale(storage, 'nl')).not.toThrow();
    expect(() => writeLocale(null, 'nl')).not.toThrow();
  });

  it('keeps a JPEG logo, refuses anything else on the way back, and removes it', () => {
    expect(writeLogo(storage, 'data:image/jpeg;base64,AAAA')).toEqual({ ok: true });
    expect(readLogo(storage)).toBe('data:image/jpeg;base64,AAAA');
    storage.setItem(keys.LOGO_KEY, 'data:image/svg+xml,<svg/>');
    expect(readLogo(storage)).toBeNull();
    expect(writeLogo(storage, null)).toEqual({ ok: true });
    expect(storage.getItem(keys.LOGO_KEY)).toBeNull();
    expect(readLogo(null)).toBeNull();
  });
});

describe('browser storage', () => {
  it('tells a full store from a refused one, in Chromium’s and Firefox’s words', () => {
    expect(classifyWriteError(new DOMException('x', 'QuotaExceededError'))).toBe('quota');
    expect(classifyWriteError(new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe('quota');
    expect(classifyWriteError(new DOMException('x', 'SecurityError'))).toBe('unavailable');
    expect(classifyWriteError(new Error('x'))).toBe('unavailable');
    expect(classifyWriteError('x')).toBe('unavailable');
  });

  it('reports each write', () => {
    expect(attemptWrite(() => undefined)).toEqual({ ok: true });
    expect(
      attemptWrite(() => {
        throw new DOMException('x', 'QuotaExceededError');
      }),
    ).toEqual({ ok: false, reason: 'quota' });
  });

  it('finds localStorage when it works, and nothing when it refuses, leaving no probe behind', () => {
    localStorage.clear();
    expect(getBrowserStorage()).toBe(localStorage);
    expect(localStorage.length).toBe(0);
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(getBrowserStorage()).toBeNull();
    setItem.mockRestore();
  });

  it('gives the app one storage and repository, which tests can swap', () => {
    const memory = new MemoryStorage();
    configureStorage(memory);
    expect(appStorage()).toBe(memory);
    expect(appRepository().persistent).toBe(true);
    configureStorage(null);
    expect(appStorage()).toBeNull();
    expect(appRepository().persistent).toBe(false);
  });
});

describe('keys and dates', () => {
  it('makes and reads back a scan’s storage key, and nothing else', () => {
    expect(assessmentKey('abc')).toBe(keys.assessmentKey('abc'));
    expect(assessmentIdFromKey(keys.assessmentKey('abc'))).toBe('abc');
    expect(assessmentIdFromKey(keys.ASSESSMENT_PREFIX)).toBeNull();
    expect(assessmentIdFromKey(keys.LOGO_KEY)).toBeNull();
    expect(assessmentIdFromKey(`x-${keys.assessmentKey('abc')}`)).toBeNull();
  });

  it('keeps every key where users’ browsers already hold their data, as the tests write it', () => {
    // Every key src defines, by name: a new one must be written into tests/support/storage-keys.ts too.
    const strings = (module: object) =>
      Object.fromEntries(Object.entries(module).filter(([, value]) => typeof value === 'string'));
    expect(strings(appKeys)).toEqual(strings(keys));
    expect(appKeys.tombstoneKey('abc')).toBe(keys.tombstoneKey('abc'));
  });

  it('gives the local date, not the UTC one', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 10, 29, 23, 59))).toBe('2026-11-29');
  });
});
