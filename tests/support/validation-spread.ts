// The spread the Verantwoording shows (src/content/validation-spread.ts), computed from a version's ratings.
import { countedRounds } from '../../src/domain/validation-standing';
import type { ValidationSpread } from '../../src/content/validation-types';
import { agreementFigures, unitsOf } from './rater-agreement';
import { roundRatings } from './validation-rounds';

/** The version's rounds, all together; `top` points with the largest share of units whose levels lie two or more
 *  apart (reading 104: a count alone ranks the points with most questions first). */
export function spreadOf(version: string, top: number): ValidationSpread {
  // The rounds the page lists for the version, so the spread pools exactly what the standing pools.
  const rounds = countedRounds(version).map((r) => r.id);
  // Vignette names may repeat across rounds; the round keeps every unit apart.
  const ratings = rounds.flatMap((r) =>
    roundRatings(r).map((x) => ({ ...x, vignette: `${r}/${x.vignette}` })),
  );
  const ranked = rankedPoints(ratings);
  return {
    checklistVersion: version,
    rounds: rounds.length,
    units: ranked.units,
    wideUnits: ranked.wideUnits,
    alpha: ranked.alpha,
    points: topWithTies(ranked.points, top),
  };
}

/** The first `top` points, and every later point with the same share as the last one: reading 112 (J9) found the
 *  list cut between points that tied, so 'most often' was arbitrary at the bottom. */
export function topWithTies<P extends { wideUnits: number; units: number }>(points: P[], top: number): P[] {
  const last = points[top - 1];
  if (!last) return points;
  const share = (p: P) => p.wideUnits / p.units;
  return points.filter((p, i) => i < top || share(p) === share(last));
}

function rankedPoints(ratings: ReturnType<typeof roundRatings>) {
  const figures = agreementFigures(ratings);
  const units = unitsOf(ratings);
  const perPoint = new Map<string, { wideUnits: number; units: number }>();
  for (const rs of units.values()) {
    const point = rs[0]!.point;
    const p = perPoint.get(point) ?? { wideUnits: 0, units: 0 };
    perPoint.set(point, { ...p, units: p.units + 1 });
  }
  for (const w of figures.wideUnits) perPoint.get(units.get(w.unit)![0]!.point)!.wideUnits += 1;
  return {
    units: units.size,
    wideUnits: figures.wideUnits.length,
    alpha: figures.alphaOrdinal,
    points: [...perPoint]
      .map(([point, p]) => ({ point, ...p }))
      // A point where no raters lay two levels apart is not a point of spread.
      .filter((p) => p.wideUnits > 0)
      .sort(
        (a, b) =>
          b.wideUnits / b.units - a.wideUnits / a.units ||
          b.wideUnits - a.wideUnits ||
          a.point.localeCompare(b.point),
      ),
  };
}
