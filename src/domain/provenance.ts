import { LEVELS, type Checklist, type Level, type Text } from '../content/types';

/** One text of the checklist that is marked as its own addition, not the report's finding. */
export interface OwnAddition {
  ref: string;
  pointTitle: Text;
  /** A rubric level, or a question. */
  level?: Level;
  question?: Text;
}

// A basis that starts with this says the text is the checklist's own (see EVALUATION_BASIS in content/text.ts);
// a report question the checklist reworded says so at the start of its help text.
const OWN = 'Eigen toevoeging';
const ADAPTED = 'Aangepaste vraag';

/**
 * Where the checklist's texts come from, for the Verantwoording page: the counts by origin, and every text
 * marked as the checklist's own addition. Level 5 is left out of the list: it is the checklist's own
 * addition at every point, which the page says once.
 */
export function provenance(checklist: Checklist) {
  const points = checklist.sections.flatMap((s) => s.attentionPoints);
  const questions = points.flatMap((p) => p.questions);
  const additions: OwnAddition[] = [];
  const adapted: OwnAddition[] = [];
  for (const p of points) {
    for (const level of LEVELS)
      if (level < 5 && p.rubric[level].basis.nl.startsWith(OWN))
        additions.push({ ref: p.ref, pointTitle: p.title, level });
    for (const q of p.questions)
      if (q.basis?.nl.startsWith(OWN)) additions.push({ ref: p.ref, pointTitle: p.title, question: q.text });
      else if (q.origin === 'report' && q.help?.nl.startsWith(ADAPTED))
        adapted.push({ ref: p.ref, pointTitle: p.title, question: q.text });
  }
  return {
    points: points.length,
    questions: questions.length,
    fromReport: questions.filter((q) => q.origin === 'report').length,
    derived: questions.filter((q) => q.origin === 'derived').length,
    additions,
    adapted,
  };
}
