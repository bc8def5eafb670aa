import type { Level } from '../content/types';
import { LEVELS } from '../content/types';
import type { Action, ActionStatus, Priority } from './types';
import type { Distribution } from './workshop';

export interface PlanFacts {
  total: number;
  byPriority: Record<Priority, number>;
  byStatus: Record<ActionStatus, number>;
  /** ISO dates; null when no action has a due date. */
  firstDue: string | null;
  lastDue: string | null;
  /** Owners with their number of actions, most actions first, then A–Z. */
  owners: { owner: string; count: number }[];
  withoutOwner: number;
  withoutDue: number;
}

/** The figures the written summary gives about the plan: how many, by when, by whom. */
export function planFacts(actions: readonly Action[]): PlanFacts {
  const byPriority: Record<Priority, number> = { high: 0, medium: 0, low: 0 };
  const byStatus: Record<ActionStatus, number> = { open: 0, 'in-progress': 0, done: 0 };
  const owners = new Map<string, number>();
  const dues: string[] = [];
  let withoutOwner = 0;
  for (const a of actions) {
    byPriority[a.priority]++;
    byStatus[a.status]++;
    const owner = a.owner.trim();
    if (owner) owners.set(owner, (owners.get(owner) ?? 0) + 1);
    else withoutOwner++;
    if (a.due) dues.push(a.due);
  }
  dues.sort();
  return {
    total: actions.length,
    byPriority,
    byStatus,
    firstDue: dues[0] ?? null,
    lastDue: dues[dues.length - 1] ?? null,
    owners: [...owners]
      .map(([owner, count]) => ({ owner, count }))
      .sort((a, b) => b.count - a.count || a.owner.localeCompare(b.owner, 'nl')),
    withoutOwner,
    withoutDue: actions.length - dues.length,
  };
}

/** The lowest and highest level partners gave, or null when nobody gave a level. */
export function levelRange(d: Distribution): { low: Level; high: Level } | null {
  const given = LEVELS.filter((l) => d.counts[l] > 0);
  const low = given[0];
  const high = given[given.length - 1];
  return low && high ? { low, high } : null;
}
