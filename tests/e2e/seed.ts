import type { Page } from 'playwright-core';
import { CHECKLIST } from '../../src/content/pga-2024';
import { createAssessment, withAnswer, withTarget } from '../../src/domain/assessment';
import { allQuestions } from '../../src/domain/content-index';
import type { Action, Assessment } from '../../src/domain/types';
import { assessmentKey } from '../support/storage-keys';

const now = new Date('2026-11-28T10:00:00Z');

/** A scan with every question answered in a fixed, varied pattern, targets and two actions. */
export function seededAssessment(title = 'Zelfscan PGA 2026'): Assessment {
  let a = createAssessment({ title, region: 'Regio Utrecht', date: '2026-11-28' }, CHECKLIST.version, now);
  const pattern = [1, 2, 3, 4, 5, 2, 3, 'unknown', 4, 'na', 3] as const;
  allQuestions(CHECKLIST).forEach((r, i) => {
    a = withAnswer(
      a,
      r.question.id,
      { level: pattern[i % pattern.length]!, note: `Toelichting ${i + 1}: ë ĳ €` },
      now,
    );
  });
  a = withTarget(a, 'wegen', 4, now);
  a = withTarget(a, 'monitoren', 5, now);
  const action = (id: string, status: Action['status']): Action => ({
    id,
    attentionPointId: 'mon-afspraken',
    title: `Afspraken over monitoren vastleggen (${id})`,
    description: '',
    owner: 'Gemeente OOV',
    due: '2027-03-01',
    priority: 'high',
    status,
    origin: 'suggested',
  });
  return { ...a, actions: [action('a1', 'open'), action('a2', 'in-progress')] };
}

/** Puts an assessment into the page's real localStorage, as the app itself would have saved it. */
export async function seed(page: Page, assessment: Assessment): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    assessmentKey(assessment.id),
    JSON.stringify(assessment),
  ] as const);
}
