import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Assessment } from '../domain/types';
import { createAssessment, type NewAssessmentInput } from '../domain/assessment';
import { createFollowUp, type FollowUpInput } from '../domain/follow-up';
import type { ContentUpgrade } from '../domain/content-upgrade';
import { CONTENT_VERSION } from '../content/version';
import { appRepository } from '../storage/context';
import { scanEdits } from './scan-edits';
import type { Edit, SaveState } from './types';
import { useFileLinksStore } from './file-links';
import { usePersistenceStore } from './persistence';
import { useLibraryStore } from './library';
import { dueForReview, type DueReference } from '../domain/evidence';
import { localIsoDate } from '../domain/dates';

/** Long enough to batch keystrokes, short enough that closing the tab loses nothing (pagehide also flushes). */
export const AUTOSAVE_DELAY_MS = 400;

/** The scan being worked on, its autosave, and its guard against edits from another tab. */
export const useAssessmentsStore = defineStore('assessments', () => {
  // Shallow: every edit replaces the whole scan (the domain's functions are pure), so deep reactivity only cost
  // time: a screen read thousands of answers and notes through Vue's proxies, each read tracked.
  const current = shallowRef<Assessment | null>(null);
  const saveState = ref<SaveState>('idle');
  const savedAt = ref<string | null>(null);
  /** updatedAt of the stored version our edits build on; another value in storage means another tab wrote. */
  const base = ref<string | null>(null);
  /** The other tab's version, while the user decides which one to keep. */
  const theirs = shallowRef<Assessment | null>(null);
  /** What a checklist update changed in the scan just opened, shown once. */
  const contentNotice = ref<ContentUpgrade | null>(null);
  /** References past their review date in the scan just opened: listed once per visit, until dismissed. */
  const reviewNotice = shallowRef<DueReference[]>([]);
  /** Scans whose review list was shown in this visit (a reload is a new visit). */
  const reviewShown = new Set<string>();
  const persistent = computed(() => appRepository().persistent);
  const fileLinks = useFileLinksStore();
  const persistence = usePersistenceStore();
  const library = useLibraryStore();
  // Per store instance, so each Pinia (and each test) has its own autosave timer.
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts writes, so a commit that lands after a newer edit does not call that edit saved. */
  let writes = 0;

  function writeNow() {
    clearTimeout(timer);
    timer = undefined;
    if (!current.value) return;
    const stored = appRepository().load(current.value.id);
    if (stored.ok && base.value !== null && stored.assessment.updatedAt !== base.value) {
      theirs.value = stored.assessment;
      saveState.value = 'conflict';
      return;
    }
    const result = appRepository().save(current.value);
    if (result.ok) {
      const write = ++writes;
      saveState.value = 'writing';
      void appRepository()
        .settled()
        .then(() => {
          if (write !== writes || saveState.value !== 'writing') return;
          saveState.value = 'saved';
          savedAt.value = new Date().toISOString();
        });
      base.value = current.value.updatedAt;
      library.showSaved(current.value);
      // Only what the browser has kept goes to the linked file, so the file is never ahead of the browser.
      fileLinks.mirror(current.value);
      void persistence.askOnce();
    } else saveState.value = result.reason;
  }

  /**
   * A copy of a scan was made (an export, its linked file) at this time: the scan keeps it as its last backup.
   * Not an edit: updatedAt stays, and it is not written to the file again. A pending edit carries it along.
   */
  function keepBackupTime(id: string, backedUpAt: string) {
    const open = current.value?.id === id ? current.value : null;
    const stored = open ? null : appRepository().load(id);
    const scan = open ?? (stored?.ok ? stored.assessment : null);
    if (!scan || (scan.backedUpAt ?? '') >= backedUpAt) return;
    const marked = { ...scan, backedUpAt };
    if (open) current.value = marked;
    if (open && (saveState.value === 'pending' || saveState.value === 'conflict')) return;
    // A refusal here loses no work: only the reminder's date, which the next backup sets again.
    if (appRepository().save(marked).ok) library.showSaved(marked);
  }

  function scheduleSave() {
    saveState.value = 'pending';
    clearTimeout(timer);
    timer = setTimeout(writeNow, AUTOSAVE_DELAY_MS);
  }

  /** Writes a pending change at once, e.g. when the page is being hidden or closed. */
  function flush() {
    if (saveState.value === 'pending') writeNow();
  }

  /** Lets go without writing: the scan was deleted or all data removed. */
  function forget() {
    clearTimeout(timer);
    current.value = null;
    saveState.value = 'idle';
    base.value = null;
    theirs.value = null;
    contentNotice.value = null;
    reviewNotice.value = [];
  }

  function close() {
    flush();
    forget();
  }

  /** The one way a scan changes; not returned, so every change a view makes has a name (listed below). */
  function commit(edit: Edit, when: 'now' | 'typing'): SaveState {
    if (!current.value) return saveState.value;
    current.value = edit(current.value, new Date());
    if (saveState.value === 'conflict') return saveState.value;
    if (when === 'now') writeNow();
    else scheduleSave();
    return saveState.value;
  }

  const edits = scanEdits(commit, () => current.value);

  function startWith(assessment: Assessment): Assessment {
    close();
    current.value = assessment;
    writeNow();
    return assessment;
  }

  return {
    current,
    saveState,
    savedAt,
    /** Internal (the conflict guard's base): returned only because Pinia sees returned refs as state. */
    base,
    theirs,
    contentNotice,
    reviewNotice,
    persistent,
    create: (input: NewAssessmentInput) => startWith(createAssessment(input, CONTENT_VERSION, new Date())),
    /** A follow-up scan of the current one, saved at once and made current. */
    createFollowUp(input: FollowUpInput): Assessment | null {
      if (!current.value) return null;
      return startWith(createFollowUp(current.value, input, CONTENT_VERSION, new Date()));
    },
    open(id: string): boolean {
      if (current.value?.id === id) return true;
      close();
      const result = appRepository().load(id);
      current.value = result.ok ? result.assessment : null;
      base.value = current.value?.updatedAt ?? null;
      contentNotice.value = result.ok ? (result.upgrade ?? null) : null;
      if (result.ok && !reviewShown.has(id)) {
        reviewNotice.value = dueForReview(result.assessment, localIsoDate(new Date()));
        if (reviewNotice.value.length > 0) reviewShown.add(id);
      }
      // Keep the carried-over answers at once, so the notice is shown only this once.
      if (result.ok && result.upgrade) writeNow();
      return result.ok;
    },
    close,
    forget,
    /** Deletes a scan from the library; the open one is let go of first, so no pending save brings it back. */
    removeScan(id: string) {
      if (current.value?.id === id) forget();
      library.remove(id);
    },
    /** Removes all data; the open scan is let go of first, without writing. */
    async clearAll(): Promise<void> {
      forget();
      await library.clearAll();
    },
    flush,
    keepBackupTime,
    /** The notices are shown once: closing one is a named step, not a write to the store's state. */
    dismissContentNotice() {
      contentNotice.value = null;
    },
    dismissReviewNotice() {
      reviewNotice.value = [];
    },
    /** Another tab wrote this scan: take its version if we have nothing unsaved, else ask. */
    externalChange(id: string) {
      if (!current.value || current.value.id !== id) return;
      const stored = appRepository().load(id);
      if (!stored.ok || stored.assessment.updatedAt === base.value) return;
      if (saveState.value === 'pending' || saveState.value === 'conflict') {
        clearTimeout(timer);
        theirs.value = stored.assessment;
        saveState.value = 'conflict';
      } else {
        current.value = stored.assessment;
        base.value = stored.assessment.updatedAt;
      }
    },
    /** Ends a conflict: keep the other tab's version, or write ours over it. */
    resolveConflict(keep: 'theirs' | 'mine') {
      if (!theirs.value || !current.value) return;
      if (keep === 'theirs') {
        current.value = theirs.value;
        base.value = theirs.value.updatedAt;
        saveState.value = 'saved';
      } else {
        base.value = theirs.value.updatedAt;
        writeNow();
      }
      theirs.value = null;
    },
    // Every named edit of the open scan (each built in scan-edits.ts over commit).
    setMark: edits.setMark,
    addEvidence: edits.addEvidence,
    updateEvidence: edits.updateEvidence,
    removeEvidence: edits.removeEvidence,
    setAnswer: edits.setAnswer,
    setTarget: edits.setTarget,
    addAction: edits.addAction,
    adoptSuggestion: edits.adoptSuggestion,
    updateAction: edits.updateAction,
    removeAction: edits.removeAction,
    dismissSuggestion: edits.dismissSuggestion,
    restoreSuggestions: edits.restoreSuggestions,
    addParticipant: edits.addParticipant,
    updateParticipant: edits.updateParticipant,
    markInvited: edits.markInvited,
    removeParticipant: edits.removeParticipant,
    addPartnerScan: edits.addPartnerScan,
    removePartnerScan: edits.removePartnerScan,
    undoRemoval: edits.undoRemoval,
    setTally: edits.setTally,
    setSessionChoices: edits.setSessionChoices,
  };
});
