import type { Level, Text } from './types';

export interface LevelDefinition {
  level: Level;
  name: Text;
  description: Text;
}

// The five maturity levels of DESIGN.md, shared by every attention point. Each point's rubric says them in the
// same words (ladder() in text.ts), from three yes/no facts about the point's topic (joint agreement; on paper and
// always followed; a set review by all), plus, without an agreement, whether anyone does it. The words the levels
// share are defined once, in READING_RULE, so that each real situation has one level (round 6).
export const SCALE: readonly LevelDefinition[] = [
  {
    level: 1,
    name: { nl: 'Ontbreekt', en: 'Absent' },
    description: {
      nl: 'Er is geen gezamenlijke afspraak over het onderwerp. Niemand doet het.',
      en: 'There is no joint agreement on the topic. Nobody does it.',
    },
  },
  {
    level: 2,
    name: { nl: 'Ad hoc', en: 'Ad hoc' },
    description: {
      nl: 'Er is geen gezamenlijke afspraak over het onderwerp. Wel doet iemand het.',
      en: 'There is no joint agreement on the topic. But someone does it.',
    },
  },
  {
    level: 3,
    name: { nl: 'Afgesproken', en: 'Agreed' },
    description: {
      nl: 'Er is een gezamenlijke afspraak over het onderwerp. Die dekt maar een deel van het onderwerp, staat niet op papier of wordt niet altijd gevolgd.',
      en: 'There is a joint agreement on the topic. It covers only part of the topic, is not on paper or is not always followed.',
    },
  },
  {
    level: 4,
    name: { nl: 'Vastgelegd en toegepast', en: 'Documented and applied' },
    description: {
      nl: 'Er is een gezamenlijke afspraak over het onderwerp. Die dekt het hele onderwerp, staat op papier en wordt altijd gevolgd. Er is geen terugblik op de vraag of de afspraak werkt.',
      en: 'There is a joint agreement on the topic. It covers the whole topic, is on paper and is always followed. There is no review of whether the agreement works.',
    },
  },
  {
    level: 5,
    name: { nl: 'Geborgd en geëvalueerd', en: 'Embedded and evaluated' },
    description: {
      nl: 'Er is een gezamenlijke afspraak over het onderwerp. Die dekt het hele onderwerp, staat op papier en wordt altijd gevolgd. Er is een terugblik op de vraag of de afspraak werkt.',
      en: 'There is a joint agreement on the topic. It covers the whole topic, is on paper and is always followed. There is a review of whether the agreement works.',
    },
  },
];

/**
 * How to choose a level: the order of the three questions. The report's method section prints this part only, as
 * its half page has no room for the terms below.
 */
export const READING_ORDER: Text = {
  nl: 'Lees elk niveau op zichzelf. Kies het niveau waarvan elke zin klopt. Wat het hele onderwerp is, staat bij elk punt boven de niveaus. Bij elke vraag telt alleen het deel van het onderwerp waar die vraag over gaat. Loop deze drie vragen op volgorde langs. 1. Is er een gezamenlijke afspraak over het onderwerp? Nee: doet iemand het? Zo nee, niveau 1. Zo ja, niveau 2. 2. Dekt die afspraak het hele onderwerp, staat die op papier en wordt die altijd gevolgd? Nee: niveau 3. 3. Is er een terugblik op de vraag die bij niveau 4 en 5 staat? Nee: niveau 4. Ja: niveau 5. Wat jullie niet kunnen laten zien, telt niet mee.',
  en: 'Read each level on its own. Choose the level where every sentence is true. What the whole topic is, each point says above its levels. For each question, only the part of the topic that the question is about counts. Go through these three questions in order. 1. Is there a joint agreement on the topic? No: does anyone do it? If not, level 1. If so, level 2. 2. Does that agreement cover the whole topic, is it on paper and is it always followed? No: level 3. 3. Is there a review of the question named at levels 4 and 5? No: level 4. Yes: level 5. What you cannot show does not count.',
};

