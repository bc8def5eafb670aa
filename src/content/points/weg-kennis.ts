import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const NEEDED = t(
  '§1.2: voor een goede weging moeten partners de verschillende stromingen kennen.',
  '§1.2: a sound assessment needs partners who know the different movements.',
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
    'Wie signalen weegt, moet de verschillende stromingen kennen. Wie niet weet wat anti-institutioneel extremisme is, kan signalen daarvan moeilijk beoordelen. De afgelopen jaren ging het vooral om jihadisme. Professionals zoeken nog naar manieren om kennis op te bouwen over stromingen die voor hen vrij nieuw zijn, zoals anti-institutioneel extremisme en rechts-extremisme.',
    'Those who assess signals need to know the different movements. Without knowing what anti-institutional extremism is, it is hard to judge its signals. In recent years professionals dealt mainly with jihadism. Professionals are still looking for ways to build knowledge of movements that are relatively new to them, such as anti-institutional and far-right extremism.',
  ),
  rubric: ladder({
    topic: t('kennis van stromingen op peil houden', 'keeping knowledge of extremist movements up to date'),
    none: t(
      'Niemand in de weegploeg heeft een training of bijeenkomst over stromingen bijgewoond.',
      'Nobody in the assessment team has attended a training course or briefing on extremist movements.',
    ),
    some: t(
      'Wel heeft iemand in de weegploeg een training of bijeenkomst over stromingen bijgewoond.',
      'Someone in the assessment team has attended a training course or briefing on extremist movements.',
    ),
    review: t('de kennis actueel blijft', 'knowledge stays current'),
    basis: [NEEDED, SEARCHING, SEARCHING, NEEDED],
  }),
  questions: [
    {
      id: 'weg-toegerust',
      origin: 'report',
      reportQuestion: 7,
      text: t(
        'Zijn de professionals die bij jullie signalen wegen voldoende toegerust om dat te doen?',
        'Are the professionals who assess signals in your area adequately equipped for the task?',
      ),
      help: t(
        'De niveaus meten een training of bijeenkomst, omdat kennis zelf moeilijk te laten zien is. Dat is een keuze van de checklist: §1.2 noemt geen training. Krijgen signaleerders en de weegploeg dezelfde training? Dan telt die hier voor de weegploeg, en bij ‘Kennis om signalen te herkennen’ voor de signaleerders.',
        'The levels measure a training course or briefing, because knowledge itself is hard to show. That is the checklist’s choice: §1.2 names no training. Do those who spot signals and the assessment team get the same training? Then it counts here for the assessment team, and under ‘Knowledge to recognise signals’ for those who spot signals.',
      ),
    },
    {
      id: 'weg-nieuwe-stromingen',
      origin: 'derived',
      text: t(
        'Bouwen jullie gericht kennis op over stromingen die nieuw voor jullie zijn, zoals anti-institutioneel extremisme en rechts-extremisme?',
        'Do you deliberately build knowledge of movements new to you, such as anti-institutional and far-right extremism?',
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
        'Hold briefings for the assessment team at set times on current movements. Give extra attention to anti-institutional and far-right extremism.',
      ),
    },
    {
      id: 'weg-kennis-expert',
      title: t('Expertise op afroep regelen', 'Arrange expertise on call'),
      description: t(
        'Spreek af welke experts de weegploeg kan raadplegen bij een casus uit een minder bekende stroming.',
        'Agree which experts the assessment team can consult on a case from a less familiar movement.',
      ),
    },
  ],
};
