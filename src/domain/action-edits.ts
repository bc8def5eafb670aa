// Changes to a scan's actions. Apart from the suggestions (actions.ts), so the start page, whose store
// can make these changes, does not load the scoring that suggestions need.
import type { ActionTemplate, Locale } from '../content/types';
import type { Action, Assessment, Priority } from './types';
import { newId } from './ids';
import { levelOf, type Score } from './scoring';
import type { AttentionPoint } from '../content/types';

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
  suggestion: { point: AttentionPoint; score: Score },
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
