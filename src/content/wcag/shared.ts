// Wording shared by the success criteria of every principle.
import { t } from '../text';

export const AXE = t(
  'axe-core in de browsertests (accessibility-nl.test.ts en accessibility-en.test.ts), op elk scherm in beide talen',
  'axe-core in the browser tests (accessibility-nl.test.ts and accessibility-en.test.ts), on every screen in both languages',
);
export const NONE = t('Niet van toepassing', 'Not applicable');
export const NO_MEDIA = t('De app bevat geen audio of video.', 'The app contains no audio or video.');
export const MANUAL = (what: string, en: string) =>
  t(`Handmatig gecontroleerd op 29 november 2026: ${what}`, `Checked by hand on 29 November 2026: ${en}`);
