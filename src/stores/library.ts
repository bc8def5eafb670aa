import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { Assessment } from '../domain/types';
import { newId } from '../domain/ids';
import { parseImport } from '../domain/file-format';
import { appRepository } from '../storage/context';
import type { UnreadableEntry } from '../storage/repository';
import type { WriteFailure, WriteResult } from '../storage/browser-storage';
import { parseInvitation, scanFromInvitation } from '../domain/invitation';
import { CONTENT_VERSION } from '../content/version';
import { useFileLinksStore } from './file-links';
import {
  libraryOutcome,
  newestFirst,
  sameScan,
  type ImportConflict,
  type ImportOutcome,
} from './library-outcomes';
import { parseLibrary } from '../domain/library-file';

/**
 * The scans kept in this browser, and what can be done to them as a whole. Screens get the list through
 * useLibrary(), which reads it once; every write here, the open scan's saves and other tabs keep it current.
 */
export const useLibraryStore = defineStore('library', () => {
  // Shallow: a change replaces the list, never a scan inside it.
  const list = shallowRef<Assessment[]>([]);
  const unreadable = shallowRef<UnreadableEntry[]>([]);
  /** The last deleted scan, offered for undo until the user leaves the start screen: no time limit (WCAG 2.2.1). */
  const deleted = shallowRef<Assessment | null>(null);
  /** Per store instance, so each Pinia (and each test) reads its own storage once. */
  let read = false;

  /** Reads the list as storage holds it; changes nothing there (unreadable entries are only skipped). */
  function refresh() {
    const repo = appRepository();
    const ok: Assessment[] = [];
    for (const r of repo.list()) if (r.ok) ok.push(r.assessment);
    list.value = newestFirst(ok);
    unreadable.value = repo.unreadable();
    read = true;
  }

  /** The list, read from storage the first time it is needed and kept current from then on. */
  function load(): Assessment[] {
    if (!read) refresh();
    return list.value;
  }

  /** Moves entries the app cannot read out of the way, keeping their text for the user (the start page). */
  function setAsideUnreadable() {
    const repo = appRepository();
    for (const r of repo.list()) if (!r.ok && r.reason !== 'missing') repo.setAside(r.key, r.raw);
    refresh();
  }

  /** A scan saved elsewhere (the open scan's autosave): the list shows it without reading storage again. */
  function showSaved(scan: Assessment) {
    // Not read yet: the first read finds it in storage.
    if (!read) return;
    // A copy, so the list never holds the open scan's own object.
    list.value = newestFirst([...list.value.filter((a) => a.id !== scan.id), { ...scan }]);
  }

  function save(assessment: Assessment): WriteResult {
    const result = appRepository().save(assessment);
    refresh();
    return result;
  }

  function keep(assessment: Assessment): ImportOutcome {
    const result = save(assessment);
    return result.ok ? { kind: 'imported', assessment } : { kind: 'write-failed', reason: result.reason };
  }

  function openInvitation(text: string): ImportOutcome {
    const parsed = parseInvitation(JSON.parse(text));
    if (!parsed.ok) return { kind: 'invitation-error', error: parsed.error };
    const { session, participant } = parsed.invitation;
    const before = load().find(
      (a) => a.session?.id === session.id && a.session.participantId === participant.id,
    );
    if (before) return { kind: 'invited', assessment: before, again: true };
    const scan = scanFromInvitation(parsed.invitation, CONTENT_VERSION, new Date());
    const kept = keep(scan);
    return kept.kind === 'imported' ? { kind: 'invited', assessment: scan, again: false } : kept;
  }

  /**
   * Reads "Alles exporteren"'s file with a single import's rules: new scans arrive, the same version is
   * left alone, and another version of a scan already here waits for the user's choice. A broken file is
   * refused whole, before anything is written.
   */
  function importLibrary(text: string, byteLength: number): ImportOutcome {
    const parsed = parseLibrary(text, byteLength);
    if (!parsed.ok) return { kind: 'library-error', error: parsed.error };
    const outcome = libraryOutcome();
    const here = load();
    for (const { assessment } of parsed.scans) {
      const existing = here.find((a) => a.id === assessment.id);
      if (existing && sameScan(existing, assessment)) outcome.unchanged.push(existing);
      else if (existing) outcome.conflicts.push({ incoming: assessment, existing });
      else if (!outcome.failed) {
        const result = appRepository().save(assessment);
        if (result.ok) outcome.imported.push(assessment);
        else outcome.failed = result.reason;
      }
    }
    refresh();
    return outcome;
  }

  return {
    list,
    unreadable,
    deleted,
    refresh,
    load,
    setAsideUnreadable,
    showSaved,
    save,
    rename(id: string, title: string): WriteResult {
      const a = load().find((x) => x.id === id);
      if (!a || !title.trim()) return { ok: true };
      return save({ ...a, title: title.trim(), updatedAt: new Date().toISOString() });
    },
    duplicate(
      id: string,
      suffix: string,
    ): { ok: true; assessment: Assessment } | { ok: false; reason: WriteFailure } | null {
      const a = load().find((x) => x.id === id);
      if (!a) return null;
      const now = new Date().toISOString();
      const copy: Assessment = {
        // The list holds raw objects (markRaw, read from storage), so structuredClone takes them as they are.
        ...structuredClone(a),
        id: newId(),
        title: `${a.title} ${suffix}`,
        createdAt: now,
        updatedAt: now,
      };
      const result = save(copy);
      return result.ok ? { ok: true, assessment: copy } : result;
    },
    /** Deletes one scan. Screens call the open scan's removeScan, which lets go of that scan first. */
    remove(id: string) {
      const a = load().find((x) => x.id === id);
      if (!a) return;
      appRepository().remove(id);
      deleted.value = a;
      refresh();
    },
    /** Puts the deleted scan back; if the browser refuses, it stays offered for undo and export. */
    undoRemove(): WriteResult {
      if (!deleted.value) return { ok: true };
      // A new time: the restored scan is later than its deletion, which IndexedDB records (tombstones.ts).
      const result = save({ ...deleted.value, updatedAt: new Date().toISOString() });
      if (result.ok) deleted.value = null;
      return result;
    },
    /**
     * Resolves once every write so far is in IndexedDB: what the app reports as kept must outlive a killed
     * browser, and Chromium writes localStorage (the journal) to disk only seconds later.
     */
    whenKept(): Promise<void> {
      return appRepository().settled();
    },
    /** The undo offer ends when the user moves on. */
    dismissUndo() {
      deleted.value = null;
    },
    /**
     * Reads a scan file, or opens an invitation as the partner's own new scan. Validates first; only a valid
     * file can reach storage, and never over an existing scan unasked.
     */
    importText(text: string, byteLength: number): ImportOutcome {
      const parsed = parseImport(text, byteLength);
      if (!parsed.ok && parsed.error.code === 'invitation') return openInvitation(text);
      if (!parsed.ok && parsed.error.code === 'library') return importLibrary(text, byteLength);
      if (!parsed.ok) return { kind: 'error', error: parsed.error };
      const existing = load().find((a) => a.id === parsed.assessment.id);
      if (existing)
        return { kind: 'conflict', incoming: parsed.assessment, existing, upgrade: parsed.upgrade };
      const outcome = keep(parsed.assessment);
      return outcome.kind === 'imported' && parsed.upgrade
        ? { ...outcome, upgrade: parsed.upgrade }
        : outcome;
    },
    importLibrary,
    /** One choice for every scan of a library file that is here in another version. */
    resolveAll(conflicts: readonly ImportConflict[], choice: 'replace' | 'both'): ImportOutcome {
      const outcome = libraryOutcome();
      for (const { incoming } of conflicts) {
        const scan = choice === 'replace' ? incoming : { ...incoming, id: newId() };
        const result = appRepository().save(scan);
        if (!result.ok) {
          outcome.failed = result.reason;
          break;
        }
        outcome.imported.push(scan);
      }
      refresh();
      return outcome;
    },
    openInvitation,
    /** Resolves a conflict: 'replace' overwrites the scan with the same id, 'both' keeps the file as a copy. */
    resolve(incoming: Assessment, choice: 'replace' | 'both'): ImportOutcome {
      return keep(choice === 'replace' ? incoming : { ...incoming, id: newId() });
    },
    keep,
    discardUnreadable(key: string) {
      appRepository().removeKey(key);
      refresh();
    },
    /** Follows what other tabs change: the list, once read, is read again, and the open scan is told. */
    followOtherTabs(onScan: (id: string) => void): () => void {
      return appRepository().watch((id) => {
        if (id) onScan(id);
        if (read) refresh();
      });
    },
    /**
     * Resolves once the browser has removed it all, so the screen never says so too early. Screens call the
     * open scan's clearAll, which lets go of that scan first.
     */
    async clearAll() {
      appRepository().clearAll();
      useFileLinksStore().forgetAll();
      deleted.value = null;
      refresh();
      await appRepository().settled();
    },
  };
});
