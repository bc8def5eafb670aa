import { CONTENT_MIGRATIONS, type ContentMigration } from '../content/content-migrations';
import { mapAction, mapEvidence, mapTallies } from './content-upgrade-maps';
import type { Answer, AnswerValue, Assessment, Mark, RetiredAnswer, SourceScan } from './types';

/** What a checklist update did to one scan's answers, for a short notice. */
export interface ContentUpgrade {
  from: string;
  to: string;
  /** Answered questions that now carry another id, with their answer unchanged. */
  renamed: number;
  /** Answered questions whose answer was merged into another question. */
  merged: number;
  /** Answered questions that no longer exist; their answers are kept in `retired`. */
  removed: number;
  /** Answered questions split in two: the answer stays with the first part, and the second starts unanswered. */
  split: number;
}

export interface UpgradeResult {
  assessment: Assessment;
  /** Present when at least one answer or note was moved, merged or set aside. */
  upgrade?: ContentUpgrade;
}

const hasContent = (a: Answer | undefined): a is Answer => !!a && (a.level !== null || a.note !== '');

/** Two answers meeting in one question: a level beats no level, the lower level wins, don't-know beats n/a. */
export function lowerAnswer(a: AnswerValue, b: AnswerValue): AnswerValue {
  if (typeof a === 'number' && typeof b === 'number') return a <= b ? a : b;
  if (typeof a === 'number') return a;
  if (typeof b === 'number') return b;
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  if (a === 'na' || b === 'na') return 'na';
  return null;
}

function mergeAnswers(target: Answer | undefined, moved: Answer, movedId: string): Answer {
  const notes = [target?.note ?? '', moved.note].filter((n) => n !== '');
  return {
    level: lowerAnswer(target?.level ?? null, moved.level),
    note: notes.join('\n\n'),
    mergedFrom: [...(target?.mergedFrom ?? []), movedId],
  };
}

interface MappedAnswers {
  answers: Record<string, Answer>;
  retired: RetiredAnswer[];
  counts: Pick<ContentUpgrade, 'renamed' | 'merged' | 'removed' | 'split'>;
}

function mapAnswers(
  answers: Record<string, Answer>,
  m: ContentMigration,
  from: RetiredAnswer['from'],
): MappedAnswers {
  const out: Record<string, Answer> = {};
  const retired: RetiredAnswer[] = [];
  const counts = { renamed: 0, merged: 0, removed: 0, split: 0 };
  for (const [id, answer] of Object.entries(answers)) if (m.split?.[id] && hasContent(answer)) counts.split++;
  // Unmoved answers first, so a merged answer always finds the target's own answer in place.
  for (const [id, answer] of Object.entries(answers)) if (!m.questions[id]) out[id] = answer;
  for (const [id, answer] of Object.entries(answers)) {
    const move = m.questions[id];
    if (!move) continue;
    const counted = hasContent(answer);
    if (move.kind === 'renamed') {
      out[move.to] = out[move.to] ? mergeAnswers(out[move.to], answer, id) : answer;
      if (counted) counts.renamed++;
    } else if (move.kind === 'merged') {
      if (counted) {
        out[move.to] = mergeAnswers(out[move.to], answer, id);
        counts.merged++;
      }
    } else if (counted) {
      retired.push({ questionId: id, contentVersion: m.from, level: answer.level, note: answer.note, from });
      counts.removed++;
    }
  }
  return { answers: out, retired, counts };
}

function mapLevels(levels: Record<string, AnswerValue>, m: ContentMigration): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const [id, level] of Object.entries(levels)) if (!m.questions[id]) out[id] = level;
  for (const [id, level] of Object.entries(levels)) {
    const move = m.questions[id];
    if (!move || move.kind === 'removed') continue;
    out[move.to] = move.to in out ? lowerAnswer(out[move.to] ?? null, level) : level;
  }
  return out;
}

/** A partner's notes follow their question; notes meeting in one question are kept both. */
function mapNotes(notes: Record<string, string>, m: ContentMigration): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, note] of Object.entries(notes)) if (!m.questions[id]) out[id] = note;
  for (const [id, note] of Object.entries(notes)) {
    const move = m.questions[id];
    if (!move || move.kind === 'removed') continue;
    const before = out[move.to];
    out[move.to] = before ? `${before}\n\n${note}` : note;
  }
  return out;
}

