// Loaded only when the user asks for a Word file, so the docx library stays out of the start page.
import type { Assessment } from '../../domain/types';
import { downloadBlob, fileName } from '../../browser/files';
import { createDocx, type DocxOptions } from './docx';
import { reportFor, reportSuffix, type ExportRequest } from '../export-request';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function imageSize(dataUrl: string): Promise<{ width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve({ width: image.naturalWidth, height: image.naturalHeight });
    image.onerror = () => reject(new Error('logo'));
    image.src = dataUrl;
  });
}

export async function exportDocx(assessment: Assessment, request: ExportRequest): Promise<void> {
  const { report, chartImage } = reportFor(assessment, request);
  const options: DocxOptions = { chartImage };
  if (request.logo) options.logo = { dataUrl: request.logo, ...(await imageSize(request.logo)) };
  const bytes = await createDocx(report, options);
  downloadBlob(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }),
    fileName(assessment.title, assessment.date, 'docx', reportSuffix(request)),
  );
}
