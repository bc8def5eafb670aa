import type { Level, RubricLevel, Text } from './types';
import { composed } from './english';

/** Shorthand for bilingual content: Dutch first, English second. */
export function t(nl: string, en: string): Text {
  return { nl, en };
}

/** One rubric level: what it looks like, and the report's finding it rests on. */
export function lv(text: Text, basis: Text): RubricLevel {
  return { text, basis };
}

/** A rubric from five levels, level 1 first. */
export function rubric(
  ...levels: [RubricLevel, RubricLevel, RubricLevel, RubricLevel, RubricLevel]
): Record<Level, RubricLevel> {
  const [l1, l2, l3, l4, l5] = levels;
  return { 1: l1, 2: l2, 3: l3, 4: l4, 5: l5 };
}

/**
 * Level 5 asks for periodic evaluation. The report describes none per point; in chapter 3 its author, DSP, offers
 * to evaluate the PGA as a form of support (round 12: not a "next step"). Said plainly, so nobody reads it as the
 * report's finding; the offer itself is said once, in the glossary's 'Terugblik' (reading 49: twenty repeats read as
 * promoting one consultancy). Reading 84: the twenty bases still named DSP before anything said who DSP is; they
 * now point to 'Terugblik', and the glossary has an entry for DSP.
 */
export const EVALUATION_BASIS: Text = t(
  'Eigen toevoeging van de checklist: het rapport beschrijft geen evaluatie van dit punt. Hoofdstuk 3 noemt wel het evalueren van de PGA als geheel (zie ‘Terugblik’ in de begrippenlijst).',
  'The checklist’s own addition: the report describes no evaluation of this point. Chapter 3 does mention evaluating the PGA as a whole (see ‘Review’ in the glossary).',
);

/**
 * Where the report asks about substance (how good the contact is, how far partners invest) and never for an
 * agreement, measuring an agreement is the checklist's own frame (reading 35, F1); said in that level's basis.
 */
/** Names the topic, so that the claim stays as narrow as it is true (reading 124, F-10). */
const agreementChoice = (topic: Text): Text =>
  composed(
    `Het rapport vraagt niet om een afspraak over ${topic.nl}. Dat de niveaus een afspraak meten, is een keuze van de checklist.`,
    () =>
      `The report does not ask for an agreement on ${topic.en}. That the levels measure an agreement is the checklist’s choice.`,
  );

/**
 * Level 1 is the ladder's floor, not a finding: the report never finds that nobody does a thing, only that it is
 * "niet altijd" or "niet overal" done (round 12). Each point's level-1 basis is its finding, followed by this. The
 * 70th reading read "geen bevinding van het rapport" as "the report found no such region", so it now says whose the scale is.
 */
function floor(finding: Text): Text {
  return composed(
    `${finding.nl} Het rapport kent geen niveaus: de hele schaal is van de checklist.`,
    () => `${finding.en} The report has no levels: the whole scale is the checklist’s own.`,
  );
}

/**
 * The five levels follow from three yes/no facts (round 6, after five rounds in which each rewrite closed one gap
 * and opened another): A. is there a joint agreement on the point's topic; B. does it cover everything the scored
 * question asks about, and is that on paper and always followed; C. is there a review (READING_TERMS) of this
 * agreement; and, only when A is no, D. does the point's own act happen, at least once. L1 = not A, not D;
 * L2 = not A, D; L3 = A, not B; L4 = A, B, not C; L5 = A, B, C. Every level names the topic in the same words.
 * Round 13 had B ask for the point's whole topic, and a reading rule ("read the topic as the question's part") bridged
 * it to the app, which scores each question; readers and raters kept finding both readings literally true. From
 * round 29 the levels themselves say "what the question asks about", so B is about the scored question's part.
 * What the shared words mean is said once, in READING_TERMS. Round 32: fact A is about the scored question too (an
 * agreement on another part of the topic put a question at level 3 when nothing about it was agreed), and so is D.
 */
