import type { Checklist, Level } from '../content/types';
import { LEVELS } from '../content/types';
import type { PartnerDomain } from '../content/partners';
import type { AnswerValue, Assessment, Mark, Participant, Tally, TallyKey, Workshop } from './types';
import { allQuestions, type QuestionRef } from './content-index';

export interface Distribution {
  /** How many chose each level 1–5. */
  counts: Record<Level, number>;
  unknown: number;
  na: number;
  /** Imported scans that left this question open (or were made with content that lacks it). */
  missing: number;
  /** Levels per participant, for the record. */
  byParticipant: { participantId: string; value: AnswerValue }[];
  byDomain: Record<PartnerDomain, number[]>;
  median: number | null;
  /** Highest minus lowest level given. */
  spread: number | null;
  /** Mean of the security domain minus mean of the social domain, when both gave levels. */
  domainGap: number | null;
  source: 'scans' | 'tally' | 'none';
}

/** Partners two or more levels apart, or domains a full level apart on average, put a question on the agenda. */
export const SPREAD_FLAG = 2;
export const DOMAIN_GAP_FLAG = 1;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : null);
const emptyCounts = (): Record<Level, number> => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });

function fromTally(tally: Tally): Distribution {
  const counts = emptyCounts();
  const levels: number[] = [];
  for (const l of LEVELS) {
    counts[l] = tally[String(l) as TallyKey] ?? 0;
    for (let i = 0; i < counts[l]; i++) levels.push(l);
  }
  return {
    counts,
    unknown: tally.unknown ?? 0,
    na: tally.na ?? 0,
    missing: 0,
    byParticipant: [],
    byDomain: { veiligheid: [], sociaal: [], other: [] },
    median: median(levels),
    spread: levels.length ? Math.max(...levels) - Math.min(...levels) : null,
    domainGap: null,
    source: 'tally',
  };
}

const counted = (tally: Tally | undefined): tally is Tally =>
  tally !== undefined && Object.values(tally).some((n) => (n ?? 0) > 0);

/** The show of hands taken on one question, if any: kept beside the partners' distribution, never in its place. */
export function handCount(questionId: string, workshop: Workshop): Distribution | null {
  const tally = workshop.tallies[questionId];
  return counted(tally) ? fromTally(tally) : null;
}

/**
 * The spread of the partners' answers to one question over their imported scans. Only a session without
 * partner files takes its show of hands as the distribution: a count never replaces what partners answered.
 */
export function distribution(
  questionId: string,
  workshop: Workshop,
  participants: readonly Participant[],
): Distribution {
  const tally = workshop.tallies[questionId];
  if (workshop.sources.length === 0 && counted(tally)) return fromTally(tally);
  const counts = emptyCounts();
  const byDomain: Record<PartnerDomain, number[]> = { veiligheid: [], sociaal: [], other: [] };
  const byParticipant: Distribution['byParticipant'] = [];
  let unknown = 0;
  let na = 0;
  let missing = 0;
  for (const source of workshop.sources) {
    const value = source.answers[questionId] ?? null;
    byParticipant.push({ participantId: source.participantId, value });
    if (value === null) missing++;
    else if (value === 'unknown') unknown++;
    else if (value === 'na') na++;
    else {
      counts[value]++;
      const domain = participants.find((p) => p.id === source.participantId)?.domain ?? 'other';
      byDomain[domain].push(value);
    }
  }
  const levels = [...byDomain.veiligheid, ...byDomain.sociaal, ...byDomain.other];
  const security = mean(byDomain.veiligheid);
  const social = mean(byDomain.sociaal);
  return {
    counts,
    unknown,
    na,
    missing,
    byParticipant,
    byDomain,
    median: median(levels),
    spread: levels.length ? Math.max(...levels) - Math.min(...levels) : null,
    domainGap: security !== null && social !== null ? security - social : null,
    source: workshop.sources.length ? 'scans' : 'none',
  };
}

/** Who marked a question for discussion: the scan itself (the facilitator) or a partner, with the reason. */
export interface AgendaMark extends Mark {
  /** null: the scan's own mark; otherwise the participant whose imported scan carries it. */
  participantId: string | null;
}

export interface AgendaItem extends QuestionRef {
  distribution: Distribution;
  /** Why it is on the agenda: partners far apart, domains far apart, marked by someone, or added by hand. */
  reasons: ('spread' | 'domains' | 'marked' | 'added')[];
  marks: AgendaMark[];
}

/** The scan's own mark on a question first, then each partner's, in the order their scans were read in. */
export function questionMarks(questionId: string, assessment: Assessment): AgendaMark[] {
  const own = assessment.marks[questionId];
  const partners = assessment.workshop.sources.flatMap((s) => {
    const mark = s.marks?.[questionId];
    return mark ? [{ ...mark, participantId: s.participantId }] : [];
  });
  return own ? [{ ...own, participantId: null }, ...partners] : partners;
}

/** One question as a candidate for the agenda: its distribution, and why it is worth discussing (if at all). */
export function agendaCandidate(ref: QuestionRef, assessment: Assessment): AgendaItem {
  const d = distribution(ref.question.id, assessment.workshop, assessment.participants);
  const reasons: AgendaItem['reasons'] = [];
  if ((d.spread ?? 0) >= SPREAD_FLAG) reasons.push('spread');
  if (Math.abs(d.domainGap ?? 0) >= DOMAIN_GAP_FLAG) reasons.push('domains');
  const marks = questionMarks(ref.question.id, assessment);
  if (marks.length > 0) reasons.push('marked');
  return { ...ref, distribution: d, reasons, marks };
}

/**
 * The questions worth discussing: widest disagreement first, then the largest gap between domains; questions
 * someone marked for discussion join it, flagged as such.
 */
export function discussionAgenda(checklist: Checklist, assessment: Assessment): AgendaItem[] {
  return allQuestions(checklist)
    .map((ref) => agendaCandidate(ref, assessment))
    .filter((item) => item.reasons.length > 0)
    .sort(
      (a, b) =>
        (b.distribution.spread ?? 0) - (a.distribution.spread ?? 0) ||
        Math.abs(b.distribution.domainGap ?? 0) - Math.abs(a.distribution.domainGap ?? 0),
    );
}
