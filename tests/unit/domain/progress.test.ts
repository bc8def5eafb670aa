import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { createAssessment, withAnswer } from '../../../src/domain/assessment';
import { questionsOf } from '../../../src/domain/content-index';
import {
  overallProgress,
  percent,
  resumeSection,
  sectionProgress,
  sectionState,
} from '../../../src/domain/progress';
import type { Assessment } from '../../../src/domain/types';

const now = new Date('2026-11-28T10:00:00Z');
const [s1, s2] = CHECKLIST.sections;
if (!s1 || !s2) throw new Error('content needs two sections');

function answerAll(a: Assessment, ids: string[], level: 1 | 'unknown' | 'na' = 1): Assessment {
  return ids.reduce((acc, id) => withAnswer(acc, id, { level }, now), a);
}

describe('progress', () => {
  const empty = createAssessment({ title: 't', region: 'r', date: '' }, CHECKLIST.version, now);

  it('starts with nothing started and no progress', () => {
    expect(sectionState(empty, s1)).toBe('not-started');
    expect(overallProgress(empty, CHECKLIST)).toEqual({
      answered: 0,
      total:
        questionsOf(CHECKLIST.sections[0]!).length +
        CHECKLIST.sections.slice(1).reduce((n, s) => n + questionsOf(s).length, 0),
    });
    expect(resumeSection(empty, CHECKLIST)?.id).toBe(s1.id);
  });

  it('counts a note alone as in progress but not answered', () => {
    const q = questionsOf(s1)[0]!;
    const a = withAnswer(empty, q.id, { note: 'idee' }, now);
    expect(sectionState(a, s1)).toBe('in-progress');
    expect(sectionProgress(a, s1).answered).toBe(0);
  });

  it('counts weet niet and n.v.t. as answers, and completes a section when all are answered', () => {
    const ids = questionsOf(s1).map((q) => q.id);
    const a = answerAll(empty, ids, 'unknown');
    expect(sectionState(a, s1)).toBe('complete');
    expect(sectionProgress(a, s1)).toEqual({ answered: ids.length, total: ids.length });
    expect(resumeSection(a, CHECKLIST)?.id).toBe(s2.id);
  });

  it('reports overall progress as a percentage', () => {
    const all = CHECKLIST.sections.flatMap((s) => questionsOf(s).map((q) => q.id));
    const half = answerAll(empty, all.slice(0, Math.floor(all.length / 2)), 'na');
    expect(percent(overallProgress(half, CHECKLIST))).toBe(
      Math.round((Math.floor(all.length / 2) / all.length) * 100),
    );
    expect(percent(overallProgress(answerAll(empty, all), CHECKLIST))).toBe(100);
    expect(percent({ answered: 0, total: 0 })).toBe(0);
  });
});
