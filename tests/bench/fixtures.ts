import { CHECKLIST } from '../../src/content/pga-2024';
import type { Action, Assessment } from '../../src/domain/types';
import { seededAssessment } from '../e2e/seed';

const LONG_NOTE =
  'De weegploeg komt wekelijks bijeen; afwegingen worden vastgelegd in het dossier, maar niet altijd met onderbouwing. ' +
  'Partners noemen personele wisselingen en verschillen tussen gemeenten in de regio als knelpunt. ';

/** A full scan at its heaviest: every question answered with a long note, and many actions. */
export function heavyAssessment(actionCount: number): Assessment {
  const a = seededAssessment('Zelfscan PGA 2026 – benchmark');
  for (const [id, answer] of Object.entries(a.answers))
    a.answers[id] = { ...answer, note: LONG_NOTE.repeat(4) };
  const points = CHECKLIST.sections.flatMap((s) => s.attentionPoints);
  a.actions = Array.from({ length: actionCount }, (_, i): Action => ({
    id: `bench-${i}`,
    attentionPointId: points[i % points.length]!.id,
    title: `Actie ${i + 1}: ${points[i % points.length]!.suggestedActions[0]!.title.nl}`,
    description: LONG_NOTE,
    owner: ['Gemeente OOV', 'Politie', 'Openbaar Ministerie', 'Zorg- en Veiligheidshuis'][i % 4]!,
    due: `2027-${String((i % 12) + 1).padStart(2, '0')}-01`,
    priority: (['high', 'medium', 'low'] as const)[i % 3]!,
    status: (['open', 'in-progress', 'done'] as const)[i % 3]!,
    origin: i % 2 ? 'own' : 'suggested',
  }));
  return a;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  budget: number;
  /** A floor rather than a ceiling, e.g. a Lighthouse score. */
  atLeast?: boolean;
}

export function report(results: BenchResult[]): boolean {
  let ok = true;
  for (const r of results) {
    const pass = r.atLeast ? r.value >= r.budget : r.value <= r.budget;
    ok &&= pass;
    console.log(
      `${pass ? 'PASS' : 'FAIL'}  ${r.name}: ${r.value.toFixed(r.unit === 'KB' ? 1 : 0)} ${r.unit} (budget ${r.atLeast ? 'at least' : 'at most'} ${r.budget} ${r.unit})`,
    );
  }
  return ok;
}
