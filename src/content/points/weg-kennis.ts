import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const NEEDED = t(
  '§1.2: voor een gedegen weging moeten partners de verschillende stromingen kennen.',
  '§1.2: a sound weighing needs partners who know the different movements.',
);
const SEARCHING = t(
  '§1.2: professionals zoeken nog hoe ze kennis opbouwen over anti-institutioneel en rechts-extremisme.',
  '§1.2: professionals are still looking for ways to build knowledge of anti-institutional and far-right extremism.',
);

export const wegKennis: AttentionPoint = {
  id: 'weg-kennis',
  ref: '1.2',
  title: t('Kennis van stromingen', 'Knowledge of movements'),
  summary: t(
    'Wie signalen weegt, moet de verschillende stromingen kennen. Wie niet weet wat anti-institutioneel extremisme is, kan signalen daarvan moeilijk beoordelen. De afgelopen jaren ging het vooral om jihadisme. Professionals zoeken nog hoe ze kennis opbouwen over fenomenen die voor hen nieuw zijn, zoals anti-institutioneel extremisme en rechts-extremisme.',
    'Whoever weighs signals needs to know the different movements. Without knowing what anti-institutional extremism is, it is hard to judge its signals. In recent years the work concerned mainly jihadism. Professionals are still looking for ways to build knowledge of phenomena that are new to them, such as anti-institutional and far-right extremism.',
  ),
  rubric: rubric(
    lv(
      t(
        'De weegploeg besteedt geen aandacht aan kennis van stromingen.',
        'The weighing team pays no attention to knowledge of movements.',
      ),
      NEEDED,
    ),
    lv(
      t(
        'Kennis van nieuwe stromingen hangt af van wat individuele leden zelf bijhouden.',
        'Knowledge of new movements depends on what individual members keep up with themselves.',
      ),
      SEARCHING,
    ),
    lv(
      t(
        'De partners hebben afgesproken kennis op te bouwen over nieuwe stromingen, maar er is geen kennisplan.',
        'The partners have agreed to build knowledge of new movements, but there is no knowledge plan.',
      ),
      SEARCHING,
    ),
    lv(
      t(
        'Een kennisplan voor de weegploeg dekt de stromingen die lokaal spelen; deelname wordt bijgehouden.',
        'A knowledge plan for the weighing team covers the movements found locally; attendance is recorded.',
      ),
      NEEDED,
    ),
    lv(
      t(
        'De weegploeg bekijkt op vaste momenten welke stromingen nieuw zijn, en werkt het kennisplan bij.',
        'The weighing team checks at set times which movements are new, and updates the knowledge plan.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'weg-toegerust',
      origin: 'report',
      reportQuestion: 7,
      text: t(
        'Zijn de professionals die bij jullie signalen wegen voldoende toegerust om dat te doen?',
        'Are the professionals who weigh signals for you well enough equipped to do so?',
      ),
    },
    {
      id: 'weg-nieuwe-stromingen',
      origin: 'derived',
      text: t(
        'Bouwen jullie gericht kennis op over stromingen die nieuw voor jullie zijn, zoals anti-institutioneel extremisme en rechts-extremisme?',
        'Do you build knowledge of movements that are new to you, such as anti-institutional and far-right extremism?',
      ),
      basis: SEARCHING,
    },
  ],
  suggestedActions: [
    {
      id: 'weg-kennis-sessies',
      title: t('Kennissessies over stromingen', 'Knowledge sessions on movements'),
      description: t(
        'Organiseer voor de weegploeg op vaste momenten kennissessies over actuele stromingen. Geef extra aandacht aan anti-institutioneel extremisme en rechts-extremisme.',
        'Hold knowledge sessions for the weighing team at set times on current movements. Give extra attention to anti-institutional and far-right extremism.',
      ),
    },
    {
      id: 'weg-kennis-expert',
      title: t('Expertise op afroep regelen', 'Arrange expertise on call'),
      description: t(
        'Spreek af welke experts de weegploeg kan raadplegen bij een casus uit een minder bekende stroming.',
        'Agree which experts the weighing team can consult on a case from a less familiar movement.',
      ),
    },
  ],
};
