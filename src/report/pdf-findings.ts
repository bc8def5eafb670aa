import { formatDateShort } from '../i18n/format';
import { COLOR, PAGE } from './pdf-writer';
import type { SectionContext } from './pdf-context';
import { reportText } from './report-text';

export function findings({ w, model, t, locale }: SectionContext): void {
  const fmt = reportText(t, locale);
  const part = w.heading(t('report.findingsTitle'), 1);
  model.findings.forEach((f, i) => {
    // A step starts a new page only when less than a third of the page is left, so no page holds a few lines.
    if (i > 0) w.ensure((PAGE.height - PAGE.top - PAGE.bottom) / 3);
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
      // Keep a point's heading, score and rubric together with the start of its table.
      w.ensure(45);
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
            text: p.result.point.rubric[p.result.level].text[locale],
          }),
          { size: 9 },
        );
      w.table({
        head: [[t('report.question'), t('report.answer'), t('report.note')].map((h) => w.safe(h))],
        body: p.questions.map(({ question, answer }) =>
          [question.text[locale], fmt.answer(answer.level), answer.note || '–'].map((c) => w.safe(c)),
        ),
        columnStyles: { 0: { cellWidth: 62 }, 1: { cellWidth: 27 } },
        // A long explanation may continue on the next page; holding it back would strand the header.
        rowPageBreak: 'auto',
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
        w.safe(action.due ? formatDateShort(action.due, locale) : '–'),
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
