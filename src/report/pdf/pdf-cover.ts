import type { Cover } from '../document/document-types';
import { COLOR, CONTENT_WIDTH, PAGE, type PdfWriter } from './pdf-writer';

export function cover(w: PdfWriter, c: Cover, logo: string | undefined): void {
  const { doc } = w;
  if (logo) {
    const props = doc.getImageProperties(logo);
    const height = Math.min(22, (45 * props.height) / props.width);
    const width = (height * props.width) / props.height;
    doc.addImage(logo, 'JPEG', PAGE.width - PAGE.right - width, PAGE.top, width, height, undefined, 'FAST');
  }
  w.y = 70;
  doc.setFillColor(COLOR.primary).rect(PAGE.left, w.y - 8, 4, 46, 'F');
  const indent = { x: PAGE.left + 9, width: CONTENT_WIDTH - 9 };
  w.paragraph(c.kicker, { size: 13, color: COLOR.primary, bold: true, ...indent });
  w.paragraph(c.title, { size: 24, bold: true, ...indent });
  w.paragraph(c.subtitle, { size: 11, color: COLOR.muted, ...indent });
  w.paragraph(c.edition, { size: 11, bold: true, color: COLOR.primary, ...indent });
  w.y = Math.max(w.y + 12, 130);
  w.table({
    theme: 'plain',
    styles: { fontSize: 10.5, cellPadding: 1.5, lineWidth: 0 },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 48 } },
    body: c.facts.map(([label, value]) => [w.safe(label), w.safe(value)]),
  });
  w.paragraph(c.participantsTitle, { bold: true, size: 10.5 });
  if (!c.participants) w.paragraph(c.noParticipants, { color: COLOR.muted });
  else
    w.table({
      head: [c.participants.head.map((h) => w.safe(h))],
      body: c.participants.rows.map((row) =>
        row.map((cell) => w.safe(typeof cell === 'string' ? cell : cell.main)),
      ),
      columnStyles: { 0: { cellWidth: 80 } },
    });
  w.y = PAGE.height - PAGE.bottom - 10;
  w.paragraph(c.generated, { size: 9, color: COLOR.muted });
}
