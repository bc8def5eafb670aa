// How the app meets each WCAG 2.1 A and AA success criterion, and how that is checked: the basis for a
// municipality's toegankelijkheidsverklaring. The page #/toegankelijkheid and docs/accessibility.md both
// come from this list (tests/tools/make-accessibility-doc.ts; a unit test keeps the document current).
import type { Text } from './types';
import { t } from './text';
import { PERCEIVABLE } from './wcag/perceivable';
import { OPERABLE } from './wcag/operable';
import { UNDERSTANDABLE } from './wcag/understandable';
import { ROBUST } from './wcag/robust';
import type { SuccessCriterion } from './wcag/types';

export const WCAG_CRITERIA: SuccessCriterion[] = [...PERCEIVABLE, ...OPERABLE, ...UNDERSTANDABLE, ...ROBUST];

/** Known limitations, said plainly for the statement. */
export const ACCESSIBILITY_LIMITATIONS: Text[] = [
  t(
    'De PDF uit de app is niet getagd: jsPDF kan dat niet. De toegankelijke route is de afdrukbare webpagina van het rapport; de functie “Opslaan als PDF” van de browser maakt daarvan een getagde PDF.',
    'The PDF made by the app is not tagged: jsPDF cannot do that. The accessible route is the printable web page of the report; the browser’s “Save as PDF” turns it into a tagged PDF.',
  ),
  t(
    'Tekens buiten het ingebouwde lettertype (emoji, Arabisch, Chinees) verschijnen in de PDF als □; de afdrukbare webpagina toont ze wel.',
    'Characters outside the embedded font (emoji, Arabic, Chinese) appear as □ in the PDF; the printable web page shows them.',
  ),
  t(
    'De grafieken zijn afbeeldingen op een canvas. Wie ze niet kan zien, leest dezelfde cijfers in de tabel eronder en de samenvattende zin erboven.',
    'The charts are images on a canvas. Anyone who cannot see them reads the same figures in the table below and the summary sentence above.',
  ),
];
