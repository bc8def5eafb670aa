export const LOGO_MAX_BYTES = 1024 * 1024;
const MAX_WIDTH_PX = 600;

export type LogoError = 'too-big' | 'wrong-type';

/**
 * Reads a PNG or JPEG the user chose and returns it as a small JPEG data URL on white,
 * ready for the PDF cover (no transparency mask, no huge camera photo in localStorage).
 */
export async function prepareLogo(
  file: File,
): Promise<{ ok: true; dataUrl: string } | { ok: false; error: LogoError }> {
  if (!['image/png', 'image/jpeg'].includes(file.type)) return { ok: false, error: 'wrong-type' };
  if (file.size > LOGO_MAX_BYTES) return { ok: false, error: 'too-big' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, error: 'wrong-type' };
  }
  const scale = Math.min(1, MAX_WIDTH_PX / bitmap.width);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return { ok: false, error: 'wrong-type' };
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return { ok: true, dataUrl: canvas.toDataURL('image/jpeg', 0.9) };
}
