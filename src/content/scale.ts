import type { Level, Text } from './types';
import { composed } from './english';

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
      nl: 'Er is geen gezamenlijke afspraak over het onderwerp. Ook wat het punt bij niveau 1 en 2 noemt, gebeurt niet.',
      en: 'There is no joint agreement on the topic. The act named at levels 1 and 2 does not happen either.',
    },
  },
  {
    level: 2,
    name: { nl: 'Ad hoc', en: 'Ad hoc' },
    description: {
      nl: 'Er is geen gezamenlijke afspraak over het onderwerp. Wel gebeurt minstens één keer wat het punt bij niveau 1 en 2 noemt.',
      en: 'There is no joint agreement on the topic. But the act named at levels 1 and 2 does happen, at least once.',
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
      nl: 'Er is een gezamenlijke afspraak over het onderwerp. Die dekt het hele onderwerp, staat op papier en wordt altijd gevolgd. Er is geen terugblik op deze afspraak.',
      en: 'There is a joint agreement on the topic. It covers the whole topic, is on paper and is always followed. There is no review of this agreement.',
    },
  },
  {
    level: 5,
    name: { nl: 'Geborgd en geëvalueerd', en: 'Embedded and evaluated' },
    description: {
      nl: 'Er is een gezamenlijke afspraak over het onderwerp. Die dekt het hele onderwerp, staat op papier en wordt altijd gevolgd. Er is een terugblik op deze afspraak.',
      en: 'There is a joint agreement on the topic. It covers the whole topic, is on paper and is always followed. There is a review of this agreement.',
    },
  },
];

/**
 * How to choose a level: the order of the three questions. The report's method section prints this part only, as
 * its half page has no room for the terms below.
 */
export const READING_ORDER: Text = {
  nl: 'Lees elk niveau op zichzelf. Kies het niveau waarvan elke zin klopt. Wat het hele onderwerp is, staat bij elk punt boven de niveaus. Loop deze drie vragen op volgorde langs. 1. Is er een gezamenlijke afspraak over het onderwerp? Nee: gebeurt wat niveau 1 en 2 noemen, minstens één keer? Zo nee, niveau 1. Zo ja, niveau 2. 2. Dekt die afspraak het hele onderwerp, staat die op papier en wordt die altijd gevolgd? Nee: niveau 3. 3. Is er een terugblik op de afspraak? Nee: niveau 4. Ja: niveau 5. Vraag 1 gaat over het hele onderwerp. Vraag 2 en 3 gaan alleen over het deel van het onderwerp waar jullie vraag over gaat. Zegt de afspraak niets over dat deel? Dan is het niveau 3. Iets telt alleen mee als jullie het kunnen laten zien, of als de partners het bevestigen en niemand het tegenspreekt. Twijfelen jullie of iets meetelt, en passen daardoor twee niveaus? Dan past alleen het laagste van de twee.',
  en: 'Read each level on its own. Choose the level where every sentence is true. Each point states its whole topic above the levels. Go through these three questions in order. 1. Is there a joint agreement on the topic? No: does what levels 1 and 2 name happen, at least once? If not, level 1. If so, level 2. 2. Does that agreement cover the whole topic, is it on paper and is it always followed? No: level 3. 3. Is there a review of the agreement? No: level 4. Yes: level 5. Question 1 is about the whole topic. Questions 2 and 3 are only about the part of the topic your question is about. If the agreement says nothing about that part, it is level 3. Something counts only if you can show it, or if the partners confirm it and nobody contradicts it. If you are unsure whether something counts, so that two levels could apply, only the lower of the two fits.',
};

