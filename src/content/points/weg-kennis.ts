import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const NEEDED = t(
  '§1.2: voor een gedegen weging moeten partners de verschillende stromingen kennen.',
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
    'Wie signalen weegt, moet de verschillende stromingen kennen. Wie niet weet wat anti-institutioneel extremisme is, kan signalen daarvan moeilijk beoordelen. De afgelopen jaren ging het vooral om jihadisme. Professionals zoeken nog hoe ze kennis opbouwen over fenomenen die voor hen relatief nieuw zijn, zoals anti-institutioneel extremisme en rechts-extremisme.',
    'Those who assess signals need to know the different movements. Without knowing what anti-institutional extremism is, it is hard to judge its signals. In recent years professionals dealt mainly with jihadism. Professionals are still looking for ways to build knowledge of phenomena that are relatively new to them, such as anti-institutional and far-right extremism.',
  ),
  rubric: rubric(
    lv(
      t(
        'Niemand in de weegploeg houdt kennis van stromingen bij of haalt die kennis binnen.',
        'Nobody in the assessment team keeps up knowledge of movements or brings it in.',
      ),
      NEEDED,
    ),
    lv(
      t(
        'Sommige leden houden kennis van stromingen bij of halen die binnen, op eigen initiatief; de partners hebben niet samen afgesproken hoe de weegploeg die kennis opbouwt.',
        'Some members keep up or bring in knowledge of movements on their own initiative; the partners have not agreed together how the assessment team builds that knowledge.',
      ),
      SEARCHING,
    ),
    lv(
      t(
        'De partners hebben samen afgesproken hoe de weegploeg kennis van stromingen opbouwt. Dat staat niet op papier, of staat op papier maar gebeurt niet voor elke stroming die lokaal speelt.',
        'The partners have agreed how the assessment team builds knowledge of movements. It is not written down, or it is written down but not done for every movement found locally.',
      ),
      SEARCHING,
    ),
    lv(
      t(
        'Op papier staat hoe de weegploeg kennis van stromingen opbouwt, en dat gebeurt voor elke stroming die lokaal speelt. De terugblik van niveau 5 is er niet.',
        'It is written down how the assessment team builds knowledge of movements, and this is done for every movement found locally. The review of level 5 does not take place.',
      ),
      NEEDED,
    ),
    lv(
      t(
        'Zoals niveau 4. Daarnaast bekijken de partners op vaste momenten samen welke stromingen lokaal nieuw zijn en of de weegploeg daar genoeg van weet. Zo nodig passen ze de afspraak aan.',
        'As at level 4. In addition, the partners review together at set times which movements are new locally and whether the assessment team knows enough about them. Where needed they adjust the agreement.',
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
        'Are the professionals who assess signals for you well enough equipped to do so?',
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
        'Hold knowledge sessions for the assessment team at set times on current movements. Give extra attention to anti-institutional and far-right extremism.',
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
