import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AUTOSAVE_DELAY_MS, useAssessmentsStore } from '../../../src/stores/assessments';
import { useFileLinksStore } from '../../../src/stores/file-links';
import { appRepository, configureStorage } from '../../../src/storage/context';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { createAssessment } from '../../../src/domain/assessment';
import type { Assessment, EvidenceRef } from '../../../src/domain/types';
import { MemoryStorage } from '../../support/memory-storage';
import { committed, storedScan } from '../../support/open-scan';
import { assessmentKey } from '../../support/storage-keys';

// The open scan's autosave, its guard against other tabs' writes, its backup time and its notices: what is in
// storage after each step, and what the save state says.
const START = new Date('2027-03-01T09:00:00.000Z');
let storage: MemoryStorage;
let store: ReturnType<typeof useAssessmentsStore>;

beforeEach(() => {
  vi.useFakeTimers({ now: START });
  storage = new MemoryStorage();
  configureStorage(storage);
  setActivePinia(createPinia());
  store = useAssessmentsStore();
});
afterEach(() => vi.useRealTimers());

/** A scan already in storage, as an earlier visit left it. */
function kept(title: string, evidence: Record<string, EvidenceRef[]> = {}): Assessment {
  const scan = {
    ...createAssessment({ title, region: 'Regio', date: '2027-03-01' }, CHECKLIST.version, START),
    evidence,
  };
  appRepository().save(scan);
  return scan;
}

/** What another tab does: writes its own version of the scan, a minute later. */
function otherTabWrites(id: string, title: string): Assessment {
  const theirs = storedScan(id);
  const next = { ...theirs, title, updatedAt: new Date(Date.parse(theirs.updatedAt) + 60_000).toISOString() };
  appRepository().save(next);
  return next;
}

/** The open scan, made here and committed, so its save state reads 'saved'. */
async function made(): Promise<Assessment> {
  const scan = store.create({ title: 'Open', region: 'Regio', date: '2027-03-01' });
  await committed();
  vi.advanceTimersByTime(1000);
  return scan;
}

/** A typed note the autosave has not written yet. */
function typed(note: string) {
  store.setAnswer('weg-manier', { note });
  expect(store.saveState).toBe('pending');
}

const noteIn = (scan: Assessment | null) => scan?.answers['weg-manier']?.note;
const saves = () => vi.spyOn(appRepository(), 'save');

describe('before anything is open', () => {
  it('is idle, has saved nothing, and edits change nothing', () => {
    expect([store.saveState, store.savedAt, store.current]).toEqual(['idle', null, null]);
    expect(store.setAnswer('weg-manier', { level: 3 })).toBe('idle');
    expect(store.createFollowUp({ title: 'Vervolg', date: '2028-03-01', prefill: true })).toBeNull();
    expect(store.current).toBeNull();
    expect(appRepository().list()).toEqual([]);
  });

  it('says whether the browser keeps the scans', () => {
    expect(store.persistent).toBe(true);
    configureStorage(null);
    setActivePinia(createPinia());
    expect(useAssessmentsStore().persistent).toBe(false);
  });
});

