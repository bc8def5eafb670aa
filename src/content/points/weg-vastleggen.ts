import type { Question } from '../types';
import { t } from '../text';

// The question of 'Systematisch wegen' on recording the assessment (§1.2). Kept apart so the point's file stays under
// 250 lines.

/** weg-vastleggen, last in the point's order. */
export const RECORDING_QUESTIONS: Question[] = [
  {
    id: 'weg-vastleggen',
    activity: t(
      'iemand in de weegploeg legde bij een melding de afweging en de conclusie vast, met de onderbouwing.',
      'for a reported signal, someone in the assessment team recorded the considerations and the conclusion, with the reasons.',
    ),
    origin: 'derived',
    text: t(
      'Hebben jullie afgesproken dat jullie bij het wegen de afwegingen en conclusies vastleggen, met de onderbouwing?',
      'Have you agreed that, when assessing signals, you record the considerations and conclusions, with the reasons?',
    ),
    help: t(
      'Zo kunnen partners later teruggrijpen op eerdere besluiten, ook na personele wisselingen, en verantwoording afleggen. Het woord ‘onderbouwing’ komt uit de vraag van §2.2 over het vastleggen van afspraken. §1.2 noemt afwegingen en conclusies, en vindt het belangrijk dat partners later kunnen teruglezen wat er is gedaan en wat is overwogen.',
      'This lets partners go back to earlier decisions later, even after staff changes, and account for them. The word ‘reasons’ comes from the question in §2.2 on recording agreements. §1.2 names considerations and conclusions, and says it is important that partners can later read back what was done and what was considered.',
    ),
    rules: [
      t(
        'Het vastleggen van de weging hoort bij de manier van wegen, ook als de weging niet tot een PGA leidt.',
        'Recording the assessment is part of how signals are assessed, even when the assessment does not lead to a PGA.',
      ),
      t(
        'Vraagt een afspraak om in het dossier van een casus een veld voor de weging in te vullen? Dan regelt die hier een deel: dat jullie de weging vastleggen bij meldingen die een casus worden (keuze van de checklist). Hoe het dossier verder eruitziet en wie erin schrijft, hoort bij dossiervorming (§2.2).',
        'Suppose an agreement asks you to fill in a field for the assessment in a case’s file. Then it covers part here: that you record the assessment of signals that become a case (the checklist’s choice). What else the case file looks like, and who writes in it, belongs under record-keeping (§2.2).',
      ),
      t(
        'Legde iemand de conclusie vast met een reden, ook een korte? Dan telt dat als de handeling bij niveau 1 en 2. Een conclusie zonder reden telt niet.',
        'If someone recorded the conclusion with a reason, even a short one, that counts as the activity at levels 1 and 2. A conclusion without a reason does not count.',
      ),
    ],
    basis: t(
      '§1.2: afwegingen en conclusies worden niet altijd (goed) vastgelegd, wat de verantwoording kan bemoeilijken.',
      '§1.2: considerations and conclusions are not always (properly) recorded, which can make accountability harder.',
    ),
  },
];
