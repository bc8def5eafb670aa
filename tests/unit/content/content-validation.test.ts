import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { VALIDATION_ROUNDS } from '../../../src/content/validation';
import { agreementFigures } from '../../support/rater-agreement';
import { roundRatings, vignetteSet } from '../../support/validation-rounds';
import { validationFiguresBlock } from '../../support/validation-doc';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { CONTENT_MIGRATIONS } from '../../../src/content/content-migrations';
import { addedSince } from '../../support/added-since';

/** The point's questions as a round's raters saw them on `version`: today's, with those merged, renamed or split since. */
function questionsOf(pointId: string, version: string): string[] {
  const now =
    CHECKLIST.sections
      .flatMap((s) => s.attentionPoints)
      .find((p) => p.id === pointId)
      ?.questions.map((q) => q.id) ?? [];
  const first = CONTENT_MIGRATIONS.findIndex((m) => m.from === version);
  const later = first < 0 ? [] : CONTENT_MIGRATIONS.slice(first).reverse();
  // A question added since (the second part of a split) was not there to rate.
  const added = addedSince(version);
  let ids = now.filter((id) => !added.has(id));
  for (const m of later)
    for (const [old, move] of Object.entries(m.questions)) {
      if (move.kind === 'renamed' && ids.includes(move.to))
        ids = ids.map((id) => (id === move.to ? old : id));
      if (move.kind === 'merged' && ids.includes(move.to)) ids = [...ids, old];
    }
  return ids;
}

const LEVEL_WORDS = /\b(niveau|ad hoc|geborgd|volwassen)\b/i;

describe('the content validation (Verantwoording page, docs/content-validation.md)', () => {
  it('claims only figures its ratings give', () => {
    for (const round of VALIDATION_ROUNDS) {
      const f = agreementFigures(roundRatings(round.id));
      expect({
        id: round.id,
        raters: f.raters,
        ratings: f.ratings,
        fitRate: f.fitRate.toFixed(3),
        alpha: f.alphaOrdinal.toFixed(3),
        unanimous: f.unanimous.toFixed(3),
      }).toEqual({
        id: round.id,
        raters: round.raters,
        ratings: round.ratings,
        fitRate: round.fitRate.toFixed(3),
        alpha: round.alpha.toFixed(3),
        unanimous: round.unanimous.toFixed(3),
      });
    }
  });

  it('has every rater score every point of every vignette of the set, once', () => {
    for (const round of VALIDATION_ROUNDS.filter((r) => r.unit !== 'question')) {
      const set = vignetteSet(round.vignetteSet);
      expect(set.size).toBe(round.vignettes);
      const ratings = roundRatings(round.id);
      const expected = [...set].flatMap(([v, points]) => points.map((p) => `${v}/${p}`)).sort();
      for (const rater of new Set(ratings.map((r) => r.rater))) {
        const got = ratings.filter((r) => r.rater === rater).map((r) => `${r.vignette}/${r.point}`);
        expect(got.sort(), rater).toEqual(expected);
      }
    }
  });

  it('has, from round 29, three raters score every question of each vignette, once, under its own point', () => {
    const questionRounds = VALIDATION_ROUNDS.filter((r) => r.unit === 'question');
    expect(questionRounds.length).toBeGreaterThan(0);
    for (const round of questionRounds) {
      const set = vignetteSet(round.vignetteSet);
      expect(set.size).toBe(round.vignettes);
      const ratings = roundRatings(round.id);
      for (const rater of new Set(ratings.map((r) => r.rater))) {
        const mine = ratings.filter((r) => r.rater === rater);
        const vignettes = [...new Set(mine.map((r) => r.vignette))];
        const expected = vignettes
          .flatMap((v) =>
            (set.get(v) ?? []).flatMap((p) =>
              questionsOf(p, round.checklistVersion).map((q) => `${v}/${p}/${q}`),
            ),
          )
          .sort();
        expect(mine.map((r) => `${r.vignette}/${r.point}/${r.question ?? ''}`).sort(), rater).toEqual(
          expected,
        );
      }
      for (const v of set.keys())
        expect(new Set(ratings.filter((r) => r.vignette === v).map((r) => r.rater)).size, v).toBe(3);
    }
  });

  it('describes practice in vignettes without level words', () => {
    for (const round of VALIDATION_ROUNDS)
      for (const name of vignetteSet(round.vignetteSet).keys()) {
        const text = readFileSync(`tests/fixtures/vignettes/${round.vignetteSet}/${name}.md`, 'utf8');
        expect(text.match(LEVEL_WORDS)?.[0], name).toBeUndefined();
      }
  });

  it('has the same figures in docs/content-validation.md as on the page', () => {
    expect(readFileSync('docs/content-validation.md', 'utf8')).toContain(validationFiguresBlock());
  });
});
