import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { EVALUATION_BASIS, t } from '../../../src/content/text';
import type { Checklist } from '../../../src/content/types';
import { provenance } from '../../../src/domain/provenance';

describe('where the checklist texts come from (Verantwoording page)', () => {
  it('counts the questions by origin, adding up to all of them', () => {
    const p = provenance(CHECKLIST);
    expect(p.points).toBe(20);
    expect(p.fromReport + p.derived).toBe(p.questions);
    expect(p.fromReport).toBe(25);
  });

  it('lists the reworded report questions and the marked additions, never level 5', () => {
    const point = structuredClone(CHECKLIST.sections[0]!.attentionPoints[0]!);
    point.rubric[2].basis = t('Eigen toevoeging van de checklist: test.', 'Own addition: test.');
    point.rubric[5].basis = EVALUATION_BASIS;
    point.questions = [
      {
        id: 'q1',
        origin: 'report',
        text: t('Vraag een?', 'Q1?'),
        activity: t('a.', 'a.'),
        help: t('Aangepaste vraag: x.', 'Adapted: x.'),
      },
      { id: 'q2', origin: 'report', text: t('Vraag twee?', 'Q2?'), activity: t('a.', 'a.') },
      {
        id: 'q3',
        origin: 'derived',
        text: t('Vraag drie?', 'Q3?'),
        activity: t('a.', 'a.'),
        basis: t('Eigen toevoeging: y.', 'Own: y.'),
      },
    ];
    const checklist: Checklist = {
      ...CHECKLIST,
      sections: [{ ...CHECKLIST.sections[0]!, attentionPoints: [point] }],
    };
    const p = provenance(checklist);
    expect(p.adapted.map((a) => a.question?.nl)).toEqual(['Vraag een?']);
    expect(p.additions.map((a) => a.level ?? a.question?.nl)).toEqual([2, 'Vraag drie?']);
  });
});
