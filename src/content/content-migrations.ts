import type { Text } from './types';
import { t } from './text';

/** Where an old question's answer goes when the checklist changes. Ids not listed keep their id. */
export type QuestionMove =
  | { kind: 'renamed'; to: string }
  /** Two answers meet in one question: the lower level is kept, and both notes. */
  | { kind: 'merged'; to: string; text: Text }
  /** No question follows on: the answer is kept, readable, in the scan's list of removed questions. */
  | { kind: 'removed'; text: Text };

export interface ContentMigration {
  from: string;
  to: string;
  questions: Record<string, QuestionMove>;
  /**
   * Questions that asked two things and now ask the first: the id and its answer stay, and `added` is the new
   * question for the second part, which starts unanswered. `text` is the old, double wording.
   */
  split?: Record<string, { added: string; text: Text }>;
  /** Attention points that were folded into another, for the actions that pointed at them. */
  points: Record<string, string>;
  /** Suggested-action templates that moved to another point, and the point they are now under. */
  templatePoints: Record<string, string>;
  /** Templates renamed (to a new id) or withdrawn (null). */
  templates: Record<string, string | null>;
}

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

/**
 * 2024.5 → 2024.6: plainer questions (readings 121 to 124). Seven questions ask one thing in plainer Dutch, with the
 * same meaning: an example, a second object or a presupposition moved into the explanation (sig-online-training,
 * sig-veiligheidsbeeld, weg-toegerust, dui-rechtmatig, not-transparant, sam-rollen, int-format-overleg). Ids and
 * answers stay, as for the instrument question in 2024.5.
 */
const PLAINER_2024_6: ContentMigration = {
  from: '2024.5',
  to: '2024.6',
  questions: {},
  points: {},
  templatePoints: {},
  templates: {},
};

/**
 * 2024.6 → 2024.7: rules that decide what rounds 173 to 175 left to the rule for doubt (the agreement of the one
 * partner that must adopt it, what nobody knows, groups as 'in which cases', the chair's decisions, and more; see
 * docs/content-validation.md). Questions, ids and answers stay; one activity (not-afwijken) says what departing
 * from openness is, as its explanation already did.
 */
const DECIDING_RULES_2024_7: ContentMigration = {
  from: '2024.6',
  to: '2024.7',
  questions: {},
  points: {},
  templatePoints: {},
  templates: {},
};

/**
 * 2024.7 → 2024.8: for rounds 181 and 182, a departure counted only if certain on any reasonable reading of the
 * agreement; withdrawn after them, so that the rules are 2024.7's again, with 'always followed' in fewer words
 * (docs/content-validation.md). Questions, ids and answers stay.
 */
const KNOWN_DEPARTURES_2024_8: ContentMigration = {
  from: '2024.7',
  to: '2024.8',
  questions: {},
  points: {},
  templatePoints: {},
  templates: {},
};

/**
 * 2024.8 → 2024.9: 'always followed' must be known, as everything else that counts must be shown or confirmed; an
 * agreement nobody checks no longer counts as followed because nobody knows of a departure (readings 128, 130 and
 * 131; docs/content-validation.md). Questions, ids and answers stay.
 */
const FOLLOWING_KNOWN_2024_9: ContentMigration = {
  from: '2024.8',
  to: '2024.9',
  questions: {},
  points: {},
  templatePoints: {},
  templates: {},
};

/**
 * 2024.9 → 2024.10: a weighing agreement is joint only if, where a municipality and the police both assess, at least
 * one municipality and the police adopted it, so that the police and the OM cannot adopt it without a municipality
 * (readings 132 and 133; docs/content-validation.md). Questions, ids and answers stay.
 */
const BOTH_DOMAINS_2024_10: ContentMigration = {
  from: '2024.9',
  to: '2024.10',
  questions: {},
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
  PLAINER_2024_6,
  DECIDING_RULES_2024_7,
  KNOWN_DEPARTURES_2024_8,
  FOLLOWING_KNOWN_2024_9,
  BOTH_DOMAINS_2024_10,
];
