import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VALIDATION_SPREAD } from '../../../src/content/validation-spread';
import { validationStanding } from '../../../src/domain/validation-standing';
import { agreementFigures, unitsOf } from '../../support/rater-agreement';
import { VIGNETTES_DIR, roundRatings } from '../../support/validation-rounds';

// The spread the Verantwoording shows must be what the version's ratings give, all rounds together.
describe('where raters chose levels two or more apart (Verantwoording)', () => {
  const version = VALIDATION_SPREAD.checklistVersion;
  const rounds = readdirSync(join(VIGNETTES_DIR, 'rounds')).filter((d) => d.endsWith(`-${version}`));
  // Vignette names repeat across rounds' sets only by accident; the round keeps every unit apart.
  const ratings = rounds.flatMap((r) =>
    roundRatings(r).map((x) => ({ ...x, vignette: `${r}/${x.vignette}` })),
  );

  it('counts the same rounds as the standing the page gives for the version', () => {
    expect(rounds.length).toBe(validationStanding(version).rounds);
    expect(VALIDATION_SPREAD.rounds).toBe(rounds.length);
  });

  it('claims the units, the wide units, the pooled alpha and the points with most wide units that the ratings give', () => {
    const figures = agreementFigures(ratings);
    const units = unitsOf(ratings);
    const perPoint = new Map<string, { wideUnits: number; units: number }>();
    for (const rs of units.values()) {
      const point = rs[0]!.point;
      const p = perPoint.get(point) ?? { wideUnits: 0, units: 0 };
      perPoint.set(point, { ...p, units: p.units + 1 });
    }
    for (const w of figures.wideUnits) {
      const point = units.get(w.unit)![0]!.point;
      perPoint.get(point)!.wideUnits += 1;
    }
    const top = [...perPoint]
      .map(([point, p]) => ({ point, ...p }))
      .sort((a, b) => b.wideUnits - a.wideUnits || a.units - b.units || a.point.localeCompare(b.point))
      .slice(0, VALIDATION_SPREAD.points.length);
    expect({
      units: units.size,
      wideUnits: figures.wideUnits.length,
      alpha: figures.alphaOrdinal.toFixed(3),
      points: top,
    }).toEqual({
      units: VALIDATION_SPREAD.units,
      wideUnits: VALIDATION_SPREAD.wideUnits,
      alpha: VALIDATION_SPREAD.alpha.toFixed(3),
      points: VALIDATION_SPREAD.points,
    });
  });
});
