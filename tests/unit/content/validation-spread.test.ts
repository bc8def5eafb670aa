import { describe, expect, it } from 'vitest';
import { VALIDATION_SPREAD } from '../../../src/content/validation-spread';
import { validationStanding } from '../../../src/domain/validation-standing';
import { spreadOf } from '../../support/validation-spread';

// The spread the Verantwoording shows must be what the version's ratings give, all rounds together
// (after a round: npx tsx tests/tools/make-validation-spread.ts).
describe('where raters chose levels two or more apart (Verantwoording)', () => {
  const version = VALIDATION_SPREAD.checklistVersion;
  const got = spreadOf(version, VALIDATION_SPREAD.points.length);

  it('counts the same rounds as the standing the page gives for the version', () => {
    expect(got.rounds).toBe(validationStanding(version).rounds);
  });

  it('claims the units, the wide units, the pooled alpha and the points with most wide units that the ratings give', () => {
    expect({ ...got, alpha: got.alpha.toFixed(3) }).toEqual({
      ...VALIDATION_SPREAD,
      alpha: VALIDATION_SPREAD.alpha.toFixed(3),
    });
  });
});
