import type { ActionTemplate, AttentionPoint, Checklist, Section } from '../content/types';
import type { Assessment } from './types';
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
