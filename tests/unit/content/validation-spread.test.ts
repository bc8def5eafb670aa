import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VALIDATION_SPREAD } from '../../../src/content/validation-spread';
import { VALIDATION_ROUNDS } from '../../../src/content/validation';
import { validationStanding } from '../../../src/domain/validation-standing';
import { spreadOf, topWithTies } from '../../support/validation-spread';
import { VIGNETTES_DIR } from '../../support/validation-rounds';

// The spread the Verantwoording shows must be what the version's ratings give, all rounds together
// (after a round: npx tsx tests/tools/make-validation-spread.ts).
describe('where raters chose levels two or more apart (Verantwoording)', () => {
  const version = VALIDATION_SPREAD.checklistVersion;
  const got = spreadOf(version, VALIDATION_SPREAD.points.length);

  it('counts the same rounds as the standing the page gives for the version, and every recorded round of it', () => {
    expect(got.rounds).toBe(validationStanding(version).rounds);
    // A round's ratings recorded under tests/fixtures but not listed on the page would be left out of both.
    // Rounds on the partner text alone are comparisons, left out of both.
    const partner = new Set(VALIDATION_ROUNDS.filter((r) => r.rubricText).map((r) => r.id));
    const recorded = readdirSync(join(VIGNETTES_DIR, 'rounds')).filter(
      (d) => d.endsWith(`-${version}`) && !partner.has(d),
    );
    expect(got.rounds).toBe(recorded.length);
  });

  it('claims the units, the wide units, the pooled alpha and the points with the largest share of wide units that the ratings give', () => {
    expect({ ...got, alpha: got.alpha.toFixed(3) }).toEqual({
      ...VALIDATION_SPREAD,
      alpha: VALIDATION_SPREAD.alpha.toFixed(3),
    });
  });

  it('never cuts the list between two points with the same share (reading 112, J9)', () => {
    const p = (point: string, wideUnits: number, units: number) => ({ point, wideUnits, units });
    const ranked = [p('a', 4, 66), p('b', 2, 33), p('c', 2, 66), p('d', 1, 33), p('e', 1, 66)];
    expect(topWithTies(ranked, 1).map((x) => x.point)).toEqual(['a', 'b']);
    expect(topWithTies(ranked, 3).map((x) => x.point)).toEqual(['a', 'b', 'c', 'd']);
    expect(topWithTies(ranked, 5)).toHaveLength(5);
    expect(topWithTies(ranked, 9)).toHaveLength(5);
  });
});
