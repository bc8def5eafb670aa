import type { ContentMigration } from './content-migration-types';
import { t } from './text';
import { SAME_ID_STEPS } from './content-migrations-same-ids';

export type { ContentMigration } from './content-migration-types';

/**
 * 2024.1 → 2024.2: the content review. The impasse is counted once (§1.7), contact building is not
 * scored (the report finds it goes reasonably well and asks nothing), the revocation question no longer
 * assumes local agreements, and points that measured two things were split.
 */
const REVIEW_2024_2: ContentMigration = {
  from: '2024.1',
  to: '2024.2',
  questions: {
    'dui-geen-informatie': {
      kind: 'merged',
      to: 'mon-impasse-afspraak',
      text: t(
        'Is afgesproken wat er besloten wordt als iemand contact blijft weigeren, er lange tijd geen nieuwe informatie komt en er geen interventiemogelijkheden meer zijn?',
        'Is it agreed what is decided when someone keeps refusing contact, no new information comes in for a long time and there are no more options for intervention?',
      ),
    },
    'not-contact-opbouwen': {
      kind: 'removed',
      text: t(
        'Is er per casus aandacht voor wie contact legt met de betrokkene en via welke ingang, bijvoorbeeld via iemand die al contact heeft of via praktische hulp?',
        'In each case, is there attention to who makes contact with the person and through which way in, for example through someone already in contact or through practical help?',
      ),
    },
    'not-contact-houding': { kind: 'renamed', to: 'not-transparant' },
    'int-extern-buiten-beeld': { kind: 'renamed', to: 'int-extern-intrekking' },
  },
  points: { 'not-contact': 'not-openheid', 'int-palet': 'int-aansluiting' },
  templatePoints: {
    'sig-structuur-training': 'sig-signaalkennis',
    'sig-structuur-fenomenen': 'sig-signaalkennis',
    'sig-online-trainen': 'sig-signaalkennis',
    'sam-afspraken-procesregisseur': 'sam-regie',
    'mon-impasse-protocol': 'mon-impasse',
  },
  templates: {
    'dui-herijken-impasse': 'mon-impasse-protocol',
    'not-contact-plan': null,
    'int-palet-overzicht': null,
  },
};

/**
 * 2024.2 → 2024.3: one ladder for every rubric. One artefact is scored in one point: the case-file format
 * now sits under record-keeping (§2.2), so its question under §1.6 merges into it. A question that asked
 * two things was split; the first part keeps the answer. New questions start unanswered.
 */
const LADDER_2024_3: ContentMigration = {
  from: '2024.2',
  to: '2024.3',
  questions: {
    'int-format-dossier': {
      kind: 'merged',
      to: 'geg-format',
      text: t(
        'Hebben jullie een dossierformat met de verschillende aspecten, zoals leefgebieden en geweldsbereidheid?',
        'Do you have a file format that covers the different aspects, such as life domains and readiness to use violence?',
      ),
    },
    'mon-wie-wat': { kind: 'renamed', to: 'mon-wie' },
  },
  points: {},
  templatePoints: {},
  templates: {},
};

/**
 * 2024.3 → 2024.4: fewer questions. Five questions asked again what the levels already test (whether it is on
 * paper, whether it was drawn up together); each merges into the question it repeated, which now says what it
 * added (powers, jointly drawn up, who shares and records).
 */
const FEWER_2024_4: ContentMigration = {
  from: '2024.3',
  to: '2024.4',
  questions: {
    'sam-werkproces-papier': {
      kind: 'merged',
      to: 'sam-werkproces-helder',
      text: t('Staat jullie werkproces op papier?', 'Is your work process written down?'),
    },
    'sam-rollen-papier': {
      kind: 'merged',
      to: 'sam-rollen',
      text: t(
        'Staan in jullie werkproces de rollen, taken en bevoegdheden van elke partner op papier?',
        'Are the roles, tasks and powers of each partner set out on paper in your work process?',
      ),
    },
    'sam-afspraken-samen': {
      kind: 'merged',
      to: 'sam-afspraken-helder',
      text: t(
        'Hebben jullie de afspraken over verwachtingen en omgangsvormen samen opgesteld?',
        'Did you draw up the agreements on expectations and ground rules together?',
      ),
    },
    'sam-verwachtingen': {
      kind: 'merged',
      to: 'sam-afspraken-helder',
      text: t(
        'Staat op papier wat jullie van elkaar verwachten?',
        'Have you written down what you expect of each other?',
      ),
    },
    'geg-wat-wie-wanneer': {
      kind: 'merged',
      to: 'geg-per-fase',
      text: t(
        'Staat bij jullie op papier wie op welk moment welke informatie deelt en vastlegt?',
        'Have you written down who shares and records which information, and at what moment?',
      ),
    },
  },
  points: {},
  templatePoints: {},
  templates: {},
};

/**
 * 2024.4 → 2024.5: one question asks one thing. The question on information per phase asked who shares and who
 * records, and meant keeping by recording (§2.2, reading 105): it now asks who shares, and a new question asks who
 * keeps which information, including after closure. The instrument question asks when, no longer 'whether and how'
 * (reading 106); its id and answer stay, as it is the same question asked about one thing.
 */
const ONE_THING_2024_5: ContentMigration = {
  from: '2024.4',
  to: '2024.5',
  questions: {},
  split: {
    'geg-per-fase': {
      added: 'geg-bewaren',
      text: t(
        'Hebben jullie afgesproken wie in elke fase welke informatie deelt en vastlegt, ook na afsluiten?',
        'Have you agreed who shares and records which information in each phase, including after closure?',
      ),
    },
  },
  points: {},
  templatePoints: {},
  templates: {},
};

/** Every step, oldest first; a scan made with any listed version is brought up to date step by step. */
export const CONTENT_MIGRATIONS: readonly ContentMigration[] = [
  REVIEW_2024_2,
  LADDER_2024_3,
  FEWER_2024_4,
  ONE_THING_2024_5,
  ...SAME_ID_STEPS,
];
