import type { ContentMigration } from '../content/content-migrations';
import type { Action, EvidenceRef, Tally } from './types';

// The parts of a scan that follow a checklist update by point or template, apart from its answers
// (content-upgrade.ts maps the answers, notes and marks).

/** References follow a point folded into another, joining that point's own. */
export function mapEvidence(
  evidence: Record<string, EvidenceRef[]>,
  m: ContentMigration,
): Record<string, EvidenceRef[]> {
  const out: Record<string, EvidenceRef[]> = {};
  for (const [id, refs] of Object.entries(evidence)) {
    const to = m.points[id] ?? id;
    out[to] = [...(out[to] ?? []), ...refs];
  }
  return out;
}

/** A show of hands follows its question; where two meet, the target's own wins; a removed question's goes. */
export function mapTallies(tallies: Record<string, Tally>, m: ContentMigration): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  for (const [id, tally] of Object.entries(tallies)) {
    const move = m.questions[id];
    const to = move ? (move.kind === 'removed' ? null : move.to) : id;
    // A show of hands belongs to the question it was held on; the target's own tally wins.
    if (to !== null && (!(to in out) || !move)) out[to] = tally;
  }
  return out;
}

/** An action follows a template renamed or moved, or a point folded into another. */
export function mapAction(action: Action, m: ContentMigration): Action {
  const renamed = action.templateId !== undefined ? m.templates[action.templateId] : undefined;
  const templateId = renamed === undefined ? action.templateId : (renamed ?? undefined);
  const point =
    (templateId !== undefined ? m.templatePoints[templateId] : undefined) ??
    m.points[action.attentionPointId] ??
    action.attentionPointId;
  const next: Action = { ...action, attentionPointId: point };
  if (templateId === undefined) delete next.templateId;
  else next.templateId = templateId;
  return next;
}
