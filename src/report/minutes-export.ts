// Loaded only when the facilitator asks for the session record or the agenda, like the report's own exports.
import { CHECKLIST } from '../content/pga-2024';
import type { Locale } from '../content/types';
import type { Assessment } from '../domain/types';
import { downloadBlob, fileName } from '../browser/files';
import { createPdf } from './pdf/pdf';
import { createDocx } from './docx/docx';
import { buildMinutes } from './document/minutes';
import { buildAgendaDoc } from './document/agenda-doc';
import { loadFonts } from './pdf/pdf-export';
import type { Translate } from './document/report-text';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const BUILDERS = { minutes: buildMinutes, agenda: buildAgendaDoc } as const;

export async function exportSessionDoc(
  kind: keyof typeof BUILDERS,
  assessment: Assessment,
  format: 'pdf' | 'docx',
  { t, locale }: { t: Translate; locale: Locale },
): Promise<void> {
  const doc = BUILDERS[kind](CHECKLIST, assessment, { t, locale, now: new Date() });
  const suffix = kind === 'minutes' ? t('sessionResult.minutes.file') : t('agenda.file');
  const name = (ext: string) => fileName(assessment.title, assessment.date, ext, suffix);
  if (format === 'pdf') {
    const pdf = createPdf(doc, { fonts: await loadFonts() });
    downloadBlob(new Blob([pdf], { type: 'application/pdf' }), name('pdf'));
  } else {
    const docx = await createDocx(doc);
    downloadBlob(new Blob([docx as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }), name('docx'));
  }
}
