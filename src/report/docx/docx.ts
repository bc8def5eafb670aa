import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { ReportDocument } from '../document/document-types';
import {
  blockElements,
  coverElements,
  LINE,
  MUTED,
  PRIMARY,
  runs,
  TWIPS_PER_MM,
  type DocxOptions,
} from './docx-elements';

export type { DocxOptions } from './docx-elements';

const PAGE_MARK = '%PAGE%';
const TOTAL_MARK = '%TOTAL%';

/** "pagina {n} van {total}" with Word's own page fields in place of the numbers. */
function pageNumberRuns(label: ReportDocument['pageLabel']): ParagraphChild[] {
  const text = label(PAGE_MARK, TOTAL_MARK);
  return text.split(/(%PAGE%|%TOTAL%)/).flatMap((part) => {
    if (part === PAGE_MARK) return [new TextRun({ children: [PageNumber.CURRENT], size: 17, color: MUTED })];
    if (part === TOTAL_MARK)
      return [new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 17, color: MUTED })];
    return part ? [new TextRun({ text: part, size: 17, color: MUTED })] : [];
  });
}

/** The report as a Word document that an advisor can restyle in the municipality's own template. */
export async function createDocx(report: ReportDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const margin = Math.round(20 * TWIPS_PER_MM);
  const doc = new Document({
    ...report.properties,
    creator: report.properties.author,
    lastModifiedBy: 'PGA-zelfscan',
    styles: {
      default: {
        document: {
          run: { font: 'Arial', size: 21, language: { value: report.lang } },
          paragraph: { spacing: { after: 120, ...LINE } },
        },
        title: { run: { font: 'Arial', size: 48, bold: true, color: '1B1B1B' } },
        heading1: {
          run: { font: 'Arial', size: 34, bold: true, color: PRIMARY },
          paragraph: { spacing: { before: 240, after: 160 }, outlineLevel: 0 },
        },
        heading2: {
          run: { font: 'Arial', size: 26, bold: true, color: PRIMARY },
          paragraph: { spacing: { before: 240, after: 120 }, outlineLevel: 1 },
        },
        heading3: {
          run: { font: 'Arial', size: 22, bold: true, color: '1B1B1B' },
          paragraph: { spacing: { before: 200, after: 80 }, outlineLevel: 2 },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({})] }),
          default: new Header({
            children: [new Paragraph({ children: runs(report.header, { size: 17, color: MUTED }) })],
          }),
        },
        footers: {
          first: new Footer({ children: [new Paragraph({})] }),
          default: new Footer({
            children: [
              new Paragraph({ alignment: AlignmentType.RIGHT, children: pageNumberRuns(report.pageLabel) }),
            ],
          }),
        },
        children: [
          ...coverElements(report.cover, options.logo),
          ...report.blocks.flatMap((b, i) =>
            blockElements(b, options.chartImage, {
              previous: report.blocks[i - 1],
              next: report.blocks[i + 1],
            }),
          ),
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