describe('the autosave', () => {
  it('says saved, with the time, once the write is committed', async () => {
    store.create({ title: 'Scan', region: 'Regio', date: '' });
    expect(store.savedAt).toBeNull();
    await committed();
    expect(store.saveState).toBe('saved');
    expect(store.savedAt).toBe(START.toISOString());
  });

  it('drops the waiting autosave when a click writes first, so the same version is not written twice', async () => {
    const scan = await made();
    typed('getypt');
    store.setTarget('wegen', 4);
    expect(noteIn(storedScan(scan.id))).toBe('getypt');
    await committed();
    const write = saves();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(write).not.toHaveBeenCalled();
    expect(store.saveState).toBe('saved');
  });

  it('never calls an edit saved because the write before it was committed', async () => {
    const scan = await made();
    store.setTarget('wegen', 4);
    typed('nog niet bewaard');
    await committed();
    expect(store.saveState).toBe('pending');
    expect(noteIn(storedScan(scan.id))).toBeUndefined();
  });

  it('writes on flush only what is pending', async () => {
    const scan = await made();
    const write = saves();
    store.flush();
    expect(write).not.toHaveBeenCalled();
    expect(store.saveState).toBe('saved');
    typed('bij het sluiten');
    store.flush();
    expect(noteIn(storedScan(scan.id))).toBe('bij het sluiten');
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('mirrors only what the browser kept to the linked file', async () => {
    const scan = await made();
    const mirror = vi.spyOn(useFileLinksStore(), 'mirror');
    store.setTarget('wegen', 4);
    expect(mirror).toHaveBeenCalledWith(store.current);
    storage.full = true;
    store.setTarget('wegen', 5);
    expect(store.saveState).toBe('quota');
    expect(mirror).toHaveBeenCalledTimes(1);
    expect(storedScan(scan.id).targets).toEqual({ wegen: 4 });
  });

  it('writes again a scan another tab deleted, rather than losing the edit', async () => {
    const scan = await made();
    appRepository().remove(scan.id);
    expect(store.setTarget('wegen', 4)).toBe('writing');
    expect(storedScan(scan.id).targets).toEqual({ wegen: 4 });
  });
});

describe('closing, forgetting, and starting another scan', () => {
  it('writes a pending edit on close, then lets go', async () => {
    const scan = await made();
    typed('bij het sluiten');
    store.close();
    expect(noteIn(storedScan(scan.id))).toBe('bij het sluiten');
    expect([store.current, store.saveState]).toEqual([null, 'idle']);
  });

  it('forgets without writing, and no autosave of the forgotten edit fires later', async () => {
    const scan = await made();
    const other = kept('Ander');
    typed('weg ermee');
    store.forget();
    expect([store.current, store.saveState, store.theirs, store.contentNotice]).toEqual([
      null,
      'idle',
      null,
      null,
    ]);
    store.open(other.id);
    const write = saves();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(write).not.toHaveBeenCalled();
    expect(store.saveState).toBe('idle');
    expect(noteIn(storedScan(scan.id))).toBeUndefined();
  });

  it('writes the pending edit of the open scan before a new one starts', async () => {
    const scan = await made();
    typed('eerst bewaren');
    const next = store.create({ title: 'Nieuw', region: 'Regio', date: '' });
    expect(noteIn(storedScan(scan.id))).toBe('eerst bewaren');
    expect(store.current?.id).toBe(next.id);
  });
});

describe('opening a scan', () => {
  it('keeps the open scan and its pending edit when it is opened again', async () => {
    const scan = await made();
    typed('nog bezig');
    expect(store.open(scan.id)).toBe(true);
    expect(store.saveState).toBe('pending');
    expect(noteIn(store.current)).toBe('nog bezig');
    expect(noteIn(storedScan(scan.id))).toBeUndefined();
  });

  it('writes the pending edit of the open scan before opening another, and writes nothing on opening', async () => {
    const scan = await made();
    const other = kept('Ander');
    typed('eerst bewaren');
    expect(store.open(other.id)).toBe(true);
    expect(noteIn(storedScan(scan.id))).toBe('eerst bewaren');
    expect(store.current?.id).toBe(other.id);
    const write = saves();
    store.close();
    store.open(scan.id);
    expect(write).not.toHaveBeenCalled();
    expect(store.saveState).toBe('idle');
  });

  it("guards an opened scan against another tab's write too", () => {
    const scan = kept('Opgeslagen');
    store.open(scan.id);
    otherTabWrites(scan.id, 'Uit tabblad 2');
    store.setTarget('wegen', 4);
    expect(store.saveState).toBe('conflict');
    expect(storedScan(scan.id).title).toBe('Uit tabblad 2');
  });
});

describe('references past their review date', () => {
  const ref = (reviewBy: string): EvidenceRef => ({
    id: 'ref-1',
    title: 'Convenant',
    version: '',
    owner: '',
    location: '',
    effective: '',
    reviewBy,
  });

  it('are listed once per visit, until dismissed', () => {
    const scan = kept('Met bewijs', { 'mon-afspraken': [ref('2027-01-01')] });
    store.open(scan.id);
    expect(store.reviewNotice).toEqual([{ pointId: 'mon-afspraken', ref: ref('2027-01-01') }]);
    store.dismissReviewNotice();
    expect(store.reviewNotice).toEqual([]);
    store.close();
    store.open(scan.id);
    expect(store.reviewNotice).toEqual([]);
  });

  it('are listed on a later opening when the scan had none due the first time', () => {
    const scan = kept('Nog niet', { 'mon-afspraken': [ref('2027-06-01')] });
    store.open(scan.id);
    expect(store.reviewNotice).toEqual([]);
    store.close();
    vi.setSystemTime(new Date('2027-07-01T09:00:00.000Z'));
    store.open(scan.id);
    expect(store.reviewNotice).toHaveLength(1);
    store.forget();
    expect(store.reviewNotice).toEqual([]);
  });
});

describe('the backup time', () => {
  it('goes to the scan it belongs to: a stored one is written, the open one stays as it is', async () => {
    const open = await made();
    const other = kept('Ander');
    store.keepBackupTime(other.id, '2027-03-02T08:00:00.000Z');
    expect(store.current?.id).toBe(open.id);
    expect(store.current?.backedUpAt).toBeUndefined();
    expect(storedScan(other.id).backedUpAt).toBe('2027-03-02T08:00:00.000Z');
    expect(storedScan(open.id).backedUpAt).toBeUndefined();
  });

  it('is not written again for the same time', async () => {
    const scan = await made();
    store.keepBackupTime(scan.id, '2027-03-02T08:00:00.000Z');
    const write = saves();
    store.keepBackupTime(scan.id, '2027-03-02T08:00:00.000Z');
    expect(write).not.toHaveBeenCalled();
  });

  it('waits for a pending edit of the open scan, and goes with it', async () => {
    const scan = await made();
    const other = kept('Ander');
    typed('getypt');
    store.keepBackupTime(scan.id, '2027-03-02T08:00:00.000Z');
    expect(store.current?.backedUpAt).toBe('2027-03-02T08:00:00.000Z');
    expect(storedScan(scan.id).backedUpAt).toBeUndefined();
    // Another scan's time is written at once all the same.
    store.keepBackupTime(other.id, '2027-03-02T09:00:00.000Z');
    expect(storedScan(other.id).backedUpAt).toBe('2027-03-02T09:00:00.000Z');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(storedScan(scan.id)).toMatchObject({
      backedUpAt: '2027-03-02T08:00:00.000Z',
      answers: { 'weg-manier': { note: 'getypt' } },
    });
  });

  it("is not written over the other tab's version during a conflict", async () => {
    const scan = await made();
    typed('hier');
    const theirs = otherTabWrites(scan.id, 'Uit tabblad 2');
    store.externalChange(scan.id);
    store.keepBackupTime(scan.id, '2027-03-02T08:00:00.000Z');
    expect(store.current?.backedUpAt).toBe('2027-03-02T08:00:00.000Z');
    expect(storedScan(scan.id)).toEqual(theirs);
  });
});

describe("another tab's writes", () => {
  it('leave the open scan alone when they are of another scan', async () => {
    const scan = await made();
    const other = kept('Ander');
    otherTabWrites(other.id, 'Ander, herzien');
    store.externalChange(other.id);
    expect(store.current?.id).toBe(scan.id);
    expect(store.saveState).toBe('saved');
  });

  it('are no conflict when the stored version is still the one the edits build on, or is gone', async () => {
    const scan = await made();
    typed('hier');
    store.externalChange(scan.id);
    expect([store.saveState, store.theirs]).toEqual(['pending', null]);
    appRepository().remove(scan.id);
    store.externalChange(scan.id);
    expect([store.saveState, store.theirs, noteIn(store.current)]).toEqual(['pending', null, 'hier']);
  });

  it('during a conflict: a newer version of theirs is what the user decides on, and edits are kept here', async () => {
    const scan = await made();
    typed('hier');
    otherTabWrites(scan.id, 'Tabblad 2');
    store.externalChange(scan.id);
    const newer = otherTabWrites(scan.id, 'Tabblad 2, later');
    store.externalChange(scan.id);
    expect(store.saveState).toBe('conflict');
    expect(store.theirs).toEqual(newer);
    expect(noteIn(store.current)).toBe('hier');
    // Typing and clicks wait for the choice: nothing is scheduled, nothing written.
    expect(store.setAnswer('weg-manier', { note: 'hier!' })).toBe('conflict');
    expect(store.setTarget('wegen', 4)).toBe('conflict');
    expect(storedScan(scan.id)).toEqual(newer);
  });

  it('resolved as theirs: their version is open and saved; as mine: ours is written over it', async () => {
    const scan = await made();
    typed('hier');
    const theirs = otherTabWrites(scan.id, 'Tabblad 2');
    store.externalChange(scan.id);
    store.resolveConflict('theirs');
    expect([store.current, store.saveState, store.theirs]).toEqual([theirs, 'saved', null]);
    // Their version is now the base: a later edit here is written, not a conflict.
    expect(store.setTarget('wegen', 4)).toBe('writing');
    typed('weer hier');
    otherTabWrites(scan.id, 'Tabblad 2 opnieuw');
    store.externalChange(scan.id);
    store.resolveConflict('mine');
    expect([store.saveState, store.theirs]).toEqual(['writing', null]);
    expect(storedScan(scan.id)).toMatchObject({
      title: 'Tabblad 2',
      answers: { 'weg-manier': { note: 'weer hier' } },
    });
  });

  it('without a conflict, resolving changes nothing', async () => {
    const scan = await made();
    const write = saves();
    store.resolveConflict('theirs');
    store.resolveConflict('mine');
    expect([store.current?.id, store.saveState]).toEqual([scan.id, 'saved']);
    expect(write).not.toHaveBeenCalled();
  });
});

describe('the notices', () => {
  it('a checklist update notice closes when dismissed', () => {
    const old = JSON.parse(readFileSync('tests/fixtures/content-2024.1.pgascan.json', 'utf8'))
      .assessment as Assessment;
    storage.setItem(assessmentKey(old.id), JSON.stringify(old));
    store.open(old.id);
    expect(store.contentNotice).toMatchObject({ from: '2024.1' });
    store.dismissContentNotice();
    expect(store.contentNotice).toBeNull();
  });
});
