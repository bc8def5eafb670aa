// Contributions for the national picture's tests and bench: made the way the app makes them, from scans.
import { CHECKLIST } from '../../src/content/pga-2024';
import type { Level } from '../../src/content/types';
import { createAssessment } from '../../src/domain/assessment';
import { allQuestions } from '../../src/domain/content-index';
import { buildContribution, SIZE_BANDS, type Contribution } from '../../src/domain/contribution';
import type { Answer } from '../../src/domain/types';

const now = new Date('2026-11-28T10:00:00Z');

/** A deterministic id of 32 hex characters, like the random ones. */
export const fixedId = (i: number): string => i.toString(16).padStart(32, '0');

/** Region i in a year: every question answered with a level that varies by region, year and question. */
export function contributionOf(i: number, year = 2026, shift = 0): Contribution {
  const a = createAssessment(
    { title: `Regio ${i}`, region: `Regio ${i}`, date: `${year}-11-15` },
    CHECKLIST.version,
    now,
  );
  const answers: Record<string, Answer> = {};
  allQuestions(CHECKLIST).forEach((r, q) => {
    answers[r.question.id] = { level: ((((i + shift) * 7 + q * 3) % 5) + 1) as Level, note: '' };
  });
  return buildContribution(
    CHECKLIST,
    { ...a, answers },
    SIZE_BANDS[i % SIZE_BANDS.length]!,
    fixedId(i * 1000 + year),
    now,
  );
}
