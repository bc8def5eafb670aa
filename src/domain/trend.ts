import type { AttentionPoint, Checklist, Level, Section } from '../content/types';
import type { Action, Assessment } from './types';
import { overallScore, pointScore, sectionScore, type Score } from './scoring';
import { SAME } from './comparison';
import { compareIso } from './dates';

/** How many points the trend names as most improved and most declined. */
export const TREND_RANK = 5;

export interface TrendStep {
  section: Section;
  /** One score per scan, in scan order; a value of null means nothing had a level. */
  scores: Score[];
  /** The ambition set in each scan, or null where none was set. */
  targets: (Level | null)[];
}

/**
 * A point's change between two scans. Only 'change' is a change: a point that is provisional on either side,
 * or has no level on either side (not answered, n.v.t., or not in that scan's checklist), is named as such.
 */
export interface PointChange {
  section: Section;
  point: AttentionPoint;
  from: Score;
  to: Score;
  kind: 'change' | 'provisional' | 'not-scored';
  delta: number | null;
}

export interface Comparison {
  improved: PointChange[];
  declined: PointChange[];
  /** Points that cannot be compared: provisional, or with a level on one side only. */
  uncertain: PointChange[];
}

/** What became of one scan's actions by the next scan of the series. */
export interface ActionOutcome {
  scan: Pick<Assessment, 'id' | 'title' | 'date'>;
  done: number;
  /** Still open or in progress in the next scan: they carry over. */
  carried: Action[];
  /** Gone from the next scan without being done. */
  dropped: number;
}

export interface Trend {
  scans: Pick<Assessment, 'id' | 'title' | 'date' | 'contentVersion'>[];
  overall: Score[];
  steps: TrendStep[];
  firstToLast: Comparison | null;
  lastTwo: Comparison | null;
  actions: ActionOutcome[];
}

/** Oldest first: by the date the scan is about, then by when it was made. */
export function orderScans(scans: readonly Assessment[]): Assessment[] {
  return [...scans].sort((a, b) => compareIso(a.date, b.date) || compareIso(a.createdAt, b.createdAt));
}

/** A follow-up and the scans it follows, back as far as the library still holds them, oldest first. */
export function followUpChain(library: readonly Assessment[], last: Assessment): Assessment[] {
  const chain = [last];
  const seen = new Set([last.id]);
  let current = last;
  while (current.baseline) {
    const previous = library.find((a) => a.id === current.baseline?.id);
    if (!previous || seen.has(previous.id)) break;
    chain.unshift(previous);
    seen.add(previous.id);
    current = previous;
  }
  return chain;
}

function compareScans(checklist: Checklist, before: Assessment, after: Assessment): Comparison {
  const changes: PointChange[] = checklist.sections.flatMap((section) =>
    section.attentionPoints.map((point) => {
      const from = pointScore(point, before.answers);
      const to = pointScore(point, after.answers);
      if (from.value === null || to.value === null)
        return { section, point, from, to, kind: 'not-scored' as const, delta: null };
      if (from.provisional || to.provisional)
        return { section, point, from, to, kind: 'provisional' as const, delta: null };
      return { section, point, from, to, kind: 'change' as const, delta: to.value - from.value };
    }),
  );
  const real = changes.filter((c) => c.kind === 'change');
  return {
    improved: real
      .filter((c) => (c.delta ?? 0) >= SAME)
      .sort((a, b) => (b.delta ?? 0) - (a.delta ?? 0))
      .slice(0, TREND_RANK),
    declined: real
      .filter((c) => (c.delta ?? 0) <= -SAME)
      .sort((a, b) => (a.delta ?? 0) - (b.delta ?? 0))
      .slice(0, TREND_RANK),
    // A point without a level in either scan has nothing to compare and did not change: left out.
    uncertain: changes.filter((c) => c.kind !== 'change' && !(c.from.value === null && c.to.value === null)),
  };
}

function outcome(scan: Assessment, next: Assessment): ActionOutcome {
  let done = 0;
  let dropped = 0;
  const carried: Action[] = [];
  for (const action of scan.actions) {
    const later = next.actions.find((a) => a.id === action.id);
    if (action.status === 'done' || later?.status === 'done') done++;
    else if (later) carried.push(later);
    else dropped++;
  }
  return { scan: { id: scan.id, title: scan.title, date: scan.date }, done, carried, dropped };
}

/**
 * The trend over a series of scans of one region. Scans made with an older checklist arrive already carried
 * over to the current one (decodeStored and parseImport do that), so a question an older scan did not have is
 * simply unanswered there: it never counts as level 1.
 */
export function buildTrend(checklist: Checklist, series: readonly Assessment[]): Trend {
  const scans = orderScans(series);
  const last = scans[scans.length - 1];
  const first = scans[0];
  const beforeLast = scans[scans.length - 2];
  return {
    scans: scans.map(({ id, title, date, contentVersion }) => ({ id, title, date, contentVersion })),
    overall: scans.map((s) => overallScore(checklist, s.answers)),
    steps: checklist.sections.map((section) => ({
      section,
      scores: scans.map((s) => sectionScore(section, s.answers)),
      targets: scans.map((s) => s.targets[section.id] ?? null),
    })),
    firstToLast: first && last && scans.length >= 2 ? compareScans(checklist, first, last) : null,
    lastTwo: beforeLast && last ? compareScans(checklist, beforeLast, last) : null,
    actions: scans.flatMap((scan, i) => {
      const next = scans[i + 1];
      return next ? [outcome(scan, next)] : [];
    }),
  };
}
