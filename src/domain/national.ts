// The national picture: any number of contributions combined per step and per attention point, with every
// group and every cell of fewer than MIN_GROUP contributions suppressed in the data itself.
import type { Checklist, Section } from '../content/types';
import type { Contribution, SizeBand } from './contribution';
import { upgradeLevels } from './content-upgrade';
import { levelOf, pointScore } from './scoring';
import type { AnswerValue } from './types';

/** No published figure rests on fewer contributions than this. */
export const MIN_GROUP = 5;

/** One contribution as the current checklist scores it, whatever version it was made with. */
export interface Entry {
  id: string;
  year: number;
  sizeBand: SizeBand;
  steps: Record<string, number | null>;
  points: Record<string, number | null>;
}

/** A group with enough contributions: its size, quartiles and how many reached each level (null: hidden). */
export interface GroupFigures {
  n: number;
  q1: number;
  median: number;
  q3: number;
  /** Contributions per level 1–5; a count of 1–4 is hidden, and then at least one other cell too. */
  levels: (number | null)[];
}
export type Group = GroupFigures | { suppressed: true };

/** Which contributions a picture covers: one year or all, one size band or all. */
export interface Selection {
  year: number | null;
  sizeBand: SizeBand | null;
}

export interface NationalPicture {
  selection: Selection;
  /** Contributions in the selection; the picture is empty (all suppressed) below MIN_GROUP. */
  n: number;
  steps: Record<string, Group>;
  points: Record<string, Group>;
}

/**
 * A contribution's levels carried to the current checklist through the migration map, and its scores
 * computed anew from them, so contributions of several checklist versions line up. Null when its version
 * cannot be carried to the current one (a newer or unknown checklist).
 */
export function toEntry(contribution: Contribution, checklist: Checklist): Entry | null {
  const upgraded = upgradeLevels(contribution.levels, contribution.contentVersion);
  if (upgraded.contentVersion !== checklist.version) return null;
  const answers: Record<string, { level: AnswerValue }> = {};
  for (const [id, level] of Object.entries(upgraded.levels)) answers[id] = { level };
  const steps: Entry['steps'] = {};
  const points: Entry['points'] = {};
  for (const section of checklist.sections) {
    // A step's score is the mean of its points' scores, as sectionScore has it; computed from the points
    // here so that each point is scored once (a thousand contributions are combined at a time).
    const values: number[] = [];
    for (const point of section.attentionPoints) {
      const value = pointScore(point, answers).value;
      points[point.id] = value;
      if (value !== null) values.push(value);
    }
    steps[section.id] = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  }
  return { id: contribution.id, year: contribution.year, sizeBand: contribution.sizeBand, steps, points };
}

/** Keeps the first of each contribution id; the rest are the same file read twice. */
export function dropDuplicates<T extends { id: string }>(
  items: readonly T[],
): { kept: T[]; duplicates: number } {
  const seen = new Set<string>();
  const kept = items.filter((item) => !seen.has(item.id) && !!seen.add(item.id));
  return { kept, duplicates: items.length - kept.length };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The p-quantile of sorted values, interpolating between the nearest ranks (as Excel's QUARTILE.INC). */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

/**
 * Counts per level with every count of 1 to 4 hidden. When only one is hidden, the smallest other is hidden
 * too: otherwise the group's n minus the shown counts would give it away.
 */
export function suppressCounts(counts: readonly number[]): (number | null)[] {
  const hidden = counts.map((c) => c > 0 && c < MIN_GROUP);
  if (hidden.filter(Boolean).length === 1) {
    let smallest = -1;
    counts.forEach((c, i) => {
      if (!hidden[i] && (smallest < 0 || c < (counts[smallest] ?? 0))) smallest = i;
    });
    if (smallest >= 0) hidden[smallest] = true;
  }
  return counts.map((c, i) => (hidden[i] ? null : c));
}

/** The figures of one group of scores, or suppressed when fewer than MIN_GROUP contributions have one. */
export function groupOf(values: readonly (number | null)[]): Group {
  const scores = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (scores.length < MIN_GROUP) return { suppressed: true };
  const counts = [1, 2, 3, 4, 5].map((level) => scores.filter((score) => levelOf(score) === level).length);
  return {
    n: scores.length,
    q1: round2(quantile(scores, 0.25)),
    median: round2(quantile(scores, 0.5)),
    q3: round2(quantile(scores, 0.75)),
    levels: suppressCounts(counts),
  };
}

export const inSelection = (entry: Entry, { year, sizeBand }: Selection): boolean =>
  (year === null || entry.year === year) && (sizeBand === null || entry.sizeBand === sizeBand);

/** Every step and point of the checklist over the selected contributions. */
export function combine(
  entries: readonly Entry[],
  checklist: Checklist,
  selection: Selection,
): NationalPicture {
  const chosen = entries.filter((entry) => inSelection(entry, selection));
  const enough = chosen.length >= MIN_GROUP;
  const figures = (values: (entry: Entry) => number | null): Group =>
    enough ? groupOf(chosen.map(values)) : { suppressed: true };
  const steps: NationalPicture['steps'] = {};
  const points: NationalPicture['points'] = {};
  for (const section of checklist.sections) {
    steps[section.id] = figures((entry) => entry.steps[section.id] ?? null);
    for (const point of section.attentionPoints)
      points[point.id] = figures((entry) => entry.points[point.id] ?? null);
  }
  return { selection, n: chosen.length, steps, points };
}

export const isShown = (group: Group | undefined): group is GroupFigures =>
  !!group && !('suppressed' in group);

/** Where a region's score falls against a group: above, in or below its middle half (q1 to q3). */
export function position(
  score: number | null,
  group: Group | undefined,
): 'above' | 'middle' | 'below' | null {
  if (score === null || !isShown(group)) return null;
  const value = round2(score);
  return value > group.q3 ? 'above' : value < group.q1 ? 'below' : 'middle';
}

/** A region's step scores beside a benchmark's groups, in checklist order. */
export interface StepComparison {
  section: Section;
  score: number | null;
  group: Group | undefined;
  position: ReturnType<typeof position>;
}

export function compareSteps(
  rows: readonly { section: Section; score: { value: number | null } }[],
  steps: Readonly<Record<string, Group>>,
): StepComparison[] {
  return rows.map(({ section, score }) => ({
    section,
    score: score.value,
    group: steps[section.id],
    position: position(score.value, steps[section.id]),
  }));
}
