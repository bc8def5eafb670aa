// The session's result seen from each domain: each partner's own step scores, averaged over the partners
// of that domain, so a domain with more partners does not weigh more per partner.
import type { Checklist } from '../content/types';
import type { Assessment } from './types';
import { sectionScore } from './scoring';

export type ResultDomain = 'veiligheid' | 'sociaal';
export const RESULT_DOMAINS: readonly ResultDomain[] = ['veiligheid', 'sociaal'];

/** Per step (in checklist order): the domain's mean, or null where its partners gave no level. */
export type DomainScores = Record<ResultDomain, (number | null)[]>;

const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : null);

/** Null when no partner of either domain was read in: then there is nothing to set side by side. */
export function domainScores(checklist: Checklist, assessment: Assessment): DomainScores | null {
  const domainOf = (participantId: string) =>
    assessment.participants.find((p) => p.id === participantId)?.domain;
  const scores = (domain: ResultDomain) => {
    // Each partner's answers in the scoring's shape once, not once per step (15 partners × 9 steps on screen).
    const answerSets = assessment.workshop.sources
      .filter((s) => domainOf(s.participantId) === domain)
      .map((s) => Object.fromEntries(Object.entries(s.answers).map(([id, level]) => [id, { level }])));
    return checklist.sections.map((section) =>
      mean(
        answerSets.flatMap((answers) => {
          const value = sectionScore(section, answers).value;
          return value === null ? [] : [value];
        }),
      ),
    );
  };
  const result = { veiligheid: scores('veiligheid'), sociaal: scores('sociaal') };
  const any = RESULT_DOMAINS.some((d) => result[d].some((v) => v !== null));
  return any ? result : null;
}
