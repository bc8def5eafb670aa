import { describe, expect, it } from 'vitest';
import { VALIDATION_ROUNDS, type ValidationRound } from '../../../src/content/validation';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { VALIDATION_SPREAD } from '../../../src/content/validation-spread';
import {
  goalSentence,
  previousStanding,
  standingSentence,
  validationSpread,
  validationStanding,
} from '../../../src/domain/validation-standing';

describe('the validation standing (Verantwoording page)', () => {
  const round = (
    id: string,
    version: string,
    fitRate: number,
    alpha: number,
    ratings: number,
  ): ValidationRound => ({
    id,
    vignetteSet: 'x',
    checklistVersion: version,
    date: '2026-01-01',
    vignettes: 3,
    raters: 9,
    ratings,
    fitRate,
    alpha,
    unanimous: 1,
    note: { nl: '', en: '' },
  });

  it('says where a version stands: the pooled fit rate of its own rounds and how many met the goal', () => {
    const rounds = [
      round('a', '9.1', 0.9, 0.85, 100),
      round('b', '9.1', 0.8, 0.95, 300),
      round('c', '9.1', 0.95, 0.7, 100),
      round('d', '9.0', 1, 1, 1000),
    ];
    // 90 + 240 + 95 of 500; only round a meets both goals (c misses alpha); version 9.0 is not counted.
    expect(validationStanding('9.1', rounds)).toEqual({
      rounds: 3,
      ratings: 500,
      fitRate: 0.85,
      met: 1,
      pooledMet: false,
      latest: { fitRate: 0.95, met: false },
    });
    expect(validationStanding('9.1', rounds.slice(0, 1)).latest).toEqual({ fitRate: 0.9, met: true });
    expect(validationStanding('8.0', rounds)).toEqual({
      rounds: 0,
      ratings: 0,
      fitRate: 0,
      met: 0,
      pooledMet: false,
    });
    // A round on the partner text alone compares two texts on the same vignettes; it is not pooled.
    const partner: ValidationRound = { ...round('e', '9.1', 0.5, 0.5, 500), rubricText: 'partner' };
    expect(validationStanding('9.1', [...rounds, partner])).toEqual(validationStanding('9.1', rounds));
    const now = validationStanding(CHECKLIST.version);
    const own = VALIDATION_ROUNDS.filter((r) => r.checklistVersion === CHECKLIST.version && !r.rubricText);
    expect(now.rounds).toBe(own.length);
    expect(now.met).toBeLessThanOrEqual(now.rounds);
  });

  it('says when the rounds together meet the goal, even if fewer of them met it one by one', () => {
    // 175 + 90 + 200 of 500 = 93%: together at the goal, while round f (87.5%) misses it on its own; with a round
    // whose alpha misses the goal, the rounds together do not meet it.
    const together = [
      round('f', '9.2', 0.875, 0.9, 200),
      round('g', '9.2', 0.9, 0.9, 100),
      round('h', '9.2', 1, 0.9, 200),
    ];
    const s = validationStanding('9.2', together);
    expect(s.fitRate).toBeGreaterThanOrEqual(0.9);
    expect(s).toMatchObject({ met: 2, pooledMet: true });
    expect(goalSentence(s)).toBe('pooledGoalMet');
    const lowAlpha = validationStanding('9.2', [...together, round('i', '9.2', 1, 0.7, 100)]);
    expect(lowAlpha).toMatchObject({ pooledMet: false });
    expect(goalSentence(lowAlpha)).toBe('goalMet');
    expect(goalSentence(validationStanding('9.1', [round('j', '9.1', 0.85, 0.9, 100)]))).toBe('goalMet');
  });

  it('says an untested version plainly, one round on its own with whether it met the goal, and more rounds pooled', () => {
    const rounds = [
      round('a', '9.1', 0.9, 0.85, 100),
      round('b', '9.1', 0.8, 0.95, 300),
      round('c', '9.2', 0.8, 0.9, 60),
    ];
    expect(standingSentence(validationStanding('9.0', rounds))).toBe('untested');
    expect(standingSentence(validationStanding('9.1', rounds.slice(0, 1)))).toBe('firstMet');
    expect(standingSentence(validationStanding('9.2', rounds))).toBe('firstNotMet');
    expect(standingSentence(validationStanding('9.1', rounds))).toBe('pooled');
  });

  it('keeps the version before in view: its own pooled standing, or nothing when it has no rounds or no version', () => {
    const rounds = [
      round('a', '2024.4', 0.9, 0.9, 100),
      round('b', '2024.4', 0.8, 0.9, 100),
      round('c', '2024.5', 1, 1, 60),
    ];
    expect(previousStanding('2024.5', rounds)).toEqual({
      version: '2024.4',
      standing: {
        rounds: 2,
        ratings: 200,
        fitRate: 0.85,
        met: 1,
        pooledMet: false,
        latest: { fitRate: 0.8, met: false },
      },
    });
    expect(previousStanding('2024.5', rounds.slice(2))).toBeUndefined();
    expect(previousStanding('2024.1', rounds)).toBeUndefined();
  });

  it('gives the spread with each point title for the current version, and nothing for another version', () => {
    const spread = {
      ...VALIDATION_SPREAD,
      checklistVersion: CHECKLIST.version,
      wideUnits: 4,
      points: [
        { point: 'sig-structuur', wideUnits: 3, units: 18 },
        { point: 'gone-point', wideUnits: 1, units: 18 },
      ],
    };
    const got = validationSpread(CHECKLIST, spread);
    const first = CHECKLIST.sections[0]!.attentionPoints.find((p) => p.id === 'sig-structuur')!;
    expect(got?.points.map((p) => p.title)).toEqual([first.title, { nl: 'gone-point', en: 'gone-point' }]);
    expect(got?.wideUnits).toBe(4);
    expect(got?.points.map((p) => p.share)).toEqual([3 / 18, 1 / 18]);
    expect(validationSpread(CHECKLIST, { ...spread, checklistVersion: '0.0' })).toBeUndefined();
  });
});
