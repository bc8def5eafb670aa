// Loaded only when the user asks for a PDF, so jsPDF and its font stay out of the start page.
import regularUrl from './fonts/pga-sans-regular.ttf?url';
import boldUrl from './fonts/pga-sans-bold.ttf?url';
import type { Assessment } from '../../domain/types';
import { downloadBlob, fileName } from '../../browser/files';
import { createPdf } from './pdf';
import { reportFor, reportSuffix, type ExportRequest } from '../export-request';

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The PDF's embedded font, regular and bold, fetched as the app's own assets. */
export async function loadFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const [regular, bold] = await Promise.all([bytes(regularUrl), bytes(boldUrl)]);
  return { regular, bold };
}

export async function exportPdf(assessment: Assessment, request: ExportRequest): Promise<void> {
  const { regular, bold } = await loadFonts();
  const { report, chartImage } = reportFor(assessment, request);
  const pdf = createPdf(report, {
    fonts: { regular, bold },
    chartImage,
    ...(request.logo ? { logo: request.logo } : {}),
  });
  downloadBlob(
    new Blob([pdf], { type: 'application/pdf' }),
    fileName(assessment.title, assessment.date, 'pdf', reportSuffix(request)),
  );
}
