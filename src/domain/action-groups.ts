import type { Checklist } from '../content/types';
import type { Action } from './types';
import { findPoint } from './content-index';
import { PRIORITIES } from './choices';
import { compareIso } from './dates';

export type GroupBy = 'step' | 'owner' | 'priority';

export interface ActionGroup {
  /** Section id, owner name ('' for none) or priority. */
  key: string;
  actions: Action[];
}

/** Earliest due date first; actions without a date last; ties keep their order. */
export function byDueDate(actions: readonly Action[]): Action[] {
  return actions
    .map((a, i) => ({ a, i }))
    .sort((x, y) => compareIso(x.a.due || '9999', y.a.due || '9999') || x.i - y.i)
    .map(({ a }) => a);
}

/** Groups in a meaningful order: report order for steps, high to low for priority, A–Z for owners. */
export function groupActions(checklist: Checklist, actions: readonly Action[], by: GroupBy): ActionGroup[] {
  const keyOf = (a: Action): string =>
    by === 'step'
      ? (findPoint(checklist, a.attentionPointId)?.section.id ?? '')
      : by === 'owner'
        ? a.owner.trim()
        : a.priority;
  const order: string[] =
    by === 'step'
      ? [...checklist.sections.map((s) => s.id), '']
      : by === 'priority'
        ? [...PRIORITIES]
        : [...new Set(actions.map(keyOf))].sort((x, y) =>
            x === '' ? 1 : y === '' ? -1 : x.localeCompare(y, 'nl'),
          );
  return order
    .map((key) => ({ key, actions: actions.filter((a) => keyOf(a) === key) }))
    .filter((g) => g.actions.length > 0);
}