// The words every rubric shares, defined once and numbered (round 4: "alle betrokken partners", "gevolgd" and "lang
// geleden" each left two levels open; round 7: who counts in §1.1, partial agreements, lawful departures, what a
// review is, a state that lasts beyond the window; round 8: a decision in one case, a form whose makers are not
// named, a document of only some partners, "op papier", N/A, re-doing the work versus reviewing it; round 9: the same
// rules in short B1 sentences, one rule a sentence).
const READING_TERMS: Text = {
  nl: 'Begrippen. (1) Partners: wie vast meedoet aan het casusoverleg van jullie PGA, regionaal of lokaal. Bij het wegen (§1.2) is dat de weegploeg. Wat anderen doen, telt niet mee. Alleen bij signaleren (§1.1) telt voor niveau 1 en 2 ook mee wat anderen doen. Dat zijn anderen die signalen opvangen, zoals jongerenwerk of boa’s. ‘Alle partners’ blijft ook daar het casusoverleg. (2) Gezamenlijke afspraak: een afspraak voor alle casussen waar het hele casusoverleg mee werkt, of bij het wegen de hele weegploeg. Dat is zo als het casusoverleg erover besloot, als alle partners het vaststelden of ondertekenden, of als het casusoverleg ermee werkt. Ook een vaste gewoonte telt, als het hele casusoverleg ermee werkt. Wie de afspraak schreef of vaststelde, maakt dan niet uit. Een landelijk document, zoals het convenant uit 2017, is alleen een kader. Het telt niet als gezamenlijke afspraak (regel van de checklist, volgt uit §2.2). Een besluit over één casus is geen afspraak. Werkt maar een deel van de partners met de afspraak, en besloot het casusoverleg er nooit over? Dan is het geen gezamenlijke afspraak. Wat één partner of één team alleen regelt, is dus ook geen gezamenlijke afspraak. Besloot het casusoverleg er wel over, maar houdt een partner zich er niet aan? Dan wordt de afspraak niet altijd gevolgd. Elk deel van een document of formulier telt alleen bij het punt waar het over gaat. Alleen zeggen ‘er is afgesproken’, zonder dat het casusoverleg ermee werkt, telt niet. Dekt de afspraak maar een deel van het onderwerp? Dan is het niveau 3, ook als dat deel op papier staat en altijd wordt gevolgd. (3) Op papier: in een document dat jullie kunnen laten zien, zoals een werkproces, protocol of verslag. (4) Altijd gevolgd: elke keer gedaan zoals afgesproken, en op tijd. Een afwijking die later is hersteld, blijft een afwijking. Een uitzondering telt als gevolgd als het casusoverleg er vooraf over besloot. Bij het wegen is dat de weegploeg. Een afwijking die de wet oplegt of toestaat, telt ook als gevolgd. Bijvoorbeeld: geen informatie delen vanwege een strafrechtelijk onderzoek. (5) Terugblik: alle partners bespreken periodiek, dus op vaste momenten, of de afspraak zelf werkt. Ze bespreken daarbij de vraag die bij niveau 4 en 5 staat. Die vraag hoeft niet letterlijk zo te luiden. Dat mag in een jaarlijkse evaluatie van de PGA, als die vraag op de agenda staat. Bespreken ze alleen een onderdeel van de afspraak, zoals een termijn? Dan is het geen terugblik op die vraag. Alleen casussen opnieuw wegen of nalopen, zonder die vraag te bespreken, is geen terugblik. (6) Regel van de checklist zelf: tel wat in de afgelopen twee jaar gebeurde, en wat nu nog zo is. Een oudere training telt dus zolang wie hem volgde er nog werkt. Een document telt alleen zolang de partners ernaar werken. Mag een partner iets niet laten zien? Dan telt de verklaring van die partner dat het gebeurde. Kwam de situatie in de afgelopen twee jaar niet voor? Kies dan N.v.t.',
  en: 'Terms. (1) Partners: the standing members of the case meeting of your PGA, regional or local. For the assessment (§1.2), the assessment team. What others do does not count. For spotting signals (§1.1) only, what others who pick up signals do, such as youth workers or special enforcement officers (BOAs), also counts for levels 1 and 2. ‘All partners’ still means the case meeting there. (2) Joint agreement: an agreement for all cases that the whole case meeting works with, or for the assessment, the whole assessment team. That is so if the case meeting decided on it, if all partners adopted or signed it, or if the case meeting works with it. A fixed habit counts too, if the whole case meeting works with it. Who wrote or adopted the agreement then does not matter. A national document, such as the 2017 covenant, is only a framework. It does not count as a joint agreement (the checklist’s own rule, following §2.2). A decision on one case is not an agreement. If only some of the partners work with the agreement, and the case meeting never decided on it, it is not a joint agreement. So what one partner or one team arranges alone is not a joint agreement either. If the case meeting did decide on it, but a partner does not keep to it, the agreement is not always followed. Each part of a document or form counts only for the point it is about. Merely saying ‘it was agreed’, without the case meeting working with it, does not count. If the agreement covers only part of the topic, it is level 3, even if that part is on paper and always followed. (3) On paper: in a document you can show, such as a work process, protocol or minutes. (4) Always followed: done as agreed and on time, every time. A departure that was put right later is still a departure. An exception counts as followed if the case meeting decided on it in advance. For the assessment, that is the assessment team. A departure that the law requires or allows also counts as followed. For example: withholding information because of a criminal investigation. (5) Review: at set times, all partners discuss whether the agreement itself works. They discuss the question named at levels 4 and 5. It need not be worded exactly so. This may be part of a yearly evaluation of the PGA, if that question is on its agenda. If they discuss only one element of the agreement, such as a time limit, it is not a review of that question. Only assessing cases again or going back over them, without discussing that question, is not a review. (6) The checklist’s own rule: count what happened in the past two years, and what is still the case now. So a course taken earlier still counts as long as the people who took it still work there. A document counts only while the partners work by it. If a partner is not allowed to show something, that partner’s statement that it happened counts. If the situation did not occur in the past two years, choose N/A.',
};

/** How to read the levels: shown once with every rubric, and at the top of the rubric text raters get. */
export const READING_RULE: Text = {
  nl: `${READING_ORDER.nl} ${READING_TERMS.nl}`,
  en: `${READING_ORDER.en} ${READING_TERMS.en}`,
};

/** Answers that are not levels: excluded from scores, counted in coverage. */
export const NON_LEVEL_ANSWERS = {
  unknown: { nl: 'Weet niet', en: "Don't know" },
  na: { nl: 'N.v.t.', en: 'N/A' },
} as const satisfies Record<string, Text>;

export const NON_LEVEL_DESCRIPTIONS = {
  unknown: {
    nl: 'Ik weet niet hoe dit bij ons geregeld is.',
    en: 'I do not know how this is arranged here.',
  },
  na: {
    nl: 'Dit kwam de afgelopen twee jaar niet voor in onze gemeente of regio.',
    en: 'This did not occur in our municipality or region in the past two years.',
  },
} as const satisfies Record<string, Text>;
