// A region's contribution to the national picture (*.pga-bijdrage.json): built from a whitelist, so that
// nothing but levels, scores, the checklist version, the year, a size band and a random id can ever be in it.
import * as v from 'valibot';
import type { Checklist } from '../content/types';
import type { AnswerValue, Assessment } from './types';
import { pointScore, sectionScore } from './scoring';
import { sessionLevels } from './session-levels';
import { FILE_APP } from './file-format';
import { readKindFile } from './kind-file';

export const CONTRIBUTION_KIND = 'contribution';
/** Raised only when the contribution's own layout changes. */
export const CONTRIBUTION_VERSION = 1;
export const CONTRIBUTION_EXTENSION = 'pga-bijdrage.json';
/** A contribution is a few KB; anything much larger is not one. */
export const MAX_CONTRIBUTION_BYTES = 256 * 1024;

/** Number of inhabitants of the region, as the user chooses it: under 50,000 up to over 250,000. */
export const SIZE_BANDS = ['lt50k', '50k-100k', '100k-250k', 'gt250k'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export interface Contribution {
  app: typeof FILE_APP;
  kind: typeof CONTRIBUTION_KIND;
  contributionVersion: typeof CONTRIBUTION_VERSION;
  /** Random, so a coordinator can drop a file read twice; it says nothing about the region. */
  id: string;
  contentVersion: string;
  year: number;
  sizeBand: SizeBand;
  /** Per question id: a level, weet niet or n.v.t.; unanswered questions are left out. */
  levels: Record<string, Exclude<AnswerValue, null>>;
  /** Per attention point and per step: the score the region saw, rounded to two decimals. */
  points: Record<string, number | null>;
  steps: Record<string, number | null>;
}

/** 128 random bits as hex, from the browser's (or Node's) cryptographic generator. */
export function newContributionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** The year the scan is about: its date's year, or the current one when it has no date. */
function yearOf(date: string, now: Date): number {
  const match = /^(\d{4})-/.exec(date);
  return match ? Number(match[1]) : now.getFullYear();
}

/**
 * The contribution of a scan. Only checklist question ids are read, and only their levels: notes, names,
 * actions, the title and the region never pass. The levels are those the results screen scores (in a session,
 * with the facilitator's choices).
 */
export function buildContribution(
  checklist: Checklist,
  assessment: Assessment,
  sizeBand: SizeBand,
  id: string,
  now: Date,
): Contribution {
  const answers = assessment.workshop.sources.length
    ? sessionLevels(checklist, assessment).answers
    : assessment.answers;
  const levels: Contribution['levels'] = {};
  const points: Contribution['points'] = {};
  const steps: Contribution['steps'] = {};
  for (const section of checklist.sections) {
    steps[section.id] = round2(sectionScore(section, answers).value);
    for (const point of section.attentionPoints) {
      points[point.id] = round2(pointScore(point, answers).value);
      for (const question of point.questions) {
        const level = answers[question.id]?.level;
        if (level !== undefined && level !== null) levels[question.id] = level;
      }
    }
  }
  return {
    app: FILE_APP,
    kind: CONTRIBUTION_KIND,
    contributionVersion: CONTRIBUTION_VERSION,
    id,
    contentVersion: checklist.version,
    year: yearOf(assessment.date, now),
    sizeBand,
    levels,
    points,
    steps,
  };
}

/** The file's text: what the user is shown before saving is exactly what is saved. */
export const contributionText = (contribution: Contribution): string => JSON.stringify(contribution, null, 2);

const idKey = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));
const score = v.nullable(v.pipe(v.number(), v.minValue(1), v.maxValue(5)));
// One picklist, not a union of two: a union builds an issue for every 'unknown' before it tries the second.
const level = v.picklist([1, 2, 3, 4, 5, 'unknown', 'na'] as const);

// Strict: a field outside the whitelist refuses the file, so nothing else travels on with a contribution.
const contributionSchema = v.strictObject({
  app: v.literal(FILE_APP),
  kind: v.literal(CONTRIBUTION_KIND),
  contributionVersion: v.literal(CONTRIBUTION_VERSION),
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
  contentVersion: v.pipe(v.string(), v.regex(/^\d{4}\.\d{1,3}$/)),
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
  sizeBand: v.picklist(SIZE_BANDS),
  levels: v.pipe(
    v.record(idKey, level),
    v.check((r) => Object.keys(r).length <= 1000),
  ),
  points: v.pipe(
    v.record(idKey, score),
    v.check((r) => Object.keys(r).length <= 500),
  ),
  steps: v.pipe(
    v.record(idKey, score),
    v.check((r) => Object.keys(r).length <= 100),
  ),
});

export type ContributionError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  /** Any other file: a scan, a library, an invitation or foreign JSON. */
  | { code: 'not-contribution' }
  /** A combined picture: read on a scan's results screen, not here. */
  | { code: 'benchmark' }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid'; field: string };

export type ContributionResult =
  { ok: true; contribution: Contribution } | { ok: false; error: ContributionError };

/** Reads a contribution file, or says precisely why not; never throws. */
export function parseContribution(text: string, byteLength: number): ContributionResult {
  const read = readKindFile(
    text,
    byteLength,
    {
      name: CONTRIBUTION_KIND,
      sibling: 'benchmark',
      versionKey: 'contributionVersion',
      version: CONTRIBUTION_VERSION,
      maxBytes: MAX_CONTRIBUTION_BYTES,
    },
    contributionSchema,
  );
  if (read.ok) return { ok: true, contribution: read.value as Contribution };
  const { error } = read;
  return {
    ok: false,
    error:
      error.code === 'other'
        ? { code: 'not-contribution' }
        : error.code === 'sibling'
          ? { code: 'benchmark' }
          : error,
  };
}
