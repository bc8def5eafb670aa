import { SCALE } from '../content/scale';
import type { SectionContext } from './pdf-context';

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