function noJointAgreement(topic: Text): Text {
  return composed(
    `Over ${topic.nl} is er geen gezamenlijke afspraak die iets regelt van wat de vraag noemt.`,
    () => `No joint agreement on ${topic.en} covers any part of what the question asks about.`,
  );
}
const NOT_KEPT = t(
  'Maar die afspraak regelt niet alles, staat niet of maar deels op papier, of wordt niet altijd gevolgd.',
  'But the agreement does not cover everything the question asks about, is not (fully) in writing, or is not always followed.',
);
function jointAgreementNotKept(topic: Text): Text {
  return join(
    composed(
      `Een gezamenlijke afspraak over ${topic.nl} regelt minstens een deel van wat de vraag noemt.`,
      () => `A joint agreement on ${topic.en} covers at least part of what the question asks about.`,
    ),
    NOT_KEPT,
  );
}
function wholeOnPaper(topic: Text): Text {
  return composed(
    `De gezamenlijke afspraak over ${topic.nl} regelt alles wat de vraag noemt. Die staat op papier en wordt altijd gevolgd.`,
    () =>
      `The joint agreement on ${topic.en} covers everything the question asks about. The agreement is in writing and always followed.`,
  );
}
/**
 * Levels 4 and 5 differ in one sentence, so each is the other's exact negation (round 9). Round 17: the review is of
 * the point's agreement, with the point's own question as an example; a review that had the topic on its agenda
 * without naming that exact question fitted neither 4 nor 5 literally (round 16: no rater chose 5 in the strong
 * vignettes). Round 29: "de vraag" is the checklist question being scored, so the Dutch example no longer says
 * "op de vraag of". Reading 81: "over de vraag of" also read as the scored question, which the reading rule calls
 * "de vraag"; "om na te gaan of" names no question.
 */
const NO_REVIEW = t('Er is geen terugblik op deze afspraak.', 'There is no review of this agreement.');
function review(clause: Text): Text {
  return composed(
    `Er is een terugblik op deze afspraak, bijvoorbeeld om na te gaan of ${clause.nl}.`,
    () => `There is a review of this agreement, for example to check whether ${clause.en}.`,
  );
}
/**
 * Levels 1 and 2 ask fact D about one thing the point names, and level 1 is its exact negation (round 22). Before,
 * level 1 said "nothing the topic covers happens" and level 2 gave an example (round 17): over rounds 17 to 21 a
 * third of all misfits were raters unsure whether a small act (an "any news?" round, a proposal never decided on)
 * was "something the topic covers". Now both levels name the same act, so every practice fits one of the two.
 */
/* Round 32: each question names its own activity (Question.activity); one per point made any training level 2 on the
 * question about online training. The point's own rubric refers to the question's activity. */
const DID_NOT = t('Dit gebeurde in de periode ook niet:', 'Nor did this happen in the period:');
const DID = t('Dit gebeurde in de periode wel:', 'But this did happen in the period:');
function nobody(activity: Text): Text {
  return join(DID_NOT, activity);
}
function someone(activity: Text): Text {
  return join(DID, activity);
}

/** Levels 1 and 2's sentence on the question's activity; the glossary's level names use the same sentences. */
export const QUESTION_ACT_NONE = t(
  'De handeling die bij de vraag staat, is in de periode ook niet gedaan.',
  'The activity named for this question was not carried out in the period either.',
);
export const QUESTION_ACT_SOME = t(
  'De handeling die bij de vraag staat, is in de periode wel gedaan.',
  'But the activity named for this question was carried out in the period.',
);

/** The scale's levels 1 to 3, said of any topic in the rubrics' own sentences, so the scale cannot drift from them. */
export function scaleLowerLevels(topic: Text): [Text, Text, Text] {
  return [
    join(noJointAgreement(topic), QUESTION_ACT_NONE),
    join(noJointAgreement(topic), QUESTION_ACT_SOME),
    jointAgreementNotKept(topic),
  ];
}

const REVIEWED = t('Er is een terugblik op deze afspraak.', 'There is a review of this agreement.');

