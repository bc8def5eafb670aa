import type { ActionTemplate, AttentionPoint, Checklist, Locale, Section } from '../content/types';
import type { Action, Assessment, Priority } from './types';
import { newId } from './ids';
import { levelOf, pointScore, type Score } from './scoring';

export interface Suggestion {
  point: AttentionPoint;
  section: Section;
  score: Score;
  /** 'low': level 1 or 2; 'below-target': under the ambition set for its step. */
  reasons: ('low' | 'below-target')[];
  templates: ActionTemplate[];
}

/** Suggested actions still open to adopt, for points that score low or below their step's ambition. */
export function suggestions(checklist: Checklist, assessment: Assessment): Suggestion[] {
  const taken = new Set([
    ...assessment.actions.flatMap((a) => (a.templateId ? [a.templateId] : [])),
    ...assessment.dismissed,
  ]);
  return checklist.sections.flatMap((section) =>
    section.attentionPoints.flatMap((point) => {
      const score = pointScore(point, assessment.answers);
      if (score.value === null) return [];
      const target = assessment.targets[section.id];
      const reasons: Suggestion['reasons'] = [];
      if ((levelOf(score.value) ?? 5) <= 2) reasons.push('low');
      if (target !== undefined && score.value < target) reasons.push('below-target');
      const templates = point.suggestedActions.filter((t) => !taken.has(t.id));
      return reasons.length > 0 && templates.length > 0
        ? [{ point, section, score, reasons, templates }]
        : [];
    }),
  );
}

export type ActionInput = Omit<Action, 'id'>;

function touch(assessment: Assessment, actions: Action[], now: Date): Assessment {
  return { ...assessment, actions, updatedAt: now.toISOString() };
}

export function addAction(assessment: Assessment, input: ActionInput, now: Date): Assessment {
  return touch(assessment, [...assessment.actions, { ...input, id: newId() }], now);
}

/** An action from a template, in the language the user works in; the lower the score, the higher the priority. */
export function adoptSuggestion(
  assessment: Assessment,
  suggestion: Pick<Suggestion, 'point' | 'score'>,
  template: ActionTemplate,
  locale: Locale,
  now: Date,
): Assessment {
  const level = levelOf(suggestion.score.value);
  const priority: Priority = level === 1 ? 'high' : level === 2 ? 'medium' : 'low';
  return addAction(
    assessment,
    {
      attentionPointId: suggestion.point.id,
      title: template.title[locale],
      description: template.description[locale],
      owner: '',
      due: '',
      priority,
      status: 'open',
      origin: 'suggested',
      templateId: template.id,
    },
    now,
  );
}

export function updateAction(
  assessment: Assessment,
  id: string,
  patch: Partial<ActionInput>,
  now: Date,
): Assessment {
  return touch(
    assessment,
    assessment.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)),
    now,
  );
}

export function removeAction(assessment: Assessment, id: string, now: Date): Assessment {
  return touch(
    assessment,
    assessment.actions.filter((a) => a.id !== id),
    now,
  );
}

export function dismissSuggestion(assessment: Assessment, templateId: string, now: Date): Assessment {
  if (assessment.dismissed.includes(templateId)) return assessment;
  return { ...assessment, dismissed: [...assessment.dismissed, templateId], updatedAt: now.toISOString() };
}

export function restoreSuggestions(assessment: Assessment, now: Date): Assessment {
  return { ...assessment, dismissed: [], updatedAt: now.toISOString() };
}
