// What the results and the report say about evidence and marks; apart from the edits, so the start page,
// which carries the store and its edits, does not carry these too.
import type { Checklist } from '../content/types';
import type { Assessment, EvidenceRef, Mark } from './types';
import { allQuestions, findPoint, type PointRef, type QuestionRef } from './content-index';

/** How many of the checklist's points have at least one reference, of how many. */
export function backedPoints(checklist: Checklist, a: Assessment): { backed: number; total: number } {
  const points = checklist.sections.flatMap((s) => s.attentionPoints);
  return {
    backed: points.filter((p) => (a.evidence[p.id]?.length ?? 0) > 0).length,
    total: points.length,
  };
}

/** Every point with references, in checklist order. */
export function evidenceByPoint(checklist: Checklist, a: Assessment): (PointRef & { refs: EvidenceRef[] })[] {
  return Object.keys(a.evidence)
    .map((id) => ({ ref: findPoint(checklist, id), refs: a.evidence[id] ?? [] }))
    .filter((x): x is { ref: PointRef; refs: EvidenceRef[] } => x.ref !== undefined && x.refs.length > 0)
    .map(({ ref, refs }) => ({ ...ref, refs }))
    .sort(
      (x, y) =>
        checklist.sections.indexOf(x.section) - checklist.sections.indexOf(y.section) ||
        x.section.attentionPoints.indexOf(x.point) - y.section.attentionPoints.indexOf(y.point),
    );
}

export interface MarkedQuestion extends QuestionRef {
  mark: Mark;
}

/** The scan's marked questions in checklist order; marks on questions this checklist lacks are left out. */
export function markedQuestions(checklist: Checklist, a: Assessment): MarkedQuestion[] {
  return allQuestions(checklist).flatMap((ref) => {
    const mark = a.marks[ref.question.id];
    return mark ? [{ ...ref, mark }] : [];
  });
}
