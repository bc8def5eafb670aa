// WCAG 2.1 A and AA: Understandable (principle 3).
import type { SuccessCriterion } from './types';
import { t } from '../text';
import { AXE, MANUAL } from './shared';

export const UNDERSTANDABLE: SuccessCriterion[] = [
  {
    id: '3.1.1',
    level: 'A',
    name: t('Taal van de pagina', 'Language of page'),
    how: t(
      'Het lang-attribuut volgt de gekozen taal (nl of en); ook de PDF krijgt de taal mee.',
      'The lang attribute follows the chosen language (nl or en); the PDF gets the language too.',
    ),
    check: t('axe-core (html-has-lang) en pdf.test.ts', 'axe-core (html-has-lang) and pdf.test.ts'),
  },
  {
    id: '3.1.2',
    level: 'AA',
    name: t('Taal van onderdelen', 'Language of parts'),
    how: t(
      'De taalknoppen dragen hun eigen lang-attribuut. Engelse vaktermen in de Nederlandse tekst (dog whistles) zijn ingeburgerd.',
      'The language buttons carry their own lang attribute. English terms in the Dutch text (dog whistles) are common usage.',
    ),
    check: t('journey.test.ts (knop met lang="en")', 'journey.test.ts (button with lang="en")'),
  },
  {
    id: '3.2.1',
    level: 'A',
    name: t('Bij focus', 'On focus'),
    how: t('Focus alleen verandert nooit de context.', 'Focus alone never changes the context.'),
    check: t('keyboard-journey.test.ts', 'keyboard-journey.test.ts'),
  },
  {
    id: '3.2.2',
    level: 'A',
    name: t('Bij input', 'On input'),
    how: t(
      'Een keuze opslaan verandert het scherm niet; naar een ander scherm gaat alleen met een knop of link.',
      'Saving a choice does not change the screen; moving to another screen takes a button or link.',
    ),
    check: t('journey.test.ts', 'journey.test.ts'),
  },
  {
    id: '3.2.3',
    level: 'AA',
    name: t('Consistente navigatie', 'Consistent navigation'),
    how: t(
      'Kop, stappenlijst en navigatie van een scan staan op elk scherm op dezelfde plaats.',
      'Header, step list and a scan’s navigation sit in the same place on every screen.',
    ),
    check: MANUAL('alle schermen nagelopen', 'all screens reviewed'),
  },
  {
    id: '3.2.4',
    level: 'AA',
    name: t('Consistente identificatie', 'Consistent identification'),
    how: t(
      'Dezelfde functie heeft overal dezelfde naam (bijvoorbeeld “Rapport downloaden (PDF)”).',
      'The same function has the same name everywhere (for example “Download report (PDF)”).',
    ),
    check: t(
      'De teksten komen uit één locale-bestand per taal; i18n.test.ts controleert dat beide volledig zijn',
      'Texts come from one locale file per language; i18n.test.ts checks both are complete',
    ),
  },
  {
    id: '3.3.1',
    level: 'A',
    name: t('Foutidentificatie', 'Error identification'),
    how: t(
      'Fouten staan in tekst bij het veld en in een foutoverzicht dat de focus krijgt; importfouten zeggen wat er mis is.',
      'Errors are stated in text at the field and in an error summary that takes focus; import errors say what is wrong.',
    ),
    check: t(
      'accessibility-screens.ts (formulier met fouten, in beide talen) en data.test.ts (kapot bestand)',
      'accessibility-screens.ts (form with errors, in both languages) and data.test.ts (broken file)',
    ),
  },
  {
    id: '3.3.2',
    level: 'A',
    name: t('Labels of instructies', 'Labels or instructions'),
    how: t(
      'Elk veld heeft een zichtbaar label; optionele velden zeggen “(optioneel)”.',
      'Every field has a visible label; optional fields say “(optional)”.',
    ),
    check: AXE,
  },
  {
    id: '3.3.3',
    level: 'AA',
    name: t('Foutsuggestie', 'Error suggestion'),
    how: t(
      'Foutmeldingen zeggen wat er moet gebeuren, bijvoorbeeld “Vul een titel in”.',
      'Error messages say what to do, for example “Enter a title”.',
    ),
    check: t(
      'accessibility-screens.ts (formulier met fouten, in beide talen)',
      'accessibility-screens.ts (form with errors, in both languages)',
    ),
  },
  {
    id: '3.3.4',
    level: 'AA',
    name: t('Foutpreventie (juridisch, financieel, gegevens)', 'Error prevention (legal, financial, data)'),
    how: t(
      'Verwijderen vraagt om bevestiging en kan ongedaan worden gemaakt; een import overschrijft nooit zonder te vragen.',
      'Deleting asks for confirmation and can be undone; an import never overwrites without asking.',
    ),
    check: t('data.test.ts en write-failures.test.ts', 'data.test.ts and write-failures.test.ts'),
  },
];
