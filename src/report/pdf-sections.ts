import type { Locale } from '../content/types';
import { SCALE } from '../content/scale';
import type { ReportModel } from '../domain/report-model';
import { formatDate } from '../i18n/format';
import { COLOR, CONTENT_WIDTH, PAGE, type PdfWriter } from './pdf-writer';
import { reportText, type Translate } from './report-text';

export interface SectionContext {
  w: PdfWriter;
  model: ReportModel;
  t: Translate;
  locale: Locale;
}

export function cover(
  { w, model, t, locale }: SectionContext,
  logo: string | undefined,
  generatedOn: string,
): void {
  const { doc } = w;
  if (logo) {
    const props = doc.getImageProperties(logo);
    const height = Math.min(22, (45 * props.height) / props.width);
    doc.addImage(
      logo,
      'JPEG',
      PAGE.width - PAGE.right - (height * props.width) / props.height,
      PAGE.top,
      (height * props.width) / props.height,
      height,
      undefined,
      'FAST',
    );
  }
  w.y = 70;
  doc.setFillColor(COLOR.primary).rect(PAGE.left, w.y - 8, 4, 46, 'F');
  w.paragraph(t('report.docTitle'), {
    size: 13,
    color: COLOR.primary,
    bold: true,
    x: PAGE.left + 9,
    width: CONTENT_WIDTH - 9,
  });
  w.paragraph(model.assessment.title, { size: 24, bold: true, x: PAGE.left + 9, width: CONTENT_WIDTH - 9 });
  w.paragraph(t('report.subtitle'), {
    size: 11,
    color: COLOR.muted,
    x: PAGE.left + 9,
    width: CONTENT_WIDTH - 9,
  });
  w.y = Math.max(w.y + 12, 130);
  w.table({
    theme: 'plain',
    styles: { fontSize: 10.5, cellPadding: 1.5 },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 48 } },
    body: [
      [w.safe(t('report.region')), w.safe(model.assessment.region)],
      [w.safe(t('report.date')), w.safe(formatDate(model.assessment.date, locale))],
    ],
  });
  w.paragraph(t('report.participants'), { bold: true, size: 10.5 });
  if (model.assessment.participants.length === 0)
    w.paragraph(t('report.noParticipants'), { color: COLOR.muted });
  else
    w.table({
      head: [[w.safe(t('report.orgCol')), w.safe(t('report.roleCol'))]],
      body: model.assessment.participants.map((p) => [
        w.safe(p.organisation),
        w.safe([p.role, p.name].filter(Boolean).join(' · ')),
      ]),
    });
  w.y = PAGE.height - PAGE.bottom - 10;
  w.paragraph(t('report.generated', { date: generatedOn }), { size: 9, color: COLOR.muted });
}

export function summary({ w, model, t, locale }: SectionContext, chartImage: string | undefined): void {
  const fmt = reportText(t, locale);
  const { results } = model;
  w.heading(t('report.summaryTitle'), 1);
  w.paragraph(
    t('report.overall', {
      score: fmt.score(results.overall.value),
      level: fmt.level(results.overallLevel),
      answered: results.overall.answered,
      total: results.overall.total,
    }),
    { size: 11, bold: true },
  );
  if (results.overall.provisional) w.paragraph(t('report.provisional'), { color: COLOR.muted });
  if (results.baseline)
    w.paragraph(
      t('report.previous', {
        title: results.baseline.title,
        date: formatDate(results.baseline.date, locale),
        score: fmt.score(results.baseline.overall),
      }),
    );
  w.table({
    head: [
      [
        t('results.colStep'),
        t('results.colScore'),
        t('results.colLevel'),
        t('results.colCoverage'),
        t('results.colTarget'),
        t('results.colGap'),
      ].map((h) => w.safe(h)),
    ],
    body: results.sections.map((r) =>
      [
        `§${r.section.ref} ${r.section.title[locale]}`,
        fmt.scoreWithFlag(r.score),
        fmt.level(r.level),
        fmt.coverage(r.score),
        fmt.level(r.target),
        r.gap === null ? '–' : fmt.score(r.gap),
      ].map((c) => w.safe(c)),
    ),
    columnStyles: { 0: { cellWidth: 52 }, 1: { cellWidth: 20 } },
  });
  if (chartImage) {
    const size = 118;
    w.ensure(size + 4);
    w.doc.addImage(
      chartImage,
      'JPEG',
      PAGE.left + (CONTENT_WIDTH - size) / 2,
      w.y,
      size,
      size,
      undefined,
      'FAST',
    );
    w.y += size + 2;
    w.paragraph(t('report.radarAlt'), { size: 8.5, color: COLOR.muted });
  }
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    w.ensure(20);
    w.paragraph(title, { bold: true });
    for (const item of items) w.paragraph(`• ${item}`, { x: PAGE.left + 3, width: CONTENT_WIDTH - 3 });
  };
  list(
    t('results.strongest'),
    results.strongest.map((r) => `§${r.point.ref} ${r.point.title[locale]}: ${fmt.score(r.score.value)}`),
  );
  list(
    t('results.weakest'),
    results.weakest.map((r) => `§${r.point.ref} ${r.point.title[locale]}: ${fmt.score(r.score.value)}`),
  );
  list(
    t('results.gaps'),
    results.gaps.map(
      (g) =>
        `§${g.section.ref} ${g.section.title[locale]}: ${fmt.score(g.value)} → ${g.target} (${fmt.score(g.gap)})`,
    ),
  );
}

