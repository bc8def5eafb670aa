import { defineStore } from 'pinia';
import { markRaw } from 'vue';
import type { Assessment } from '../domain/types';
import { newId } from '../domain/ids';
import { parseImport, type ImportError } from '../domain/file-format';
import { appRepository } from '../storage/context';
import type { UnreadableEntry } from '../storage/repository';
import type { WriteFailure, WriteResult } from '../storage/browser-storage';
import type { ContentUpgrade } from '../domain/content-upgrade';
import { parseInvitation, scanFromInvitation } from '../domain/invitation';
import { CONTENT_VERSION } from '../content/version';
import { useFileLinksStore } from './file-links';
import { parseLibrary, type LibraryError } from '../domain/library-file';

export interface ImportConflict {
  incoming: Assessment;
  existing: Assessment;
}

/** What a library file brought: new scans kept, the same ones already here, and other versions to decide on. */
export interface LibraryImport {
  kind: 'library';
  imported: Assessment[];
  unchanged: Assessment[];
  conflicts: ImportConflict[];
  /** Set when the browser refused a write part-way; the scans before it are kept. */
  failed: WriteFailure | null;
}

const libraryOutcome = (): LibraryImport => ({
  kind: 'library',
  imported: [],
  unchanged: [],
  conflicts: [],
  failed: null,
});

/** The same scan, apart from when it was last backed up. */
const sameScan = (a: Assessment, b: Assessment) =>
  JSON.stringify({ ...a, backedUpAt: undefined }) === JSON.stringify({ ...b, backedUpAt: undefined });

export type ImportOutcome =
  | { kind: 'imported'; assessment: Assessment; upgrade?: ContentUpgrade }
  | { kind: 'conflict'; incoming: Assessment; existing: Assessment; upgrade?: ContentUpgrade }
  | { kind: 'error'; error: ImportError }
  /** An invitation opened: the partner's own scan, new or (when opened before) the one already here. */
  | { kind: 'invited'; assessment: Assessment; again: boolean }
  | { kind: 'invitation-error'; error: 'newer-version' | 'invalid' }
  | { kind: 'write-failed'; reason: WriteFailure }
  | LibraryImport
  | { kind: 'library-error'; error: LibraryError };

