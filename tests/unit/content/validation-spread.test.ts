import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VALIDATION_SPREAD } from '../../../src/content/validation-spread';
import { validationStanding } from '../../../src/domain/validation-standing';
import { spreadOf } from '../../support/validation-spread';
import { VIGNETTES_DIR } from '../../support/validation-rounds';

// The spread the Verantwoording shows must be what the version's ratings give, all rounds together
// (after a round: npx tsx tests/tools/make-validation-spread.ts).
describe('where raters chose levels two or more apart (Verantwoording)', () => {
  const version = VALIDATION_SPREAD.checklistVersion;
  const got = spreadOf(version, VALIDATION_SPREAD.points.length);

  it('counts the same rounds as the standing the page gives for the version, and every recorded round of it', () => {
    expect(got.rounds).toBe(validationStanding(version).rounds);
    // A round's ratings recorded under tests/fixtures but not listed on the page would be left out of both.
    const recorded = readdirSync(join(VIGNETTES_DIR, 'rounds')).filter((d) => d.endsWith(`-${version}`));
    expect(got.rounds).toBe(recorded.length);
  });

  it('claims the units, the wide units, the pooled alpha and the points with the largest share of wide units that the ratings give', () => {
    expect({ ...got, alpha: got.alpha.toFixed(3) }).toEqual({
      ...VALIDATION_SPREAD,
      alpha: VALIDATION_SPREAD.alpha.toFixed(3),
    });
  });
});
