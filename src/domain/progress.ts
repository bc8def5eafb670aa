import type { OutlineSection } from '../content/outline';
import type { Assessment } from './types';
import { isAnswered, isTouched } from './assessment';
import { questionsOf } from './content-index';

export type StepState = 'not-started' | 'in-progress' | 'complete';

export interface Progress {
  answered: number;
  total: number;
}

export function sectionProgress(assessment: Assessment, section: OutlineSection): Progress {
  const questions = questionsOf(section);
  const answered = questions.filter((q) => isAnswered(assessment.answers[q.id])).length;
  return { answered, total: questions.length };
}

/** Complete when every question has an answer (a level, weet niet or n.v.t.); a note alone means started. */
export function sectionState(assessment: Assessment, section: OutlineSection): StepState {
  const questions = questionsOf(section);
  const { answered, total } = sectionProgress(assessment, section);
  if (total > 0 && answered === total) return 'complete';
  return questions.some((q) => isTouched(assessment.answers[q.id])) ? 'in-progress' : 'not-started';
}

export function overallProgress(assessment: Assessment, checklist: { sections: OutlineSection[] }): Progress {
  return checklist.sections
    .map((s) => sectionProgress(assessment, s))
    .reduce((sum, p) => ({ answered: sum.answered + p.answered, total: sum.total + p.total }), {
      answered: 0,
      total: 0,
    });
}

/** The first section that is not complete, to resume where the user left off. */
export function resumeSection(
  assessment: Assessment,
  checklist: { sections: OutlineSection[] },
): OutlineSection | undefined {
  return checklist.sections.find((s) => sectionState(assessment, s) !== 'complete') ?? checklist.sections[0];
}

export function percent(p: Progress): number {
  return p.total === 0 ? 0 : Math.round((p.answered / p.total) * 100);
}