/** The scans kept in this browser, and what can be done to them as a whole. */
export const useLibraryStore = defineStore('library', {
  state: () => ({
    list: [] as Assessment[],
    unreadable: [] as UnreadableEntry[],
    /** The last deleted scan, offered for undo until the user leaves the start screen: no time limit (WCAG 2.2.1). */
    deleted: null as Assessment | null,
  }),
  actions: {
    /** Reads the list; entries the app cannot read are set aside once, not left in the way. */
    refresh() {
      const repo = appRepository();
      const ok: Assessment[] = [];
      for (const r of repo.list()) {
        if (r.ok) ok.push(r.assessment);
        else if (r.reason !== 'missing') repo.setAside(r.key, r.raw);
      }
      // Raw scans: a change replaces the list, never a scan inside it, and the start page then reads every
      // answer of every scan without Vue tracking each read.
      this.list = ok.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((a) => markRaw(a));
      this.unreadable = repo.unreadable();
    },
    save(assessment: Assessment): WriteResult {
      const result = appRepository().save(assessment);
      this.refresh();
      return result;
    },
    rename(id: string, title: string): WriteResult {
      const a = this.list.find((x) => x.id === id);
      if (!a || !title.trim()) return { ok: true };
      return this.save({ ...a, title: title.trim(), updatedAt: new Date().toISOString() });
    },
    duplicate(
      id: string,
      suffix: string,
    ): { ok: true; assessment: Assessment } | { ok: false; reason: WriteFailure } | null {
      const a = this.list.find((x) => x.id === id);
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
      const result = this.save(copy);
      return result.ok ? { ok: true, assessment: copy } : result;
    },
    remove(id: string) {
      const a = this.list.find((x) => x.id === id);
      if (!a) return;
      appRepository().remove(id);
      this.deleted = a;
      this.refresh();
    },
    /** Puts the deleted scan back; if the browser refuses, it stays offered for undo and export. */
    undoRemove(): WriteResult {
      if (!this.deleted) return { ok: true };
      // A new time: the restored scan is later than its deletion, which IndexedDB records (tombstones.ts).
      const result = this.save({ ...this.deleted, updatedAt: new Date().toISOString() });
      if (result.ok) this.deleted = null;
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
      this.deleted = null;
    },
    /** Validates first; only a valid file can reach storage, and never over an existing scan unasked. */
    /** Reads a scan file, or opens an invitation as the partner's own new scan. */
    importText(text: string, byteLength: number): ImportOutcome {
      const parsed = parseImport(text, byteLength);
      if (!parsed.ok && parsed.error.code === 'invitation') return this.openInvitation(text);
      if (!parsed.ok && parsed.error.code === 'library') return this.importLibrary(text, byteLength);
      if (!parsed.ok) return { kind: 'error', error: parsed.error };
      const existing = this.list.find((a) => a.id === parsed.assessment.id);
      if (existing)
        return { kind: 'conflict', incoming: parsed.assessment, existing, upgrade: parsed.upgrade };
      const outcome = this.keep(parsed.assessment);
      return outcome.kind === 'imported' && parsed.upgrade
        ? { ...outcome, upgrade: parsed.upgrade }
        : outcome;
    },
    /**
     * Reads "Alles exporteren"'s file with a single import's rules: new scans arrive, the same version is
     * left alone, and another version of a scan already here waits for the user's choice. A broken file is
     * refused whole, before anything is written.
     */
    importLibrary(text: string, byteLength: number): ImportOutcome {
      const parsed = parseLibrary(text, byteLength);
      if (!parsed.ok) return { kind: 'library-error', error: parsed.error };
      const outcome = libraryOutcome();
      for (const { assessment } of parsed.scans) {
        const existing = this.list.find((a) => a.id === assessment.id);
        if (existing && sameScan(existing, assessment)) outcome.unchanged.push(existing);
        else if (existing) outcome.conflicts.push({ incoming: assessment, existing });
        else if (!outcome.failed) {
          const result = appRepository().save(assessment);
          if (result.ok) outcome.imported.push(assessment);
          else outcome.failed = result.reason;
        }
      }
      this.refresh();
      return outcome;
    },
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
      this.refresh();
      return outcome;
    },
    openInvitation(text: string): ImportOutcome {
      const read = parseInvitation(JSON.parse(text));
      if (!read.ok) return { kind: 'invitation-error', error: read.error };
      const { session, participant } = read.invitation;
      const before = this.list.find(
        (a) => a.session?.id === session.id && a.session.participantId === participant.id,
      );
      if (before) return { kind: 'invited', assessment: before, again: true };
      const scan = scanFromInvitation(read.invitation, CONTENT_VERSION, new Date());
      const kept = this.keep(scan);
      return kept.kind === 'imported' ? { kind: 'invited', assessment: scan, again: false } : kept;
    },
    /** Resolves a conflict: 'replace' overwrites the scan with the same id, 'both' keeps the file as a copy. */
    resolve(incoming: Assessment, choice: 'replace' | 'both'): ImportOutcome {
      return this.keep(choice === 'replace' ? incoming : { ...incoming, id: newId() });
    },
    keep(assessment: Assessment): ImportOutcome {
      const result = this.save(assessment);
      return result.ok ? { kind: 'imported', assessment } : { kind: 'write-failed', reason: result.reason };
    },
    discardUnreadable(key: string) {
      appRepository().removeKey(key);
      this.refresh();
    },
    /** Follows what other tabs change: the list is read again, and the open scan is told. */
    followOtherTabs(onScan: (id: string) => void): () => void {
      return appRepository().watch((id) => {
        if (id) onScan(id);
        this.refresh();
      });
    },
    /** Resolves once the browser has removed it all, so the screen never says so too early. */
    async clearAll() {
      appRepository().clearAll();
      useFileLinksStore().forgetAll();
      this.deleted = null;
      this.refresh();
      await appRepository().settled();
    },
  },
});
