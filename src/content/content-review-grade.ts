import type { ReviewGrades } from './validation-types';

/** One reading's grades, in CONTENT-REVIEW's order: coverage, fidelity, rubric quality, Dutch, English. */
export function reading(
  checklistVersion: string,
  date: string,
  [coverage, fidelity, rubrics, dutch, english]: [number, number, number, number, number],
): ReviewGrades {
  return { checklistVersion, date, coverage, fidelity, rubrics, dutch, english };
}