// The words every rubric shares, defined once and numbered (round 4: "alle betrokken partners", "gevolgd" and "lang
// geleden" each left two levels open; round 7: who counts in §1.1, partial agreements, lawful departures, what a
// review is, a state that lasts beyond the window; round 8: a decision in one case, a form whose makers are not
// named, a document of only some partners, "op papier", N/A, re-doing the work versus reviewing it; round 9: the same
// rules in short B1 sentences, one rule a sentence; round 14: a joint agreement rests only on an observable act, never
// on a habit; an adopted template is on paper; a similar review question is not the point's question; N/A is decided
// by whether the situation occurred in any case; round 16: a doubt leaves only the lower level, an organisation joining
// some cases is not a standing member, a review counts whatever it concluded, an unwritten decision all partners
// confirm is an agreement not on paper, signalling policy counts only for the PGA's whole area, and "always followed"
// counts from when the agreement exists; rounds 17–19: see docs/content-validation.md).
const READING_TERMS: Text = {
  nl: 'Begrippen. (1) Partners: wie vast meedoet aan het casusoverleg van jullie PGA, regionaal of lokaal. Bij het wegen (§1.2) is dat de weegploeg. Ook de organisatie die het casusoverleg organiseert of voorzit, zoals het Zorg- en Veiligheidshuis, is een partner. Elke gemeente van jullie gebied is een partner, ook als zij alleen bij haar eigen casussen aanschuift: gemeenten voeren de regie in hun casussen. Een organisatie die alleen bij sommige casussen of op uitnodiging aanschuift, is geen vaste partner, ook niet als dat vaak gebeurt. Wat anderen doen, telt niet mee. Alleen bij signaleren (§1.1) telt voor niveau 1 en 2 ook mee wat anderen doen. Dat zijn anderen die signalen opvangen, zoals jongerenwerk of boa’s. Ook daar bedoelt ‘alle partners’ de partners van het casusoverleg. (2) Gezamenlijke afspraak: een afspraak voor alle casussen. Het is alleen een gezamenlijke afspraak als een van deze dingen gebeurde. Het casusoverleg besloot erover, bijvoorbeeld volgens een verslag. Dat geldt ook als een partner die keer afwezig was, of pas later vaste partner werd. Een besluit dat nergens is opgeschreven, telt ook als de partners die het namen het bevestigen en geen partner het tegenspreekt. Het staat dan niet op papier. Of het casusoverleg stelde een document vast waar de afspraak in staat. Of alle partners stelden de afspraak vast of ondertekenden die, ook via een stuurgroep waarin alle partners zitten. Bij het wegen (§1.2) mag de weegploeg dat doen. Bij signaleren (§1.1) telt ook beleid voor het hele gebied van jullie PGA, dat de regio of elke gemeente vaststelde (regel van de checklist, volgt uit §1.1). Beleid van maar een deel van de gemeenten is een afspraak van een deel van de partners. Een gewoonte zonder zo’n besluit is geen gezamenlijke afspraak, ook niet als iedereen ermee werkt. Een afspraak van maar een deel van de partners is ook geen gezamenlijke afspraak. Wat één partner of één team alleen regelt, is dus ook geen gezamenlijke afspraak. Dan is het hoogstens niveau 2. Wie de afspraak schreef, maakt niet uit. Alleen als het hele onderwerp van een punt zegt wie de afspraak opstelt, telt dat wel. Het convenant uit 2017 is alleen een kader. Het telt niet als gezamenlijke afspraak, ook niet als jullie partners het ondertekenden (regel van de checklist, volgt uit §2.2). Een ander convenant dat alle partners ondertekenden, telt wel, voor wat erin staat. Een besluit over één casus is geen afspraak. Een besluit om iets één keer te doen, zoals één bijeenkomst, ook niet. Besloot het casusoverleg er wel over, maar houdt een partner zich er niet aan? Dan wordt de afspraak niet altijd gevolgd. Elk deel van een document of formulier telt alleen bij het punt waar het over gaat. Alleen zeggen ‘er is afgesproken’, zonder zo’n besluit, telt niet. Dekt de afspraak maar een deel van het onderwerp? Dan is het niveau 3, ook als dat deel op papier staat en altijd wordt gevolgd. Geldt de afspraak maar voor een deel van jullie gebied? Dan dekt die ook maar een deel, ook als dat een bewuste keuze is. Een keuze in de afspraak zelf, zoals voor welke groepen, is geen gat. Een keuze voor een deel van het gebied is dat wel. (3) Op papier: in een document dat jullie kunnen laten zien, zoals een werkproces, protocol of verslag van het casusoverleg. Ook een format of sjabloon telt. Dan moet het casusoverleg het hebben vastgesteld en moeten jullie het in elke casus gebruiken. Wat het format vraagt, staat dan op papier. Wat alleen in plannen of verslagen van losse casussen staat, staat niet op papier. Staat de inhoud van de afspraak in een document dat jullie kunnen laten zien? Dan staat de afspraak op papier, ook als het besluit om ermee te werken niet is opgeschreven. (4) Altijd gevolgd: elke keer gedaan zoals afgesproken, en op tijd. Kennen de partners geen afwijking, dan is de afspraak altijd gevolgd. Tel vanaf het moment dat de afspraak er is. Alleen wat in de afspraak staat, telt: wat er niet in staat, is geen afwijking. Een termijn die in de afspraak staat, hoort erbij. Loopt die termijn nog, dan is wat nog niet gedaan is geen afwijking. Een afwijking door overmacht blijft een afwijking. Bijvoorbeeld: de afspraak vraagt een plan vóór elke vrijlating, en de rechter laat iemand onverwacht vrij voordat er een plan is. Maar ging iets mis omdat een partner informatie wettelijk niet mocht delen? Dan telt dat als gevolgd. Een afwijking telt alleen bij het punt waar ze over gaat: een late weging telt bij het wegen, niet bij het werkproces. Wat anderen dan de partners doen, is geen afwijking. Een afwijking die later is hersteld, blijft een afwijking. Een uitzondering telt als gevolgd als het casusoverleg er vooraf over besloot. Bij het wegen is dat de weegploeg. Een afwijking die de wet oplegt of toestaat, telt ook als gevolgd. Bijvoorbeeld: geen informatie delen vanwege een strafrechtelijk onderzoek. (5) Terugblik: alle partners bespreken periodiek, dus op vaste momenten, de afspraak over het onderwerp van het punt. Dat mag in een jaarlijkse evaluatie van de PGA. Staat die afspraak daar elke keer op de agenda, dan is het een terugblik. Stond ze er één keer op, dan niet. Een partner die pas na een terugblik vaste partner werd, hoeft daar niet bij te zijn geweest. Wat ze daarbij bekijken, zoals cijfers of casussen, maakt niet uit. De vraag bij niveau 5 is een voorbeeld. Een bespreking van hoe één persoon zijn werk doet, is geen terugblik. Een bespreking die één keer gebeurde, ook niet. Wat de partners na de terugblik besluiten, maakt niet uit: de afspraak houden, die veranderen of de praktijk verbeteren. Gebeurt het? Niveau 1 en 2 noemen bij elk punt één ding. Alleen dat telt, ook zonder plan of vaste manier. Iets anders van het onderwerp telt daar niet. (6) Regel van de checklist zelf: tel wat in de afgelopen twee jaar gebeurde, en wat nu nog zo is. Een oudere training telt dus zolang wie hem volgde er nog werkt. Een document telt alleen zolang de partners ernaar werken. Werken ze er nog in een of meer casussen naar, dan telt het, maar wordt het niet altijd gevolgd. Mag een partner iets niet laten zien? Dan telt de verklaring van die partner dat het gebeurde. (7) N.v.t. (regel van de checklist): kies N.v.t. alleen als de situatie van de vraag in de afgelopen twee jaar in geen enkele casus voorkwam. Bijvoorbeeld: geen casus ging naar monitoren, of niemand kwam vrij. Dat geldt ook als er een afspraak over is. Kwam de situatie één keer of vaker voor? Kies dan een niveau.',
  en: 'Terms. (1) Partners: the standing members of the case meeting of your PGA, regional or local. For the assessment (§1.2), the partners are the assessment team. The organisation that hosts or chairs the case meeting, such as the Zorg- en Veiligheidshuis, is a partner too. Every municipality of your area is a partner, even if it joins only for its own cases: municipalities lead their cases. An organisation that joins only for some cases or when invited is not a standing member, however often that happens. What others do does not count. For spotting signals (§1.1) only, what others who pick up signals do, such as youth workers or special enforcement officers (BOAs), also counts for levels 1 and 2. ‘All partners’ still means the case meeting there. (2) Joint agreement: an agreement for all cases. It is a joint agreement only if one of these things happened. The case meeting decided on it, as minutes show, for example. This holds even if a partner was absent that time, or became a standing member only later. A decision that was never written down also counts, if the partners who took it confirm it and no partner contradicts it. It is then not on paper. Or the case meeting adopted a document that contains the agreement. Or all partners adopted or signed the agreement, also through a steering group in which all partners sit. For the assessment (§1.2), the assessment team may do this. For spotting signals (§1.1), a policy for the whole area of your PGA, adopted by the region or by every municipality, also counts (the checklist’s own rule, following §1.1). A policy of only some of the municipalities is an agreement of only some of the partners. A habit without such a decision is not a joint agreement, even if everyone works by it. An agreement of only some of the partners is not a joint agreement either. So what one partner or one team arranges alone is not a joint agreement. That is level 2 at most. Who wrote the agreement does not matter. It counts only where the whole topic of a point names it. The 2017 covenant is only a framework. It does not count as a joint agreement, even if your partners signed it (the checklist’s own rule, following §2.2). Another covenant that all partners signed does count, for what it says. A decision on one case is not an agreement. Nor is a decision to do something once, such as a single meeting. If the case meeting did decide on it, but a partner does not keep to it, the agreement is not always followed. Each part of a document or form counts only for the point it is about. Merely saying ‘it was agreed’, without such a decision, does not count. If the agreement covers only part of the topic, it is level 3, even if that part is on paper and always followed. If it holds for only part of your area, it also covers only part, even if that was a deliberate choice. A choice made in the agreement itself, such as which groups, is not a gap. A choice for part of the area is. (3) On paper: in a document you can show, such as a work process, protocol or minutes of the case meeting. A format or template counts too, if the case meeting adopted it and you use it in every case. What the format asks for is then on paper. What appears only in the plans or notes of single cases is not on paper. If the content of the agreement is in a document you can show, the agreement is on paper, even if the decision to work by it was not written down. (4) Always followed: done as agreed and on time, every time. If the partners know of no departure, the agreement is always followed. Count from the moment the agreement exists. Only what the agreement says counts: what it does not say is no departure. A time limit in the agreement is part of it. While that time limit still runs, what is not yet done is not a departure. A departure caused by circumstances beyond anyone’s control is still a departure. For example: the agreement asks for a plan before every release, and a court unexpectedly releases someone before there is a plan. But if something went wrong because a partner was not allowed by law to share information, it counts as followed. A departure counts only for the point it is about: a late assessment counts for the assessment, not for the work process. What others than the partners do is not a departure. A departure that was put right later is still a departure. An exception counts as followed if the case meeting decided on it in advance. For the assessment, that is the assessment team. A departure that the law requires or allows also counts as followed. For example: withholding information because of a criminal investigation. (5) Review: at set times, all partners discuss the agreement on the point’s topic. This may be part of a yearly evaluation of the PGA. If that agreement is on its agenda every time, it is a review. If it was on it once, it is not. A partner that became a standing member only after a review need not have taken part in it. What they look at, such as figures or cases, does not matter. The question at level 5 is an example. A discussion of how one person does their job is not a review. Nor is a discussion held only once. What the partners decide after the review does not matter: keeping the agreement, changing it, or improving the practice. Does it happen? Levels 1 and 2 of each point name one thing. Only that counts, even without a plan or a set way. Anything else on the topic does not count there. (6) The checklist’s own rule: count what happened in the past two years, and what is still the case now. So a course taken earlier still counts as long as the people who took it still work there. A document counts only while the partners work by it. If they still work by it in one or more cases, it counts, but is not always followed. If a partner is not allowed to show something, that partner’s statement that it happened counts. (7) N/A (the checklist’s own rule): choose N/A only if the situation the question is about did not occur in any case in the past two years. For example: no case moved to monitoring, or nobody was released. This holds even if there is an agreement on it. If the situation occurred once or more, choose a level.',
};

/** How to read the levels: shown once with every rubric, and at the top of the rubric text raters get. */
export const READING_RULE: Text = composed(
  `${READING_ORDER.nl} ${READING_TERMS.nl}`,
  () => `${READING_ORDER.en} ${READING_TERMS.en}`,
);

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
    nl: 'Dit kwam de afgelopen twee jaar in geen enkele casus voor in onze gemeente of regio.',
    en: 'This did not occur in any case in our municipality or region in the past two years.',
  },
} as const satisfies Record<string, Text>;
