import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { createAssessment, withAnswer, withTarget } from '../../../src/domain/assessment';
import { suggestions } from '../../../src/domain/actions';
import {
  addAction,
  adoptSuggestion,
  dismissSuggestion,
  removeAction,
  restoreSuggestions,
  updateAction,
  type ActionInput,
} from '../../../src/domain/action-edits';
import { byDueDate, groupActions } from '../../../src/domain/action-groups';
import type { Assessment } from '../../../src/domain/types';

const now = new Date('2026-11-28T10:00:00Z');
const base = () =>
  createAssessment({ title: 'Scan', region: 'Regio', date: '2026-11-28' }, CHECKLIST.version, now);
function scored(levels: Record<string, 1 | 2 | 3 | 4 | 5>): Assessment {
  return Object.entries(levels).reduce((a, [q, level]) => withAnswer(a, q, { level }, now), base());
}
const own = (patch: Partial<ActionInput>): ActionInput => ({
  attentionPointId: 'weg-kennis',
  title: 'Actie',
  description: '',
  owner: '',
  due: '',
  priority: 'medium',
  status: 'open',
  origin: 'own',
  ...patch,
});

describe('suggestions', () => {
  it('offers the point’s actions where it scores at level 1–2, not at 3', () => {
    const a = scored({ 'weg-toegerust': 2, 'weg-nieuwe-stromingen': 2, 'doel-concreet': 3 });
    const s = suggestions(CHECKLIST, a);
    expect(s.map((x) => [x.point.id, x.reasons])).toEqual([['weg-kennis', ['low']]]);
    expect(s[0]?.templates.map((t) => t.id)).toEqual(['weg-kennis-sessies', 'weg-kennis-expert']);
  });

  it('offers them too where a point is below its step’s ambition', () => {
    const a = withTarget(scored({ 'doel-concreet': 3 }), 'doel', 4, now);
    expect(suggestions(CHECKLIST, a).map((x) => [x.point.id, x.reasons])).toEqual([
      ['doel-subdoelen', ['below-target']],
    ]);
  });

  it('gives nothing for unscored points', () => {
    expect(suggestions(CHECKLIST, base())).toEqual([]);
  });

  it('stops offering a template once adopted or dismissed, and offers it again after restore', () => {
    let a = scored({ 'weg-toegerust': 1 });
    const [s] = suggestions(CHECKLIST, a);
    a = adoptSuggestion(a, s!, s!.templates[0]!, 'en', now);
    expect(a.actions[0]).toMatchObject({
      title: 'Learning sessions on movements',
      origin: 'suggested',
      templateId: 'weg-kennis-sessies',
      priority: 'high',
      status: 'open',
      attentionPointId: 'weg-kennis',
    });
    a = dismissSuggestion(a, 'weg-kennis-expert', now);
    expect(suggestions(CHECKLIST, a)).toEqual([]);
    a = restoreSuggestions(a, now);
    expect(suggestions(CHECKLIST, a)[0]?.templates.map((t) => t.id)).toEqual(['weg-kennis-expert']);
  });
});

describe('editing actions', () => {
  it('adds, updates and removes without touching other actions', () => {
    let a = addAction(base(), own({ title: 'Een' }), now);
    a = addAction(a, own({ title: 'Twee' }), now);
    const [one, two] = a.actions;
    a = updateAction(a, one!.id, { owner: 'Politie', status: 'done' }, now);
    expect(a.actions.map((x) => [x.title, x.owner, x.status])).toEqual([
      ['Een', 'Politie', 'done'],
      ['Twee', '', 'open'],
    ]);
    a = removeAction(a, two!.id, now);
    expect(a.actions.map((x) => x.title)).toEqual(['Een']);
  });
});

describe('grouping and sorting', () => {
  const actions = [
    {
      ...own({
        title: 'c',
        attentionPointId: 'geg-dossier',
        owner: 'Politie',
        due: '2027-05-01',
        priority: 'low',
      }),
      id: '1',
    },
    { ...own({ title: 'a', attentionPointId: 'sig-online', owner: '', due: '', priority: 'high' }), id: '2' },
    {
      ...own({
        title: 'b',
        attentionPointId: 'sig-structuur',
        owner: 'Gemeente',
        due: '2027-01-01',
        priority: 'high',
      }),
      id: '3',
    },
  ];

  it('sorts by due date with undated actions last', () => {
    expect(byDueDate(actions).map((a) => a.title)).toEqual(['b', 'c', 'a']);
  });

  it('groups by step in report order, by priority high to low, by owner A–Z with no owner last', () => {
    const keys = (by: 'step' | 'owner' | 'priority') =>
      groupActions(CHECKLIST, actions, by).map((g) => [g.key, g.actions.map((a) => a.title).join('')]);
    expect(keys('step')).toEqual([
      ['signaleren', 'ab'],
      ['gegevens', 'c'],
    ]);
    expect(keys('priority')).toEqual([
      ['high', 'ab'],
      ['low', 'c'],
    ]);
    expect(keys('owner')).toEqual([
      ['Gemeente', 'b'],
      ['Politie', 'c'],
      ['', 'a'],
    ]);
  });
});
