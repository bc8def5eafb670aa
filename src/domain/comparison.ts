import type { Action, ActionStatus, Assessment, Baseline } from './types';

export type Direction = 'up' | 'down' | 'same' | 'new' | 'none';

export interface Change {
  current: number | null;
  previous: number | null;
  delta: number | null;
  direction: Direction;
}

/** Differences smaller than this are rounding noise on a 1–5 mean shown with one decimal. */
export const SAME = 0.05;

export function compare(current: number | null, previous: number | null): Change {
  if (current === null) return { current, previous, delta: null, direction: 'none' };
  if (previous === null) return { current, previous, delta: null, direction: 'new' };
  const delta = current - previous;
  const direction = Math.abs(delta) < SAME ? 'same' : delta > 0 ? 'up' : 'down';
  return { current, previous, delta, direction };
}

export interface ActionProgress {
  action: Action;
  before: ActionStatus;
  /** Status in the current scan, or 'removed' when the action was dropped. */
  now: ActionStatus | 'removed';
}

/** What became of each action of the earlier scan. */
export function actionProgress(baseline: Baseline, current: Assessment): ActionProgress[] {
  return baseline.actions.map((action) => ({
    action,
    before: action.status,
    now: current.actions.find((a) => a.id === action.id)?.status ?? 'removed',
  }));
}
