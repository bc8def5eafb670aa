import type { AttentionPoint, Checklist, Question, Section } from '../content/types';

export interface QuestionRef {
  question: Question;
  point: AttentionPoint;
  section: Section;
}

export function questionsOf<Q>(section: { attentionPoints: { questions: Q[] }[] }): Q[] {
  return section.attentionPoints.flatMap((p) => p.questions);
}

export function allQuestions(checklist: Checklist): QuestionRef[] {
  return checklist.sections.flatMap((section) =>
    section.attentionPoints.flatMap((point) =>
      point.questions.map((question) => ({ question, point, section })),
    ),
  );
}

export function findSection(checklist: Checklist, sectionId: string): Section | undefined {
  return checklist.sections.find((s) => s.id === sectionId);
}

export function neighbours(checklist: Checklist, sectionId: string): { prev?: Section; next?: Section } {
  const i = checklist.sections.findIndex((s) => s.id === sectionId);
  if (i < 0) return {};
  return { prev: checklist.sections[i - 1], next: checklist.sections[i + 1] };
}

export interface PointRef {
  point: AttentionPoint;
  section: Section;
}

export function findPoint(checklist: Checklist, pointId: string): PointRef | undefined {
  for (const section of checklist.sections) {
    const point = section.attentionPoints.find((p) => p.id === pointId);
    if (point) return { point, section };
  }
  return undefined;
}
