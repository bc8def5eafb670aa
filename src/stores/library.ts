import { defineStore } from 'pinia';
import type { Assessment } from '../domain/types';
import { newId } from '../domain/ids';
import { parseImport, type ImportError } from '../domain/file-format';
import { appRepository } from '../storage/context';
import type { UnreadableEntry } from '../storage/local-repository';
import type { WriteFailure, WriteResult } from '../storage/browser-storage';
import type { ContentUpgrade } from '../domain/content-upgrade';

/** How long a deleted scan can be brought back. */
export const UNDO_MS = 15_000;

export type ImportOutcome =
  | { kind: 'imported'; assessment: Assessment; upgrade?: ContentUpgrade }
  | { kind: 'conflict'; incoming: Assessment; existing: Assessment; upgrade?: ContentUpgrade }
  | { kind: 'error'; error: ImportError }
  | { kind: 'write-failed'; reason: WriteFailure };

/** The scans kept in this browser, and what can be done to them as a whole. */
export const useLibraryStore = defineStore('library', {
  state: () => ({
    list: [] as Assessment[],
    unreadable: [] as UnreadableEntry[],
    deleted: null as Assessment | null,
    /** Per store instance, so each Pinia (and each test) has its own. */
    undoTimer: undefined as ReturnType<typeof setTimeout> | undefined,
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
      this.list = ok.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
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
        ...(JSON.parse(JSON.stringify(a)) as Assessment),
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
      clearTimeout(this.undoTimer);
      this.undoTimer = setTimeout(() => (this.deleted = null), UNDO_MS);
      this.refresh();
    },
    /** Puts the deleted scan back; if the browser refuses, it stays offered for undo and export. */
    undoRemove(): WriteResult {
      if (!this.deleted) return { ok: true };
      const result = this.save(this.deleted);
      // Either way the countdown stops: restored, or kept in the window until the user exports it.
      clearTimeout(this.undoTimer);
      if (result.ok) this.deleted = null;
      return result;
    },
    /** Validates first; only a valid file can reach storage, and never over an existing scan unasked. */
    importText(text: string, byteLength: number): ImportOutcome {
      const parsed = parseImport(text, byteLength);
      if (!parsed.ok) return { kind: 'error', error: parsed.error };
      const existing = this.list.find((a) => a.id === parsed.assessment.id);
      if (existing)
        return { kind: 'conflict', incoming: parsed.assessment, existing, upgrade: parsed.upgrade };
      const outcome = this.keep(parsed.assessment);
      return outcome.kind === 'imported' && parsed.upgrade
        ? { ...outcome, upgrade: parsed.upgrade }
        : outcome;
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
    clearAll() {
      appRepository().clearAll();
      this.deleted = null;
      this.refresh();
    },
  },
});
