// WCAG 2.1 A and AA: Operable (principle 2).
import type { SuccessCriterion } from './types';
import { t } from '../text';
import { AXE, NONE, MANUAL } from './shared';

export const OPERABLE: SuccessCriterion[] = [
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
      'Er is geen tijdslimiet. Ongedaan maken na verwijderen blijft staan tot de gebruiker het startscherm (of, bij deelnemers en ingelezen scans, het werksessiescherm) verlaat; de timer in de werksessie start en stopt de gebruiker zelf.',
      'There is no time limit. Undo after deleting stays until the user leaves the start screen (or, for participants and read-in scans, the session screen); the user starts and stops the session timer.',
    ),
    check: t(
      'library-store.test.ts (ongedaan maken zonder tijdslimiet), session-files.test.ts (ongedaan maken in de werksessie)',
      'library-store.test.ts (undo without a time limit), session-files.test.ts (undo in the session)',
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
];
