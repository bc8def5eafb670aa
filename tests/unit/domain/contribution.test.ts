import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { CONTENT_VERSION } from '../../../src/content/version';
import {
  buildContribution,
  contributionText,
  newContributionId,
  parseContribution,
} from '../../../src/domain/contribution';
import { pointScore, sectionScore } from '../../../src/domain/scoring';
import { seededAssessment } from '../../e2e/seed';
import { contributionOf } from '../../support/national-fixture';

const now = new Date('2026-11-28T10:00:00Z');
const parse = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return parseContribution(text, text.length);
};

describe('a contribution file', () => {
  it('holds the levels, the point and step scores the scoring gives, the version, the year and the band', () => {
    const scan = seededAssessment();
    const c = buildContribution(CHECKLIST, scan, '50k-100k', 'ab'.repeat(16), now);
    expect(Object.keys(c).sort()).toEqual(
      [
        'app',
        'contentVersion',
        'contributionVersion',
        'id',
        'kind',
        'levels',
        'points',
        'sizeBand',
        'steps',
        'year',
      ].sort(),
    );
    expect(c).toMatchObject({
      contentVersion: CONTENT_VERSION,
      year: 2026,
      sizeBand: '50k-100k',
      id: 'ab'.repeat(16),
    });
    const section = CHECKLIST.sections[0]!;
    const point = section.attentionPoints[0]!;
    expect(c.steps[section.id]).toBe(Math.round(sectionScore(section, scan.answers).value! * 100) / 100);
    expect(c.points[point.id]).toBe(Math.round(pointScore(point, scan.answers).value! * 100) / 100);
    const q = point.questions[0]!.id;
    expect(c.levels[q]).toBe(scan.answers[q]!.level);
    // An answer outside the checklist (a hand-edited file, a retired question) never travels.
    const withStray = {
      ...scan,
      answers: { ...scan.answers, 'geen-vraag': { level: 3 as const, note: '' } },
    };
    expect(buildContribution(CHECKLIST, withStray, 'gt250k', 'ab'.repeat(16), now).levels).not.toHaveProperty(
      'geen-vraag',
    );
  });

  it('takes the year from the scan date, or the current year without one', () => {
    const scan = { ...seededAssessment(), date: '' };
    expect(buildContribution(CHECKLIST, scan, 'lt50k', 'ab'.repeat(16), now).year).toBe(2026);
    expect(
      buildContribution(CHECKLIST, { ...scan, date: '2019-03-01' }, 'lt50k', 'ab'.repeat(16), now).year,
    ).toBe(2019);
  });

  it('gets a fresh random id of 128 bits each time', () => {
    const ids = new Set(Array.from({ length: 50 }, newContributionId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('reads back what it writes', () => {
    const c = contributionOf(3);
    expect(parse(contributionText(c))).toEqual({ ok: true, contribution: c });
  });

  it('refuses anything else with the reason, and any field outside the whitelist', () => {
    const c = contributionOf(3);
    expect(parse('{nope')).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(parseContribution('{}', 300 * 1024)).toEqual({ ok: false, error: { code: 'too-large' } });
    expect(parse({ app: 'iets-anders' })).toEqual({ ok: false, error: { code: 'not-contribution' } });
    expect(parse({ app: 'pga-zelfscan', schemaVersion: 5, assessment: {} })).toEqual({
      ok: false,
      error: { code: 'not-contribution' },
    });
    expect(parse({ app: 'pga-zelfscan', kind: 'benchmark' })).toEqual({
      ok: false,
      error: { code: 'benchmark' },
    });
    expect(parse({ ...c, contributionVersion: 2 })).toEqual({
      ok: false,
      error: { code: 'newer-version', version: 2 },
    });
    expect(parse({ ...c, region: 'Regio Utrecht' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(parse({ ...c, id: 'kort' })).toEqual({ ok: false, error: { code: 'invalid', field: 'id' } });
    expect(parse({ ...c, sizeBand: 'groot' })).toEqual({
      ok: false,
      error: { code: 'invalid', field: 'sizeBand' },
    });
    expect(parse({ ...c, levels: { 'weg-manier': 'Een notitie' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid', field: 'levels.weg-manier' },
    });
    expect(parse({ ...c, steps: { wegen: 6 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid', field: 'steps.wegen' },
    });
  });
});
