import { defineStore } from 'pinia';
import type { Answer, Assessment } from '../domain/types';
import { createAssessment, withAnswer, withTarget, type NewAssessmentInput } from '../domain/assessment';
import { createFollowUp, type FollowUpInput } from '../domain/follow-up';
import type { Level } from '../content/types';
import { CONTENT_VERSION } from '../content/version';
import { appRepository } from '../storage/context';
import type { WriteFailure } from '../storage/browser-storage';
import type { ContentUpgrade } from '../domain/content-upgrade';

/** Long enough to batch keystrokes, short enough that closing the tab loses nothing (pagehide also flushes). */
export const AUTOSAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'pending' | 'saved' | 'conflict' | WriteFailure;

let timer: ReturnType<typeof setTimeout> | undefined;

/** The scan being worked on, its autosave, and its guard against edits from another tab. */
export const useAssessmentsStore = defineStore('assessments', {
  state: () => ({
    current: null as Assessment | null,
    saveState: 'idle' as SaveState,
    savedAt: null as string | null,
    /** updatedAt of the stored version our edits build on; another value in storage means another tab wrote. */
    base: null as string | null,
    /** The other tab's version, while the user decides which one to keep. */
    theirs: null as Assessment | null,
    /** What a checklist update changed in the scan just opened, shown once. */
    contentNotice: null as ContentUpgrade | null,
  }),
  getters: {
    persistent: () => appRepository().persistent,
  },
  actions: {
    create(input: NewAssessmentInput): Assessment {
      this.close();
      const assessment = createAssessment(input, CONTENT_VERSION, new Date());
      this.current = assessment;
      this.writeNow();
      return assessment;
    },
    /** A follow-up scan of the current one, saved at once and made current. */
    createFollowUp(input: FollowUpInput): Assessment | null {
      if (!this.current) return null;
      const next = createFollowUp(this.current, input, CONTENT_VERSION, new Date());
      this.close();
      this.current = next;
      this.writeNow();
      return next;
    },
    open(id: string): boolean {
      if (this.current?.id === id) return true;
      this.close();
      const result = appRepository().load(id);
      this.current = result.ok ? result.assessment : null;
      this.base = this.current?.updatedAt ?? null;
      this.contentNotice = result.ok ? (result.upgrade ?? null) : null;
      // Keep the carried-over answers at once, so the notice is shown only this once.
      if (result.ok && result.upgrade) this.writeNow();
      return result.ok;
    },
    /** Writes what is pending and lets go of the current scan. */
    close() {
      this.flush();
      this.forget();
    },
    /** Lets go without writing: the scan was deleted or all data removed. */
    forget() {
      clearTimeout(timer);
      Object.assign(this, {
        current: null,
        saveState: 'idle',
        base: null,
        theirs: null,
        contentNotice: null,
      });
    },
    /** Applies a pure domain change to the current assessment and schedules the autosave. */
    apply(change: (assessment: Assessment, now: Date) => Assessment) {
      if (!this.current) return;
      this.current = change(this.current, new Date());
      if (this.saveState !== 'conflict') this.scheduleSave();
    },
    setAnswer(questionId: string, patch: Partial<Answer>) {
      this.apply((a, now) => withAnswer(a, questionId, patch, now));
    },
    setTarget(sectionId: string, level: Level | null) {
      this.apply((a, now) => withTarget(a, sectionId, level, now));
    },
    scheduleSave() {
      this.saveState = 'pending';
      clearTimeout(timer);
      timer = setTimeout(() => this.writeNow(), AUTOSAVE_DELAY_MS);
    },
    /** Writes a pending change at once, e.g. when the page is being hidden or closed. */
    flush() {
      if (this.saveState === 'pending') this.writeNow();
    },
    writeNow() {
      clearTimeout(timer);
      timer = undefined;
      if (!this.current) return;
      const stored = appRepository().load(this.current.id);
      if (stored.ok && this.base !== null && stored.assessment.updatedAt !== this.base) {
        this.theirs = stored.assessment;
        this.saveState = 'conflict';
        return;
      }
      const result = appRepository().save(this.current);
      if (result.ok) {
        this.saveState = 'saved';
        this.savedAt = new Date().toISOString();
        this.base = this.current.updatedAt;
      } else this.saveState = result.reason;
    },
    /** Another tab wrote this scan: take its version if we have nothing unsaved, else ask. */
    externalChange(id: string) {
      if (!this.current || this.current.id !== id) return;
      const stored = appRepository().load(id);
      if (!stored.ok || stored.assessment.updatedAt === this.base) return;
      if (this.saveState === 'pending' || this.saveState === 'conflict') {
        clearTimeout(timer);
        this.theirs = stored.assessment;
        this.saveState = 'conflict';
      } else {
        this.current = stored.assessment;
        this.base = stored.assessment.updatedAt;
      }
    },
    /** Ends a conflict: keep the other tab's version, or write ours over it. */
    resolveConflict(keep: 'theirs' | 'mine') {
      if (!this.theirs || !this.current) return;
      if (keep === 'theirs') {
        this.current = this.theirs;
        this.base = this.theirs.updatedAt;
        this.saveState = 'saved';
      } else {
        this.base = this.theirs.updatedAt;
        this.writeNow();
      }
      this.theirs = null;
    },
  },
});
