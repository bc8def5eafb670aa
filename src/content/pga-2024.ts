import type { Checklist, Section } from './types';
import { PHASES } from './phases';
import { rubric, t } from './text';

// Minimal content for the walk-through; the full checklist replaces it (issue 3).
const generic = rubric(
  t('Niet geregeld.', 'Not arranged.'),
  t('Hangt af van personen.', 'Depends on individuals.'),
  t('Afgesproken, niet vastgelegd.', 'Agreed, not documented.'),
  t('Vastgelegd en toegepast.', 'Documented and applied.'),
  t('Periodiek geëvalueerd en verbeterd.', 'Evaluated and improved at set intervals.'),
);

function section(
  id: string,
  ref: string,
  phase: Section['phase'],
  title: [string, string],
  q: [string, string][],
): Section {
  return {
    id,
    ref,
    phase,
    title: t(...title),
    summary: t(`Samenvatting van §${ref}.`, `Summary of §${ref}.`),
    attentionPoints: [
      {
        id: `${id}-main`,
        ref,
        title: t(...title),
        summary: t(`Wat het rapport vond in §${ref}.`, `What the report found in §${ref}.`),
        rubric: generic,
        questions: q.map(([nl, en], i) => ({
          id: `${id}-q${i + 1}`,
          text: t(nl, en),
          origin: 'report' as const,
        })),
        suggestedActions: [
          {
            id: `${id}-a1`,
            title: t('Maak afspraken', 'Make agreements'),
            description: t('Leg ze vast.', 'Write them down.'),
          },
        ],
      },
    ],
  };
}

export const CHECKLIST: Checklist = {
  version: '0.1.0',
  source: {
    title:
      'De persoonsgerichte aanpak radicalisering. Aandachtspunten voor een effectieve en efficiënte aanpak',
    author: 'Nynke Piepers',
    publisher: 'DSP-groep',
    date: '2024-05',
  },
  phases: PHASES,
  glossary: [],
  sections: [
    section(
      'signaleren',
      '1.1',
      'signaleren',
      ['Signaleren', 'Identifying signals'],
      [
        ['Is er een heldere signaleringsstructuur?', 'Is there a clear structure for reporting signals?'],
        [
          'Hebben signalerende professionals voldoende kennis?',
          'Do professionals who spot signals know enough?',
        ],
      ],
    ),
    section(
      'wegen',
      '1.2',
      'wegen',
      ['Wegen van signalen', 'Weighing signals'],
      [['Wegen jullie signalen systematisch?', 'Do you weigh signals systematically?']],
    ),
    section(
      'duiden',
      '1.3',
      'duiden',
      ['Duiden als doorlopend proces', 'Interpreting as an ongoing process'],
      [['Duiden jullie de casus gaandeweg opnieuw?', 'Do you reinterpret the case as it goes on?']],
    ),
    section(
      'notificeren',
      '1.4',
      'start',
      ['Contact en notificeren', 'Contact and notification'],
      [['Zijn er afspraken over notificeren?', 'Are there agreements on notification?']],
    ),
    section(
      'doel',
      '1.5',
      'start',
      ['Bepalen van een gezamenlijk doel', 'Setting a shared goal'],
      [['Stellen jullie concrete subdoelen vast?', 'Do you set concrete sub-goals?']],
    ),
    section(
      'interventies',
      '1.6',
      'start',
      ['Keuze voor interventies', 'Choosing interventions'],
      [['Sluiten interventies aan bij de subdoelen?', 'Do interventions match the sub-goals?']],
    ),
    section(
      'monitoren',
      '1.7',
      'monitoren',
      ['Monitoren en afsluiten', 'Monitoring and closing'],
      [['Zijn er afspraken over monitoren en afsluiten?', 'Are there agreements on monitoring and closing?']],
    ),
    section(
      'samenwerking',
      '2.1',
      'samenwerking',
      ['Samenwerking', 'Collaboration'],
      [['Zijn er heldere samenwerkingsafspraken?', 'Are there clear agreements on collaboration?']],
    ),
    section(
      'gegevens',
      '2.2',
      'gegevens',
      ['Gegevensdeling en dossiervorming', 'Information sharing and records'],
      [['Hoe en door wie worden afspraken vastgelegd?', 'How, and by whom, are agreements recorded?']],
    ),
  ],
};
