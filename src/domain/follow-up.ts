import type { Answer, Assessment, Baseline } from './types';
import { createAssessment } from './assessment';

export interface FollowUpInput {
  title: string;
  date: string;
  /** true: start from the earlier levels; false: notes only, every level to be scored again. */
  prefill: boolean;
}

/** A deep copy of plain JSON data; unlike structuredClone it also accepts Vue's reactive proxies. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function snapshot(assessment: Assessment): Baseline {
  const { id, title, date, answers, targets, actions } = assessment;
  return copy({ id, title, date, answers, targets, actions });
}

/** A new scan linked to an earlier one: notes, targets, participants, actions and evidence carried over. */
export function createFollowUp(
  previous: Assessment,
  input: FollowUpInput,
  contentVersion: string,
  now: Date,
): Assessment {
  const fresh = createAssessment(
    { title: input.title, region: previous.region, date: input.date },
    contentVersion,
    now,
  );
  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(previous.answers)) {
    const next: Answer = { level: input.prefill ? answer.level : null, note: answer.note };
    if (next.level !== null || next.note !== '') answers[id] = next;
  }
  return {
    ...fresh,
    participants: copy(previous.participants),
    answers,
    targets: { ...previous.targets },
    // Same ids, so the dashboard can tell which of the earlier actions are done now.
    actions: copy(previous.actions),
    // Documents outlive a year's scan; their review dates say when one is stale. Marks are this year's own.
    evidence: copy(previous.evidence),
    baseline: snapshot(previous),
  };
}