/** A mark follows its question; where two meet, the target's own mark wins; a removed question's mark goes. */
function mapMarks(marks: Record<string, Mark>, m: ContentMigration): Record<string, Mark> {
  const out: Record<string, Mark> = {};
  for (const [id, mark] of Object.entries(marks)) if (!m.questions[id]) out[id] = mark;
  for (const [id, mark] of Object.entries(marks)) {
    const move = m.questions[id];
    if (move && move.kind !== 'removed' && !(move.to in out)) out[move.to] = mark;
  }
  return out;
}

function mapSource(source: SourceScan, m: ContentMigration): SourceScan {
  if (source.contentVersion !== m.from) return source;
  return {
    ...source,
    contentVersion: m.to,
    answers: mapLevels(source.answers, m),
    notes: mapNotes(source.notes, m),
    ...(source.marks ? { marks: mapMarks(source.marks, m) } : {}),
  };
}

function step(
  a: Assessment,
  m: ContentMigration,
): { assessment: Assessment; counts: MappedAnswers['counts'] } {
  const own = mapAnswers(a.answers, m, 'answers');
  const base = a.baseline ? mapAnswers(a.baseline.answers, m, 'baseline') : undefined;
  const dismissed = a.dismissed.flatMap((id) => {
    const to = m.templates[id];
    return to === undefined ? [id] : to === null ? [] : [to];
  });
  const assessment: Assessment = {
    ...a,
    contentVersion: m.to,
    answers: own.answers,
    actions: a.actions.map((x) => mapAction(x, m)),
    dismissed: [...new Set(dismissed)],
    marks: mapMarks(a.marks, m),
    evidence: mapEvidence(a.evidence, m),
    retired: [...a.retired, ...own.retired, ...(base?.retired ?? [])],
    workshop: {
      ...a.workshop,
      sources: a.workshop.sources.map((s) => mapSource(s, m)),
      tallies: mapTallies(a.workshop.tallies, m),
    },
    ...(a.baseline && base
      ? {
          baseline: {
            ...a.baseline,
            answers: base.answers,
            actions: a.baseline.actions.map((x) => mapAction(x, m)),
          },
        }
      : {}),
  };
  return { assessment, counts: own.counts };
}

/**
 * Brings a scan made with an older checklist up to date through every migration step, keeping every
 * answer and note: renamed questions keep their answer, merged ones keep the lower level and both notes,
 * removed ones move to `retired`. A scan of the current or an unknown version is returned unchanged.
 */
export function upgradeContent(
  assessment: Assessment,
  migrations: readonly ContentMigration[] = CONTENT_MIGRATIONS,
): UpgradeResult {
  const from = assessment.contentVersion;
  let current = assessment;
  const totals = { renamed: 0, merged: 0, removed: 0, split: 0 };
  for (const m of migrations) {
    if (current.contentVersion !== m.from) continue;
    const next = step(current, m);
    current = next.assessment;
    totals.renamed += next.counts.renamed;
    totals.merged += next.counts.merged;
    totals.removed += next.counts.removed;
    totals.split += next.counts.split;
  }
  const changed = totals.renamed + totals.merged + totals.removed + totals.split > 0;
  return changed
    ? { assessment: current, upgrade: { from, to: current.contentVersion, ...totals } }
    : { assessment: current };
}

/**
 * Levels alone (a contribution to the national picture) brought to the newest checklist version the map
 * reaches: renamed questions keep their level, merged ones keep the lower, removed ones drop out.
 */
export function upgradeLevels(
  levels: Record<string, AnswerValue>,
  contentVersion: string,
  migrations: readonly ContentMigration[] = CONTENT_MIGRATIONS,
): { levels: Record<string, AnswerValue>; contentVersion: string } {
  let current = { levels, contentVersion };
  for (const m of migrations)
    if (current.contentVersion === m.from)
      current = { levels: mapLevels(current.levels, m), contentVersion: m.to };
  return current;
}
