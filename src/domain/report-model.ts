import type { AttentionPoint, Checklist, Question, Section } from '../content/types';
import type { Action, Answer, Assessment, Priority } from './types';
import { answerOf } from './assessment';
import { findPoint } from './content-index';
import { byDueDate } from './action-groups';
import { PRIORITIES } from './choices';
import { buildResults, type PointResult, type Results, type SectionResult } from './results';
import { discussionAgenda, type AgendaItem } from './workshop';
import { buildTrend, type Trend } from './trend';

/** A trend goes into the report from this many scans on: with two, the comparison already says it. */
export const REPORT_TREND_SCANS = 3;

export interface FindingPoint {
  result: PointResult;
  questions: { question: Question; answer: Answer }[];
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
  };
  /** The region's trend, when the scan is the last of a series of three or more. */
  trend?: Trend;
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
  const findings = results.sections.map((sectionResult) => ({
    result: sectionResult,
    points: results.points
      .filter((p) => p.section.id === sectionResult.section.id)
      .map((pointResult) => ({
        result: pointResult,
        questions: pointResult.point.questions.map((question) => ({
          question,
          answer: answerOf(assessment, question.id),
        })),
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
        differences: discussionAgenda(checklist, assessment)
          .slice(0, SESSION_DIFFERENCES)
          .map((item) => ({ item, agreed: answerOf(assessment, item.question.id) })),
      }
    : undefined;
  return {
    assessment: { title, region, date, participants },
    results,
    findings,
    plan,
    ...(session ? { session } : {}),
    ...(series.length >= REPORT_TREND_SCANS ? { trend: buildTrend(checklist, series) } : {}),
  };
}
