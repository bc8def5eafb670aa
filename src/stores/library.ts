import { defineStore } from 'pinia';
import type { Assessment } from '../domain/types';
import { newId } from '../domain/ids';
import { parseImport, type ImportError } from '../domain/file-format';
import { appRepository } from '../storage/context';
import type { UnreadableEntry } from '../storage/local-repository';
import type { WriteFailure } from '../storage/browser-storage';
import type { ContentUpgrade } from '../domain/content-upgrade';

/** How long a deleted scan can be brought back. */
export const UNDO_MS = 15_000;
let undoTimer: ReturnType<typeof setTimeout> | undefined;

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
    save(assessment: Assessment): WriteFailure | null {
      const result = appRepository().save(assessment);
      this.refresh();
      return result.ok ? null : result.reason;
    },
    rename(id: string, title: string): WriteFailure | null {
      const a = this.list.find((x) => x.id === id);
      if (!a || !title.trim()) return null;
      return this.save({ ...a, title: title.trim(), updatedAt: new Date().toISOString() });
    },
    duplicate(id: string, suffix: string): Assessment | null {
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
      return this.save(copy) ? null : copy;
    },
    remove(id: string) {
      const a = this.list.find((x) => x.id === id);
      if (!a) return;
      appRepository().remove(id);
      this.deleted = a;
      clearTimeout(undoTimer);
      undoTimer = setTimeout(() => (this.deleted = null), UNDO_MS);
      this.refresh();
    },
    undoRemove() {
      if (!this.deleted) return;
      appRepository().save(this.deleted);
      this.deleted = null;
      clearTimeout(undoTimer);
      this.refresh();
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
      const failure = this.save(assessment);
      return failure ? { kind: 'write-failed', reason: failure } : { kind: 'imported', assessment };
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