/** The scale's levels 4 and 5, from the same review sentences the cards set in bold (levelKey), so they cannot drift. */
export function scaleUpperLevels(topic: Text): [Text, Text] {
  const kept = composed(
    `Er is een gezamenlijke afspraak over ${topic.nl}. Die regelt alles wat de vraag noemt. Die staat op papier en wordt altijd gevolgd.`,
    () =>
      `There is a joint agreement on ${topic.en}. It covers everything the question asks about. The agreement is in writing and always followed.`,
  );
  return [join(kept, NO_REVIEW), join(kept, REVIEWED)];
}

/**
 * The words that set a level apart from its neighbours, found once in the level's text on a card: whether the act
 * happened at levels 1 and 2, what is missing at 3, the review at 4 and 5. The cards set them in bold (a new user
 * found levels 1 and 2, and 4 and 5, told apart by one word in eleven identical lines).
 */
export function levelKey(level: Level, activity?: Text): Text {
  if (level === 1) return activity ? DID_NOT : QUESTION_ACT_NONE;
  if (level === 2) return activity ? DID : QUESTION_ACT_SOME;
  if (level === 3) return NOT_KEPT;
  return level === 4 ? NO_REVIEW : REVIEWED;
}

/** Levels 1 and 2 for one question: fact A on the point's topic, fact D on the question's own activity. */
export function lowerLevels(topic: Text, activity: Text): [Text, Text] {
  return [join(noJointAgreement(topic), nobody(activity)), join(noJointAgreement(topic), someone(activity))];
}

/** One point's own words for the five levels; ladder() sets them in the shared sentences. */
export interface LadderParts {
  /** What the agreement is about, a noun phrase after “over” / “on”; every level names it in these words. What
   *  such an agreement covers goes in the scope, never in the topic. */
  topic: Text;
  /** What the whole topic covers, a phrase after “Daarbij hoort:” / “It includes:” (round 13): what an
   *  agreement must cover to reach level 4. Faithful to the report; what is the checklist's own choice says so. */
  scope: Text;
  /** Level 5's own review, a clause after “de vraag of” / “whether”: the question the partners discuss at set times
   *  about whether the agreement does its job (READING_ORDER's third question), never a re-check of cases. */
  review: Text;
  /** The report's finding behind levels 1 to 4; level 1 adds floor(), level 5 rests on EVALUATION_BASIS. */
  basis: [Text, Text, Text, Text];
  /** The report asks about this point's substance, not for an agreement (§1.1, §1.6); levels 3 and 4 say so. */
  agreementIsChoice?: true;
}

/** Texts set one after another, as one text. */
export function join(...parts: Text[]): Text {
  return composed(parts.map((p) => p.nl).join(' '), () => parts.map((p) => p.en).join(' '));
}

/** The sentence shown with every rubric that says what the whole topic of the point's agreement is. */
export function scopeSentence(topic: Text, scope: Text): Text {
  return composed(
    `Dit punt gaat over de afspraak over ${topic.nl}. Daarbij hoort: ${scope.nl}`,
    () => `This point covers the agreement on ${topic.en}. It includes: ${scope.en}`,
  );
}

/** A point's rubric and scope, built from the facts A–D on the point's topic (see noJointAgreement above). */
export function ladder(p: LadderParts): { topic: Text; scope: Text; rubric: Record<Level, RubricLevel> } {
  const [b1, b2] = p.basis;
  const [b3, b4] = p.agreementIsChoice
    ? [join(p.basis[2], agreementChoice(p.topic)), join(p.basis[3], agreementChoice(p.topic))]
    : [p.basis[2], p.basis[3]];
  return {
    topic: p.topic,
    scope: scopeSentence(p.topic, p.scope),
    rubric: rubric(
      lv(join(noJointAgreement(p.topic), QUESTION_ACT_NONE), floor(b1)),
      lv(join(noJointAgreement(p.topic), QUESTION_ACT_SOME), b2),
      lv(jointAgreementNotKept(p.topic), b3),
      lv(join(wholeOnPaper(p.topic), NO_REVIEW), b4),
      lv(join(wholeOnPaper(p.topic), review(p.review)), EVALUATION_BASIS),
    ),
  };
}
