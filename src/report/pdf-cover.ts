import { formatDate } from '../i18n/format';
import { COLOR, CONTENT_WIDTH, PAGE } from './pdf-writer';
import type { SectionContext } from './pdf-context';

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
