import type { Checklist } from '../content/types';
import type { AgendaSettings, Assessment } from './types';
import { allQuestions } from './content-index';
import { agendaCandidate, type AgendaItem } from './workshop';

export const DEFAULT_AGENDA: AgendaSettings = {
  order: 'spread',
  top: null,
  section: null,
  removed: [],
  added: [],
};
/** The choices a facilitator gets for "show the first N": a two-hour session holds about 15–25 questions. */
export const TOP_CHOICES = [5, 10, 15, 20, 25, 30] as const;

export interface SessionAgenda {
  /** The questions to discuss, in the chosen order. */
  items: AgendaItem[];
  /** Flagged or added questions the facilitator took off, so they can be put back. */
  removed: AgendaItem[];
  /** Questions on the agenda that the step filter or the top N leave out. */
  hidden: number;
  /** Questions with no disagreement and not added: what the facilitator can still add. */
  addable: AgendaItem[];
}

const gapOf = (i: AgendaItem) => Math.abs(i.distribution.domainGap ?? 0);
const spreadOf = (i: AgendaItem) => i.distribution.spread ?? 0;
const ORDERS: Record<AgendaSettings['order'], (a: AgendaItem, b: AgendaItem) => number> = {
  spread: (a, b) => spreadOf(b) - spreadOf(a) || gapOf(b) - gapOf(a),
  gap: (a, b) => gapOf(b) - gapOf(a) || spreadOf(b) - spreadOf(a),
};

/**
 * The agenda as the facilitator trimmed it: flagged questions plus the ones put on by hand, minus the ones
 * taken off, in the chosen order, for one section or all, the first N. Equal questions keep the checklist's
 * order, so the agenda reads the same on every screen and in the exported agenda.
 */
export function sessionAgenda(checklist: Checklist, assessment: Assessment): SessionAgenda {
  const settings = assessment.workshop.agenda ?? DEFAULT_AGENDA;
  const removed = new Set(settings.removed);
  const added = new Set(settings.added);
  const all = allQuestions(checklist).map((ref): AgendaItem => {
    const item = agendaCandidate(ref, assessment);
    return item.reasons.length === 0 && added.has(ref.question.id) ? { ...item, reasons: ['added'] } : item;
  });
  const candidates = all.filter((i) => i.reasons.length > 0);
  const on = candidates.filter((i) => !removed.has(i.question.id)).sort(ORDERS[settings.order]);
  const inSection = on.filter((i) => settings.section === null || i.section.id === settings.section);
  const items = settings.top === null ? inSection : inSection.slice(0, settings.top);
  return {
    items,
    removed: candidates.filter((i) => removed.has(i.question.id)),
    hidden: on.length - items.length,
    addable: all.filter((i) => i.reasons.length === 0),
  };
}

/** Takes a question off the agenda (an added one as well), or puts a removed one back. */
export function toggleAgendaQuestion(
  settings: AgendaSettings,
  questionId: string,
  on: boolean,
): AgendaSettings {
  const removed = settings.removed.filter((id) => id !== questionId);
  if (on) return { ...settings, removed };
  return {
    ...settings,
    removed: [...removed, questionId],
    added: settings.added.filter((id) => id !== questionId),
  };
}

export function addAgendaQuestion(settings: AgendaSettings, questionId: string): AgendaSettings {
  if (settings.added.includes(questionId)) return settings;
  return {
    ...settings,
    added: [...settings.added, questionId],
    removed: settings.removed.filter((id) => id !== questionId),
  };
}
