// WCAG 2.1 A and AA: Perceivable (principle 1).
import type { SuccessCriterion } from './types';
import { t } from '../text';
import { AXE, NONE, NO_MEDIA, MANUAL } from './shared';

export const PERCEIVABLE: SuccessCriterion[] = [
  {
    id: '1.1.1',
    level: 'A',
    name: t('Niet-tekstuele content', 'Non-text content'),
    how: t(
      'Grafieken zijn een figuur met een zin die de uitkomst samenvat en een tabel met dezelfde cijfers; het logo heeft een alt-tekst.',
      'Charts are figures with a sentence summing up the outcome and a table with the same figures; the logo has alt text.',
    ),
    check: t(
      'axe-core, en de componenttest ResultsCharts.test.ts (samenvatting en tabellen)',
      'axe-core, and the component test ResultsCharts.test.ts (summary and tables)',
    ),
  },
  {
    id: '1.2.1',
    level: 'A',
    name: t('Louter-geluid en louter-video', 'Audio-only and video-only'),
    how: NO_MEDIA,
    check: NONE,
  },
  {
    id: '1.2.2',
    level: 'A',
    name: t('Ondertitels (vooraf opgenomen)', 'Captions (prerecorded)'),
    how: NO_MEDIA,
    check: NONE,
  },
  {
    id: '1.2.3',
    level: 'A',
    name: t('Audiodescriptie of media-alternatief', 'Audio description or media alternative'),
    how: NO_MEDIA,
    check: NONE,
  },
  { id: '1.2.4', level: 'AA', name: t('Ondertitels (live)', 'Captions (live)'), how: NO_MEDIA, check: NONE },
  {
    id: '1.2.5',
    level: 'AA',
    name: t('Audiodescriptie (vooraf opgenomen)', 'Audio description (prerecorded)'),
    how: NO_MEDIA,
    check: NONE,
  },
  {
    id: '1.3.1',
    level: 'A',
    name: t('Info en relaties', 'Info and relationships'),
    how: t(
      'Echte koppen, lijsten, tabellen met bijschrift en kolom- en rijkoppen, fieldsets met legend voor de schaal, labels bij elk veld.',
      'Real headings, lists, tables with captions and column and row headers, fieldsets with a legend for the scale, a label for every field.',
    ),
    check: AXE,
  },
  {
    id: '1.3.2',
    level: 'A',
    name: t('Betekenisvolle volgorde', 'Meaningful sequence'),
    how: t(
      'De volgorde in de code is de leesvolgorde; de stappenlijst staat vóór de vragen.',
      'The order in the code is the reading order; the step list comes before the questions.',
    ),
    check: t(
      'Toetsenbordtocht keyboard-journey.test.ts volgt de schermvolgorde',
      'The keyboard journey keyboard-journey.test.ts follows the screen order',
    ),
  },
  {
    id: '1.3.3',
    level: 'A',
    name: t('Zintuiglijke eigenschappen', 'Sensory characteristics'),
    how: t(
      'Instructies verwijzen naar namen van knoppen en velden, niet naar kleur, vorm of plaats.',
      'Instructions refer to the names of buttons and fields, never to colour, shape or position.',
    ),
    check: MANUAL(
      'alle interfaceteksten in nl.json en en.json nagelezen',
      'all interface texts in nl.json and en.json read through',
    ),
  },
  {
    id: '1.3.4',
    level: 'AA',
    name: t('Weergavestand', 'Orientation'),
    how: t(
      'Geen vaste staande of liggende weergave; de opmaak past zich aan elke breedte aan.',
      'No fixed portrait or landscape; the layout adapts to any width.',
    ),
    check: t(
      'reflow.test.ts (320 px breed) en de projectorformaten in de browsertests',
      'reflow.test.ts (320 px wide) and the projector sizes in the browser tests',
    ),
  },
  {
    id: '1.3.5',
    level: 'AA',
    name: t('Identificeer het doel van de input', 'Identify input purpose'),
    how: t(
      'Geen veld vraagt om persoonsgegevens van de gebruiker zelf; namen van deelnemers zijn optioneel en gaan over anderen.',
      'No field asks for the user’s own personal data; participant names are optional and about others.',
    ),
    check: MANUAL('alle formulieren nagelopen', 'all forms reviewed'),
  },
  {
    id: '1.4.1',
    level: 'A',
    name: t('Gebruik van kleur', 'Use of colour'),
    how: t(
      'Grafieklijnen verschillen ook in lijnstijl en puntvorm; keuzes en fouten worden ook in tekst getoond.',
      'Chart series also differ in line style and point shape; choices and errors are also shown in text.',
    ),
    check: t(
      'ResultsCharts.test.ts (lijnstijlen) en axe-core',
      'ResultsCharts.test.ts (line styles) and axe-core',
    ),
  },
  { id: '1.4.2', level: 'A', name: t('Geluidsbediening', 'Audio control'), how: NO_MEDIA, check: NONE },
  {
    id: '1.4.3',
    level: 'AA',
    name: t('Contrast (minimum)', 'Contrast (minimum)'),
    how: t(
      'Tekstkleuren hebben minstens 4,5:1 contrast op hun achtergrond.',
      'Text colours have at least 4.5:1 contrast against their background.',
    ),
    check: t(
      'axe-core, en de unittest accessibility.test.ts rekent de kleuren van tokens.css na',
      'axe-core, and the unit test accessibility.test.ts computes the colours of tokens.css',
    ),
  },
  {
    id: '1.4.4',
    level: 'AA',
    name: t('Herschalen van tekst', 'Resize text'),
    how: t(
      'Alle maten zijn in rem; tekst kan tot 200% groter zonder verlies.',
      'All sizes are in rem; text can grow to 200% without loss.',
    ),
    check: t(
      'reflow.test.ts (320 px staat gelijk aan 400% zoom op 1280 px)',
      'reflow.test.ts (320 px equals 400% zoom at 1280 px)',
    ),
  },
  {
    id: '1.4.5',
    level: 'AA',
    name: t('Afbeeldingen van tekst', 'Images of text'),
    how: t(
      'Geen tekst als afbeelding; alleen het eigen logo van de gemeente kan tekst bevatten.',
      'No text as images; only the municipality’s own logo may contain text.',
    ),
    check: MANUAL('alle schermen nagelopen', 'all screens reviewed'),
  },
  {
    id: '1.4.10',
    level: 'AA',
    name: t('Reflow', 'Reflow'),
    how: t(
      'Op 320 CSS-pixels breed is niet zijwaarts scrollen nodig; tabellen breken om.',
      'At 320 CSS pixels wide no sideways scrolling is needed; tables wrap.',
    ),
    check: t('reflow.test.ts', 'reflow.test.ts'),
  },
  {
    id: '1.4.11',
    level: 'AA',
    name: t('Contrast van niet-tekstuele content', 'Non-text contrast'),
    how: t(
      'Randen van velden, de focusrand en grafieklijnen hebben minstens 3:1 contrast.',
      'Field borders, the focus outline and chart lines have at least 3:1 contrast.',
    ),
    check: t(
      'De unittest accessibility.test.ts rekent de rand-, focus- en grafiekkleuren na',
      'The unit test accessibility.test.ts computes the border, focus and chart colours',
    ),
  },
  {
    id: '1.4.12',
    level: 'AA',
    name: t('Tekstafstand', 'Text spacing'),
    how: t(
      'Geen vaste hoogtes bij tekst; extra regel-, alinea-, letter- en woordafstand laat niets wegvallen.',
      'No fixed heights on text; extra line, paragraph, letter and word spacing hides nothing.',
    ),
    check: t(
      'accessibility-page.test.ts past de WCAG-tekstafstand toe en controleert dat niets overloopt',
      'accessibility-page.test.ts applies the WCAG text spacing and checks that nothing overflows',
    ),
  },
  {
    id: '1.4.13',
    level: 'AA',
    name: t('Content bij hover of focus', 'Content on hover or focus'),
    how: t(
      'Er verschijnt geen extra content bij aanwijzen of focus; uitleg staat in uitklapbare blokken die de gebruiker zelf opent.',
      'No extra content appears on hover or focus; explanations sit in disclosure blocks the user opens.',
    ),
    check: MANUAL('alle schermen nagelopen', 'all screens reviewed'),
  },
];
