// A library as a region builds it over the years: full scans with notes of about 2 KB on every question and
// 30 actions each. For the storage test, the library bench and the storage measurement.
import { CHECKLIST } from '../../src/content/pga-2024';
import { allQuestions } from '../../src/domain/content-index';
import type { Assessment } from '../../src/domain/types';
import { heavyAssessment } from '../bench/fixtures';

export const NOTE_2KB =
  'Toelichting met de afwegingen van de partners, wie wat doet en wat er nog ontbreekt. '
    .repeat(24)
    .slice(0, 2000);

export function libraryScan(i: number): Assessment {
  const scan = heavyAssessment(30);
  const level = ([1, 2, 3, 4, 5] as const)[i % 5]!;
  for (const r of allQuestions(CHECKLIST)) scan.answers[r.question.id] = { level, note: NOTE_2KB };
  const stamp = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString();
  return {
    ...scan,
    id: `bibliotheek-${String(i).padStart(2, '0')}`,
    title: `Zelfscan ${i + 1}`,
    createdAt: stamp,
    updatedAt: stamp,
  };
}
