// Loaded only when the facilitator asks for the session record, like the report's own exports.
import { CHECKLIST } from '../content/pga-2024';
import type { Locale } from '../content/types';
import type { Assessment } from '../domain/types';
import { downloadBlob, fileName } from '../browser/files';
import { createPdf } from './pdf';
import { createDocx } from './docx';
import { buildMinutes } from './minutes';
import { loadFonts } from './pdf-export';
import type { Translate } from './report-text';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function exportMinutes(
  assessment: Assessment,
  format: 'pdf' | 'docx',
  { t, locale }: { t: Translate; locale: Locale },
): Promise<void> {
  const minutes = buildMinutes(CHECKLIST, assessment, { t, locale, now: new Date() });
  const name = (ext: string) =>
    fileName(assessment.title, assessment.date, ext, t('sessionResult.minutes.file'));
  if (format === 'pdf') {
    const pdf = createPdf(minutes, { fonts: await loadFonts() });
    downloadBlob(new Blob([pdf], { type: 'application/pdf' }), name('pdf'));
  } else {
    const docx = await createDocx(minutes);
    downloadBlob(new Blob([docx as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }), name('docx'));
  }
}
