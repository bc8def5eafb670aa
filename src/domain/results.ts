import type { AttentionPoint, Checklist, Level, Section } from '../content/types';
import type { Assessment } from './types';
import { gap, levelOf, overallScore, pointScore, sectionScore, type Answers, type Score } from './scoring';
import { largestGaps, strongestPoints, weakestPoints, type RankedGap, type RankedPoint } from './rankings';
import { actionProgress, compare, type ActionProgress, type Change } from './comparison';
import { sessionLevels, type LevelOrigin } from './session-levels';
import { domainScores, type ResultDomain } from './session-domains';

export interface SectionResult {
  section: Section;
  score: Score;
  level: Level | null;
  target: Level | undefined;
  gap: number | null;
  /** Only for a follow-up scan. */
  change?: Change;
  /** Only for a session with partner files: the step as each domain's partners scored it. */
  domains?: Record<ResultDomain, number | null>;
}

export interface PointResult {
  point: AttentionPoint;
  section: Section;
  score: Score;
  level: Level | null;
  change?: Change;
}

export interface Results {
  overall: Score;
  overallLevel: Level | null;
  sections: SectionResult[];
  points: PointResult[];
  strongest: RankedPoint[];
  weakest: RankedPoint[];
  gaps: RankedGap[];
  baseline?: { title: string; date: string; overall: number | null; actions: ActionProgress[] };
  /** Only for a session with partner files: where each level comes from, and how many of each. */
  session?: { origins: Record<string, LevelOrigin>; counts: Record<LevelOrigin, number> };
}

/** Everything the dashboard and the report show, computed once from the assessment. */
export function buildResults(checklist: Checklist, assessment: Assessment, rankCount = 3): Results {
  const { targets, baseline } = assessment;
  // A session's result rests on the levels agreed, plus those the facilitator chose to take over.
  const levels = assessment.workshop.sources.length ? sessionLevels(checklist, assessment) : null;
  const answers = levels?.answers ?? assessment.answers;
  const domains = levels ? domainScores(checklist, assessment) : null;
  const before = baseline?.answers;
  const overall = overallScore(checklist, answers);
  const sections = checklist.sections.map((section, i): SectionResult => {
    const score = sectionScore(section, answers);
    const target = targets[section.id];
    return {
      section,
      score,
      level: levelOf(score.value),
      target,
      gap: gap(target, score.value),
      ...(before ? { change: compare(score.value, sectionScore(section, before).value) } : {}),
      ...(domains
        ? { domains: { veiligheid: domains.veiligheid[i] ?? null, sociaal: domains.sociaal[i] ?? null } }
        : {}),
    };
  });
  const points = checklist.sections.flatMap((section) =>
    section.attentionPoints.map((point): PointResult => {
      const score = pointScore(point, answers);
      return {
        point,
        section,
        score,
        level: levelOf(score.value),
        ...(before ? { change: compare(score.value, pointScore(point, before).value) } : {}),
      };
    }),
  );
  return {
    overall,
    overallLevel: levelOf(overall.value),
    sections,
    points,
    ...strongAndWeak(checklist, answers, rankCount),
    gaps: largestGaps(checklist, answers, targets, rankCount),
    ...(levels ? { session: { origins: levels.origins, counts: levels.counts } } : {}),
    ...(baseline
      ? {
          baseline: {
            title: baseline.title,
            date: baseline.date,
            overall: overallScore(checklist, baseline.answers).value,
            actions: actionProgress(baseline, assessment),
          },
        }
      : {}),
  };
}

/**
 * The strongest and the weakest points, never the same point in both: with few points scored, the upper
 * half are the strongest and the lower half the weakest (a lone point is only the strongest).
 */
function strongAndWeak(checklist: Checklist, answers: Answers, count: number) {
  const strongest = strongestPoints(checklist, answers, count);
  const ids = new Set(strongest.map((r) => r.point.id));
  const weakest = weakestPoints(checklist, answers, count).filter((r) => !ids.has(r.point.id));
  if (weakest.length >= count || strongest.length < 2) return { strongest, weakest };
  const all = strongestPoints(checklist, answers, Number.MAX_SAFE_INTEGER);
  const top = Math.ceil(all.length / 2);
  return { strongest: all.slice(0, Math.min(top, count)), weakest: all.slice(top).reverse().slice(0, count) };
}