export function findings({ w, model, t, locale }: SectionContext): void {
  const fmt = reportText(t, locale);
  const part = w.heading(t('report.findingsTitle'), 1);
  model.findings.forEach((f, i) => {
    if (i > 0) w.newPage();
    const { section, score, level } = f.result;
    w.heading(`§${section.ref} ${section.title[locale]}`, 2, part);
    w.paragraph(
      t('report.stepScore', {
        score: fmt.scoreWithFlag(score),
        level: fmt.level(level),
        coverage: fmt.coverage(score),
      }),
      { bold: true },
    );
    for (const p of f.points) {
      w.heading(p.result.point.title[locale], 3, null, false);
      w.paragraph(
        t('report.stepScore', {
          score: fmt.scoreWithFlag(p.result.score),
          level: fmt.level(p.result.level),
          coverage: fmt.coverage(p.result.score),
        }),
        { size: 9, color: COLOR.muted },
      );
      if (p.result.level)
        w.paragraph(
          t('report.rubricAt', {
            level: p.result.level,
            text: p.result.point.rubric[p.result.level][locale],
          }),
          { size: 9 },
        );
      w.table({
        head: [[t('report.question'), t('report.answer'), t('report.note')].map((h) => w.safe(h))],
        body: p.questions.map(({ question, answer }) =>
          [question.text[locale], fmt.answer(answer.level), answer.note || '–'].map((c) => w.safe(c)),
        ),
        columnStyles: { 0: { cellWidth: 72 }, 1: { cellWidth: 30 } },
      });
    }
  });
}

export function plan({ w, model, t, locale }: SectionContext): void {
  w.heading(t('report.planTitle'), 1);
  if (model.plan.length === 0) {
    w.paragraph(t('report.noActions'));
    return;
  }
  w.paragraph(t('report.planIntro'), { color: COLOR.muted });
  for (const group of model.plan) {
    w.heading(`${t('plan.field.priority')}: ${t(`priority.${group.priority}`)}`, 2);
    w.table({
      head: [
        [
          t('report.actionCol'),
          t('report.pointCol'),
          t('report.ownerCol'),
          t('report.dueCol'),
          t('report.statusCol'),
        ].map((h) => w.safe(h)),
      ],
      body: group.rows.map(({ action, point, section }) => [
        w.safe(action.description ? `${action.title}\n${action.description}` : action.title),
        w.safe(point && section ? `§${section.ref} ${point.title[locale]}` : '–'),
        w.safe(action.owner || '–'),
        w.safe(action.due ? formatDate(action.due, locale) : '–'),
        w.safe(t(`status.${action.status}`)),
      ]),
      columnStyles: {
        0: { cellWidth: 68 },
        1: { cellWidth: 42 },
        2: { cellWidth: 26 },
        3: { cellWidth: 20 },
      },
    });
  }
}

export function method({ w, t, locale }: SectionContext): void {
  const part = w.heading(t('report.methodTitle'), 1);
  for (const key of ['report.method1', 'report.method2', 'report.method3']) w.paragraph(t(key));
  w.heading(t('report.scaleTitle'), 2, part);
  w.table({
    body: SCALE.map((d) => [w.safe(`${d.level} ${d.name[locale]}`), w.safe(d.description[locale])]),
    columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold' } },
  });
  w.heading(t('report.sourceTitle'), 2, part);
  w.paragraph(t('report.sourceText'));
}
