import type { AttentionPoint, Checklist, Question, Section } from '../content/types';
import type { Action, Answer, Assessment, Priority } from './types';
import { answerOf } from './assessment';
import { allQuestions, findPoint, type QuestionRef } from './content-index';
import { medianLevel, sessionLevels, type LevelOrigin } from './session-levels';
import { questionNotes, type NoteGroup } from './session-notes';
import { byDueDate } from './action-groups';
import { PRIORITIES } from './choices';
import { buildResults, type PointResult, type Results, type SectionResult } from './results';
import { discussionAgenda, type AgendaItem } from './workshop';
import { buildTrend, type Trend } from './trend';
import { backedPoints, evidenceByPoint, markedQuestions, type MarkedQuestion } from './evidence-summary';
import type { EvidenceRef } from './types';
import type { PointRef } from './content-index';

/** A trend goes into the report from this many scans on: with two, the comparison already says it. */
export const REPORT_TREND_SCANS = 3;

export interface FindingPoint {
  result: PointResult;
  questions: {
    question: Question;
    answer: Answer;
    /** In a session: where the level comes from. */
    origin?: LevelOrigin;
    /** In a session, for a question the result has no level for: the partners' median, if they gave levels. */
    partners?: number;
  }[];
}

export interface FindingSection {
  result: SectionResult;
  points: FindingPoint[];
}

export interface ActionRow {
  action: Action;
  point?: AttentionPoint;
  section?: Section;
}

export interface ReportModel {
  assessment: Pick<Assessment, 'title' | 'region' | 'date' | 'participants'>;
  results: Results;
  findings: FindingSection[];
  /** Actions by priority (high first), then in report order of their step, then by due date. */
  plan: { priority: Priority; rows: ActionRow[] }[];
  /** Only when partners' scans or a show of hands were part of the session. */
  session?: {
    /** Participants grouped by organisation, A–Z. */
    organisations: { organisation: string; participants: Assessment['participants'] }[];
    /** The questions where views differed most, with what was agreed. */
    differences: { item: AgendaItem; agreed: Answer }[];
    /** What the partners wrote, per question that has notes, as the facilitator chose to show them. */
    notes: { ref: QuestionRef; groups: NoteGroup[] }[];
    /** How notes are grouped: under each partner's name, or per domain. */
    notesBy: Assessment['workshop']['notesBy'];
  };
  /** The region's trend, when the scan is the last of a series of three or more. */
  trend?: Trend;
  /** The documents the levels rest on: how many points have one, and each point's references. */
  evidence: { backed: number; total: number; points: (PointRef & { refs: EvidenceRef[] })[] };
  /** Questions marked for discussion, in checklist order. */
  marked: MarkedQuestion[];
}

/** How many disputed questions the report lists; the rest stay in the app's agenda. */
export const SESSION_DIFFERENCES = 10;

/** Everything the PDF and the printable page show, in order; the renderers add only layout and labels. */
export function buildReportModel(
  checklist: Checklist,
  assessment: Assessment,
  series: readonly Assessment[] = [],
): ReportModel {
  const results = buildResults(checklist, assessment);
  const { sources } = assessment.workshop;
  const levels = sources.length ? sessionLevels(checklist, assessment) : null;
  const finding = (question: Question): FindingPoint['questions'][number] => {
    const answer = levels?.answers[question.id] ?? answerOf(assessment, question.id);
    const origin = levels?.origins[question.id];
    const partners = levels && !origin ? medianLevel(sources, question.id) : null;
    return {
      question,
      answer,
      ...(origin ? { origin } : {}),
      ...(partners !== null ? { partners } : {}),
    };
  };
  const findings = results.sections.map((sectionResult) => ({
    result: sectionResult,
    points: results.points
      .filter((p) => p.section.id === sectionResult.section.id)
      .map((pointResult) => ({
        result: pointResult,
        questions: pointResult.point.questions.map(finding),
      })),
  }));
  const stepOrder = (a: Action) => {
    const ref = findPoint(checklist, a.attentionPointId);
    return ref ? checklist.sections.indexOf(ref.section) : checklist.sections.length;
  };
  const plan = PRIORITIES.map((priority) => ({
    priority,
    rows: byDueDate(assessment.actions.filter((a) => a.priority === priority))
      .map((a, i) => ({ a, i }))
      .sort((x, y) => stepOrder(x.a) - stepOrder(y.a) || x.i - y.i)
      .map(({ a }) => ({ action: a, ...findPoint(checklist, a.attentionPointId) })),
  })).filter((g) => g.rows.length > 0);
  const { title, region, date, participants } = assessment;
  const held = assessment.workshop.sources.length > 0 || Object.keys(assessment.workshop.tallies).length > 0;
  const organisations = [...new Set(participants.map((p) => p.organisation))]
    .sort((a, b) => a.localeCompare(b, 'nl'))
    .map((organisation) => ({
      organisation,
      participants: participants.filter((p) => p.organisation === organisation),
    }));
  const session = held
    ? {
        organisations,
        // Only where views differed: a question marked but not apart is counted with the marks instead.
        differences: discussionAgenda(checklist, assessment)
          .filter((item) => item.reasons.some((r) => r !== 'marked'))
          .slice(0, SESSION_DIFFERENCES)
          .map((item) => ({ item, agreed: answerOf(assessment, item.question.id) })),
        notes: allQuestions(checklist)
          .map((ref) => ({ ref, groups: questionNotes(ref.question.id, assessment.workshop, participants) }))
          .filter((n) => n.groups.length > 0),
        notesBy: assessment.workshop.notesBy,
      }
    : undefined;
  return {
    assessment: { title, region, date, participants },
    results,
    findings,
    plan,
    ...(session ? { session } : {}),
    evidence: { ...backedPoints(checklist, assessment), points: evidenceByPoint(checklist, assessment) },
    marked: markedQuestions(checklist, assessment),
    ...(series.length >= REPORT_TREND_SCANS ? { trend: buildTrend(checklist, series) } : {}),
  };
}
