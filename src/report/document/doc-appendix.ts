import { roleName } from '../../content/lookup';
import { formatScore } from '../../i18n/format';
import type { Block } from './document-types';
import type { PartContext } from './doc-context';
import { distributionText } from './distribution-text';
import { reportText } from './report-text';
import { noteAuthor } from './note-author';
import { RESULT_DOMAINS } from '../../domain/session-domains';
import type { FindingPoint } from '../../domain/report-model';

/** A third of the A4 text height (249 mm): a step starts a new page only when less than this is left. */
const STEP_SPACE = 83;
/** Room for a point's heading, score, rubric and the start of its table. */
const POINT_SPACE = 45;

/** A session's answer says where its level comes from; one the partners answered is never "not answered". */
function answerCell(
  q: FindingPoint['questions'][number],
  { t, locale }: Pick<PartContext, 't' | 'locale'>,
): string {
  const fmt = reportText(t, locale);
  // An agreed level is the rule and goes unmarked (the appendix says so once); the others say where they come from.
  if (q.origin && q.origin !== 'agreed')
    return `${fmt.answer(q.answer.level)} (${t(`sessionResult.origin.${q.origin}`)})`;
  if (q.partners !== undefined) return t('sessionResult.partnersMedian', { level: q.partners });
  return fmt.answer(q.answer.level);
}

/** Appendix: every question, answer and note, step by step. The steps flow on from one another. */
export function findingsPart({ model, t, locale }: PartContext): Block[] {
  const fmt = reportText(t, locale);
  const score = (r: {
    score: Parameters<typeof fmt.scoreWithFlag>[0];
    level: Parameters<typeof fmt.level>[0];
  }) =>
    t('report.stepScore', {
      score: fmt.scoreWithFlag(r.score),
      level: fmt.level(r.level),
      coverage: fmt.coverage(r.score),
    });
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('report.findingsTitle'), before: 'page' }];
  if (model.results.session) blocks.push({ kind: 'paragraph', text: t('sessionResult.appendixKey') });
  model.findings.forEach((f, i) => {
    const { section } = f.result;
    blocks.push(
      {
        kind: 'heading',
        level: 2,
        text: `§${section.ref} ${section.title[locale]}`,
        ...(i > 0 ? { before: STEP_SPACE } : {}),
      },
      { kind: 'paragraph', text: score(f.result), tone: 'strong' },
    );
    for (const p of f.points) {
      // The score and what its level looks like share one paragraph, to keep the appendix short.
      const level = p.result.level;
      const rubric = level
        ? ` ${t('report.rubricAt', { level, text: p.result.point.rubric[level].text[locale] })}`
        : '';
      blocks.push(
        { kind: 'heading', level: 3, text: p.result.point.title[locale], before: POINT_SPACE },
        { kind: 'paragraph', text: `${score(p.result)}.${rubric}` },
      );
      blocks.push({
        kind: 'table',
        caption: p.result.point.title[locale],
        head: [t('report.question'), t('report.answer'), t('report.note')],
        rows: p.questions.map((q) => [
          q.question.text[locale],
          answerCell(q, { t, locale }),
          q.answer.note || '–',
        ]),
        widths: [64, 25],
        dense: true,
      });
    }
  });
  return blocks;
}

/** Appendix: who took part in the session, and the questions on which views differed most. */
export function sessionPart({ model, t, locale }: PartContext): Block[] {
  const { session } = model;
  if (!session) return [];
  const fmt = reportText(t, locale);
  const blocks: Block[] = [
    // The session follows the last step the way steps follow one another, so no page is left half empty.
    { kind: 'heading', level: 1, text: t('report.sessionAppendix'), before: STEP_SPACE },
    { kind: 'heading', level: 2, text: t('workshop.sessionParticipants') },
    {
      kind: 'table',
      caption: t('workshop.sessionParticipants'),
      head: [
        t('workshop.organisation'),
        t('workshop.role'),
        t('workshop.domain'),
        t('report.participantName'),
      ],
      rows: session.organisations.flatMap((o) =>
        o.participants.map((p) => [
          o.organisation,
          roleName(p.role, locale),
          t(`workshop.domains.${p.domain}`),
          p.name || '–',
        ]),
      ),
      widths: [52, 46, 32],
      dense: true,
    },
    { kind: 'heading', level: 2, text: t('workshop.sessionDiffer') },
  ];
  // The step table's place in the report is full; the steps per domain follow the participants here.
  const domains = model.results.sections.some((r) => r.domains)
    ? [
        { kind: 'heading' as const, level: 2 as const, text: t('sessionResult.domainsTitle') },
        {
          kind: 'table' as const,
          caption: t('sessionResult.domainsTitle'),
          head: [t('results.colStep'), ...RESULT_DOMAINS.map((d) => t(`sessionResult.domainShort.${d}`))],
          rows: model.results.sections.map((r) => [
            `§${r.section.ref} ${r.section.title[locale]}`,
            ...RESULT_DOMAINS.map((d) => fmt.score(r.domains?.[d] ?? null)),
          ]),
          widths: [90, 40],
          dense: true,
        },
      ]
    : [];
  const notes = [...domains, ...notesPart({ model, t, locale })];
  if (session.differences.length === 0)
    return [...blocks, { kind: 'paragraph', text: t('workshop.agendaNone') }, ...notes];
  return [
    ...blocks,
    {
      kind: 'table',
      caption: t('workshop.sessionDiffer'),
      head: [
        t('report.question'),
        t('workshop.distribution'),
        `${t('workshop.median')} · ${t('workshop.spread')}`,
        t('workshop.sessionAgreed'),
      ],
      rows: session.differences.map(({ item, agreed }) => [
        `§${item.point.ref} ${item.question.text[locale]}`,
        distributionText(item.distribution, locale),
        `${formatScore(item.distribution.median, locale)} · ${item.distribution.spread ?? '–'}`,
        agreed.note ? { main: fmt.answer(agreed.level), detail: agreed.note } : fmt.answer(agreed.level),
      ]),
      widths: [60, 30, 20],
      dense: true,
    },
    ...notes,
  ];
}

/** What the partners wrote, question by question, under their names or per domain as the facilitator chose. */
function notesPart({ model, t, locale }: PartContext): Block[] {
  const notes = model.session?.notes ?? [];
  if (notes.length === 0) return [];
  const title = t('sessionResult.notesTitle');
  return [
    { kind: 'heading', level: 2, text: title, before: 'fit' },
    {
      kind: 'table',
      caption: title,
      head: [
        t('report.question'),
        t(`sessionResult.notesHead.${model.session?.notesBy ?? 'partner'}`),
        t('report.note'),
      ],
      rows: notes.flatMap(({ ref, groups }) =>
        groups.flatMap((g) =>
          g.notes.map((note) => [
            `§${ref.point.ref} ${ref.question.text[locale]}`,
            noteAuthor(g, t, locale),
            note,
          ]),
        ),
      ),
      widths: [62, 34],
      dense: true,
    },
  ];
}
