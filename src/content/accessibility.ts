// How the app meets each WCAG 2.1 A and AA success criterion, and how that is checked: the basis for a
// municipality's toegankelijkheidsverklaring. The page #/toegankelijkheid and docs/accessibility.md both
// come from this list (tests/tools/make-accessibility-doc.ts; a unit test keeps the document current).
import type { Text } from './types';
import { t } from './text';

export interface SuccessCriterion {
  id: string;
  level: 'A' | 'AA';
  name: Text;
  how: Text;
  check: Text;
}

const AXE = t(
  'axe-core in de browsertests (accessibility.test.ts), op elk scherm in beide talen',
  'axe-core in the browser tests (accessibility.test.ts), on every screen in both languages',
);
const NONE = t('Niet van toepassing', 'Not applicable');
const NO_MEDIA = t('De app bevat geen audio of video.', 'The app contains no audio or video.');
const MANUAL = (what: string, en: string) =>
  t(`Handmatig gecontroleerd op 29 november 2026: ${what}`, `Checked by hand on 29 November 2026: ${en}`);

export const WCAG_CRITERIA: SuccessCriterion[] = [
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
  {
    id: '2.1.1',
    level: 'A',
    name: t('Toetsenbord', 'Keyboard'),
    how: t(
      'Alles werkt met het toetsenbord: de schaal met pijltjes, Home en End, en alle knoppen en links.',
      'Everything works by keyboard: the scale with arrows, Home and End, and every button and link.',
    ),
    check: t(
      'keyboard-journey.test.ts: nieuwe scan, alle stappen, resultaten, plan en PDF zonder muis',
      'keyboard-journey.test.ts: new scan, every step, results, plan and PDF without a mouse',
    ),
  },
  {
    id: '2.1.2',
    level: 'A',
    name: t('Geen toetsenbordval', 'No keyboard trap'),
    how: t(
      'Dialogen sluiten met Escape en geven de focus terug; nergens blijft de focus vastzitten.',
      'Dialogs close with Escape and return focus; focus is never trapped.',
    ),
    check: t('keyboard-journey.test.ts en journey.test.ts', 'keyboard-journey.test.ts and journey.test.ts'),
  },
  {
    id: '2.1.4',
    level: 'A',
    name: t('Enkel-teken sneltoetsen', 'Character key shortcuts'),
    how: t(
      'Alleen de presentatiemodus heeft sneltoetsen met één teken (1–5, w, n); die zijn op dat scherm uit te zetten.',
      'Only the presentation mode has single-character shortcuts (1–5, w, n); they can be turned off on that screen.',
    ),
    check: t(
      'workshop.test.ts bedient de presentatie met het toetsenbord',
      'workshop.test.ts operates the presentation by keyboard',
    ),
  },
  {
    id: '2.2.1',
    level: 'A',
    name: t('Timing aanpasbaar', 'Timing adjustable'),
    how: t(
      'Er is geen tijdslimiet. Ongedaan maken na verwijderen blijft staan tot de gebruiker het startscherm verlaat; de timer in de werksessie start en stopt de gebruiker zelf.',
      'There is no time limit. Undo after deleting stays until the user leaves the start screen; the user starts and stops the session timer.',
    ),
    check: t(
      'library-store.test.ts (ongedaan maken zonder tijdslimiet)',
      'library-store.test.ts (undo without a time limit)',
    ),
  },
  {
    id: '2.2.2',
    level: 'A',
    name: t('Pauzeren, stoppen, verbergen', 'Pause, stop, hide'),
    how: t(
      'Niets beweegt of knippert vanzelf; grafieken worden zonder animatie getekend.',
      'Nothing moves or blinks by itself; charts are drawn without animation.',
    ),
    check: MANUAL('alle schermen nagelopen', 'all screens reviewed'),
  },
  {
    id: '2.3.1',
    level: 'A',
    name: t('Drie flitsen of beneden drempelwaarde', 'Three flashes or below threshold'),
    how: t('Er flitst niets.', 'Nothing flashes.'),
    check: MANUAL('alle schermen nagelopen', 'all screens reviewed'),
  },
  {
    id: '2.4.1',
    level: 'A',
    name: t('Blokken omzeilen', 'Bypass blocks'),
    how: t(
      'Een link “Naar de inhoud” is het eerste element; na elke schermwissel gaat de focus naar de kop.',
      'A “Skip to content” link comes first; after each screen change focus moves to the heading.',
    ),
    check: t(
      'axe-core en journey.test.ts (focus op de kop)',
      'axe-core and journey.test.ts (focus on the heading)',
    ),
  },
  {
    id: '2.4.2',
    level: 'A',
    name: t('Paginatitel', 'Page titled'),
    how: t(
      'Elk scherm zet een eigen titel met de naam van de scan.',
      'Every screen sets its own title with the scan’s name.',
    ),
    check: t('axe-core (document-title)', 'axe-core (document-title)'),
  },
  {
    id: '2.4.3',
    level: 'A',
    name: t('Focusvolgorde', 'Focus order'),
    how: t(
      'De focus volgt de leesvolgorde; nieuwe acties en geopende editors krijgen de focus.',
      'Focus follows the reading order; new actions and opened editors receive focus.',
    ),
    check: t('keyboard-journey.test.ts en plan.test.ts', 'keyboard-journey.test.ts and plan.test.ts'),
  },
  {
    id: '2.4.4',
    level: 'A',
    name: t('Linkdoel (in context)', 'Link purpose (in context)'),
    how: t(
      'Linkteksten zeggen waar ze heen gaan, bijvoorbeeld “Volgende: §1.2 Wegen van signalen”.',
      'Link texts say where they lead, for example “Next: §1.2 Weighing signals”.',
    ),
    check: AXE,
  },
  {
    id: '2.4.5',
    level: 'AA',
    name: t('Meerdere manieren', 'Multiple ways'),
    how: t(
      'Stappen zijn te bereiken via de stappenlijst, vorige/volgende en de resultaten; begrippen via de begrippenlijst.',
      'Steps can be reached through the step list, previous/next and the results; terms through the glossary.',
    ),
    check: t('journey.test.ts', 'journey.test.ts'),
  },
  {
    id: '2.4.6',
    level: 'AA',
    name: t('Koppen en labels', 'Headings and labels'),
    how: t(
      'Koppen noemen de stap of het onderdeel; labels noemen wat er in een veld hoort.',
      'Headings name the step or part; labels say what goes in a field.',
    ),
    check: AXE,
  },
  {
    id: '2.4.7',
    level: 'AA',
    name: t('Focus zichtbaar', 'Focus visible'),
    how: t(
      'Een zwarte focusrand van 3 pixels, wit op donkere vlakken.',
      'A 3-pixel black focus outline, white on dark areas.',
    ),
    check: t(
      'accessibility-page.test.ts meet de focusrand van knoppen, links en velden',
      'accessibility-page.test.ts measures the focus outline of buttons, links and fields',
    ),
  },
  {
    id: '2.5.1',
    level: 'A',
    name: t('Aanwijzergebaren', 'Pointer gestures'),
    how: t(
      'Geen vegen of meervingergebaren; alles werkt met één klik of tik.',
      'No swipes or multi-finger gestures; everything works with a single click or tap.',
    ),
    check: MANUAL('alle schermen nagelopen', 'all screens reviewed'),
  },
  {
    id: '2.5.2',
    level: 'A',
    name: t('Aanwijzerannulering', 'Pointer cancellation'),
    how: t(
      'Knoppen werken bij loslaten (standaard HTML-knoppen).',
      'Buttons act on release (standard HTML buttons).',
    ),
    check: MANUAL('geen eigen mousedown-acties in de code', 'no own mousedown actions in the code'),
  },
  {
    id: '2.5.3',
    level: 'A',
    name: t('Label in naam', 'Label in name'),
    how: t(
      'De toegankelijke naam begint met de zichtbare tekst, bijvoorbeeld “Overnemen: Weegkader opstellen”.',
      'The accessible name starts with the visible text, for example “Adopt: Draw up a weighing framework”.',
    ),
    check: AXE,
  },
  {
    id: '2.5.4',
    level: 'A',
    name: t('Bewegingsactivering', 'Motion actuation'),
    how: t('Niets reageert op schudden of kantelen.', 'Nothing responds to shaking or tilting.'),
    check: NONE,
  },
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
      'accessibility.test.ts (formulier met fouten) en data.test.ts (kapot bestand)',
      'accessibility.test.ts (form with errors) and data.test.ts (broken file)',
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
    check: t('accessibility.test.ts (formulier met fouten)', 'accessibility.test.ts (form with errors)'),
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
  {
    id: '4.1.1',
    level: 'A',
    name: t('Parsen', 'Parsing'),
    how: t(
      'De HTML komt uit Vue-sjablonen; id’s zijn uniek.',
      'The HTML comes from Vue templates; ids are unique.',
    ),
    check: t('axe-core (duplicate-id)', 'axe-core (duplicate-id)'),
  },
  {
    id: '4.1.2',
    level: 'A',
    name: t('Naam, rol, waarde', 'Name, role, value'),
    how: t(
      'Standaard HTML-elementen; uitklapblokken zijn details/summary; de schaal bestaat uit radioknoppen.',
      'Standard HTML elements; disclosures are details/summary; the scale is a set of radio buttons.',
    ),
    check: t('axe-core en ScaleInput.test.ts', 'axe-core and ScaleInput.test.ts'),
  },
  {
    id: '4.1.3',
    level: 'AA',
    name: t('Statusberichten', 'Status messages'),
    how: t(
      'Opslaan, importeren, downloaden en fouten worden gemeld in role="status" of role="alert".',
      'Saving, importing, downloading and errors are announced in role="status" or role="alert".',
    ),
    check: t(
      'journey.test.ts, data.test.ts en write-failures.test.ts lezen de meldingen',
      'journey.test.ts, data.test.ts and write-failures.test.ts read the messages',
    ),
  },
];

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
