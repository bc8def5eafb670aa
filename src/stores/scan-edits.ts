// The named edits of the open scan, built over the store's commit. The store (assessments.ts) lists each one in
// its public surface; here each calls the domain and says what came of the write: a discrete change is written
// at once, typing is batched by the autosave.
import type { ActionTemplate, Level, Locale } from '../content/types';
import { OUTLINE } from '../content/outline';
import type { Action, Answer, Assessment, Mark, Participant, Tally } from '../domain/types';
import { withAnswer, withTarget } from '../domain/assessment';
import {
  addAction,
  adoptSuggestion,
  dismissSuggestion,
  removeAction,
  restoreSuggestions,
  updateAction,
  type ActionInput,
} from '../domain/action-edits';
import type { Suggestion } from '../domain/actions';
import { addParticipant, removeParticipant, updateParticipant } from '../domain/participants';
import {
  addSource,
  removeSource,
  setSessionChoices,
  setTally,
  type SourceImport,
  type SourceMode,
} from '../domain/session-sources';
import { undoRemoval, type Removal } from '../domain/session-undo';
import {
  addEvidence,
  removeEvidence,
  updateEvidence,
  type EvidenceError,
  type EvidenceInput,
  type EvidenceResult,
} from '../domain/evidence';
import { setMark } from '../domain/marks';
import type { Commit, SaveState } from './types';

/** The newest action: addAction appends. */
const lastAction = (a: Assessment | null): Action | null => a?.actions[a.actions.length - 1] ?? null;

/** A reference change that the domain refused changes nothing; one it took is written at once. */
function evidenceEdit(
  commit: Commit,
  current: () => Assessment | null,
  edit: (a: Assessment, now: Date) => EvidenceResult,
): EvidenceError | null {
  const scan = current();
  if (!scan) return null;
  const tried = edit(scan, new Date());
  if (!tried.ok) return tried.error;
  commit((a, now) => {
    const r = edit(a, now);
    return r.ok ? r.assessment : a;
  }, 'now');
  return null;
}

export function scanEdits(commit: Commit, current: () => Assessment | null) {
  return {
    /** Marks a question for discussion, changes its reason, or (null) clears it; the reason's text is typing. */
    setMark: (questionId: string, mark: Mark | null, when: 'now' | 'typing' = 'now') =>
      commit((a, now) => setMark(a, questionId, mark, now), when),
    /** Each returns why the reference was refused, or null when it was kept. */
    addEvidence: (pointId: string, input: EvidenceInput) =>
      evidenceEdit(commit, current, (a, now) => addEvidence(a, pointId, input, now)),
    updateEvidence: (pointId: string, refId: string, input: EvidenceInput) =>
      evidenceEdit(commit, current, (a, now) => updateEvidence(a, pointId, refId, input, now)),
    removeEvidence: (pointId: string, refId: string) =>
      commit((a, now) => removeEvidence(a, pointId, refId, now), 'now'),

    setAnswer: (questionId: string, patch: Partial<Answer>) =>
      commit((a, now) => withAnswer(a, questionId, patch, now), 'note' in patch ? 'typing' : 'now'),
    setTarget: (sectionId: string, level: Level | null) =>
      commit((a, now) => withTarget(a, sectionId, level, now), 'now'),

    /** Adds an action and returns it, so the view can put focus in it. */
    addAction(input: ActionInput): { action: Action | null; state: SaveState } {
      const state = commit((a, now) => addAction(a, input, now), 'now');
      return { action: lastAction(current()), state };
    },
    adoptSuggestion(suggestion: Suggestion, template: ActionTemplate, locale: Locale) {
      const state = commit((a, now) => adoptSuggestion(a, suggestion, template, locale, now), 'now');
      return { action: lastAction(current()), state };
    },
    updateAction: (id: string, patch: Partial<ActionInput>) =>
      commit((a, now) => updateAction(a, id, patch, now), 'typing'),
    removeAction: (id: string) => commit((a, now) => removeAction(a, id, now), 'now'),
    dismissSuggestion: (templateId: string) =>
      commit((a, now) => dismissSuggestion(a, templateId, now), 'now'),
    restoreSuggestions: () => commit((a, now) => restoreSuggestions(a, now), 'now'),

    addParticipant: (role: string, organisation: string) =>
      commit((a, now) => addParticipant(a, role, organisation, now), 'now'),
    updateParticipant: (id: string, patch: Partial<Omit<Participant, 'id'>>) =>
      commit((a, now) => updateParticipant(a, id, patch, now), 'typing'),
    markInvited: (id: string) =>
      commit((a, now) => updateParticipant(a, id, { invitedAt: now.toISOString() }, now), 'now'),
    removeParticipant: (id: string) => commit((a, now) => removeParticipant(a, id, now), 'now'),

    /** Reads a partner's scan into the session and says who it matched and what was left out. */
    addPartnerScan(
      scan: Assessment,
      mode: SourceMode = 'replace',
    ): { outcome: SourceImport | null; state: SaveState } {
      let outcome: SourceImport | null = null;
      const state = commit((a, now) => {
        outcome = addSource(OUTLINE, a, scan, now, mode);
        return {
          ...a,
          workshop: outcome.workshop,
          participants: outcome.participants,
          updatedAt: now.toISOString(),
        };
      }, 'now');
      return { outcome, state };
    },
    removePartnerScan: (sourceId: string) => commit((a, now) => removeSource(a, sourceId, now), 'now'),
    /** Puts back a participant or a scan that was just removed. */
    undoRemoval: (removal: Removal) => commit((a, now) => undoRemoval(a, removal, now), 'now'),
    setTally: (questionId: string, tally: Tally) =>
      commit((a, now) => setTally(a, questionId, tally, now), 'now'),
    setSessionChoices: (patch: Parameters<typeof setSessionChoices>[1]) =>
      commit((a, now) => setSessionChoices(a, patch, now), 'now'),
  };
}
