import { describe, expect, it } from 'vitest';
import { levelRange, planFacts } from '../../../src/domain/plan-facts';
import type { Distribution } from '../../../src/domain/workshop';
import type { Action } from '../../../src/domain/types';

const action = (over: Partial<Action>): Action => ({
  id: 'a',
  attentionPointId: 'p',
  title: 't',
  description: '',
  owner: '',
  due: '',
  priority: 'medium',
  status: 'open',
  origin: 'own',
  ...over,
});

describe('plan facts', () => {
  it('counts by priority and status, orders owners by number then name, and finds the due range', () => {
    const facts = planFacts([
      action({ owner: 'Politie', due: '2027-05-01', priority: 'high' }),
      action({ owner: '  ', due: '', status: 'done' }),
      action({ owner: 'GGZ', due: '2027-02-01', status: 'in-progress' }),
      action({ owner: 'Politie', due: '2027-09-30', priority: 'low' }),
      action({ owner: 'Gemeente', due: '' }),
    ]);
    expect(facts).toEqual({
      total: 5,
      byPriority: { high: 1, medium: 3, low: 1 },
      byStatus: { open: 3, 'in-progress': 1, done: 1 },
      firstDue: '2027-02-01',
      lastDue: '2027-09-30',
      owners: [
        { owner: 'Politie', count: 2 },
        { owner: 'Gemeente', count: 1 },
        { owner: 'GGZ', count: 1 },
      ],
      withoutOwner: 1,
      withoutDue: 2,
    });
  });

  it('has no due range for a plan without dates', () => {
    expect(planFacts([action({})])).toMatchObject({ firstDue: null, lastDue: null, withoutDue: 1 });
    expect(planFacts([])).toMatchObject({ total: 0, owners: [], firstDue: null });
  });

  it('gives the lowest and highest level partners chose, ignoring levels nobody chose', () => {
    const d = { counts: { 1: 0, 2: 3, 3: 0, 4: 1, 5: 0 } } as unknown as Distribution;
    expect(levelRange(d)).toEqual({ low: 2, high: 4 });
    expect(levelRange({ counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } } as unknown as Distribution)).toBeNull();
  });
});
