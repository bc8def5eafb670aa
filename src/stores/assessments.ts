import { defineStore } from 'pinia';
import type { Answer, Assessment } from '../domain/types';
import { createAssessment, withAnswer, withTarget, type NewAssessmentInput } from '../domain/assessment';
import { createFollowUp, type FollowUpInput } from '../domain/follow-up';
import type { Level } from '../content/types';
import { CHECKLIST } from '../content/pga-2024';
import { appRepository } from '../storage/context';
import type { WriteFailure } from '../storage/browser-storage';

/** Long enough to batch keystrokes, short enough that closing the tab loses nothing (pagehide also flushes). */
export const AUTOSAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'pending' | 'saved' | WriteFailure;

let timer: ReturnType<typeof setTimeout> | undefined;

export const useAssessmentsStore = defineStore('assessments', {
  state: () => ({
    list: [] as Assessment[],
    current: null as Assessment | null,
    saveState: 'idle' as SaveState,
    savedAt: null as string | null,
  }),
  getters: {
    persistent: () => appRepository().persistent,
  },
  actions: {
    refreshList() {
      this.list = appRepository()
        .list()
        .flatMap((r) => (r.ok ? [r.assessment] : []))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    create(input: NewAssessmentInput): Assessment {
      const assessment = createAssessment(input, CHECKLIST.version, new Date());
      this.current = assessment;
      this.writeNow();
      this.refreshList();
      return assessment;
    },
    /** A follow-up scan of the current one, saved at once and made current. */
    createFollowUp(input: FollowUpInput): Assessment | null {
      if (!this.current) return null;
      this.flush();
      const next = createFollowUp(this.current, input, CHECKLIST.version, new Date());
      this.current = next;
      this.writeNow();
      this.refreshList();
      return next;
    },
    open(id: string): boolean {
      if (this.current?.id === id) return true;
      this.flush();
      const result = appRepository().load(id);
      this.current = result.ok ? result.assessment : null;
      this.saveState = 'idle';
      return result.ok;
    },
    /** Applies a pure domain change to the current assessment and schedules the autosave. */
    apply(change: (assessment: Assessment, now: Date) => Assessment) {
      if (!this.current) return;
      this.current = change(this.current, new Date());
      this.scheduleSave();
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
      const result = appRepository().save(this.current);
      if (result.ok) {
        this.saveState = 'saved';
        this.savedAt = new Date().toISOString();
      } else {
        this.saveState = result.reason;
      }
    },
  },
});
