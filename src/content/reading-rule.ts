import type { Text } from './types';
import { join } from './text';

/** A heading with short rules under it, one rule a list item. */
export interface RuleGroup {
  title: Text;
  rules: readonly Text[];
}

// How to choose a level, shown with every rubric and given to raters before the first rubric. Readings 18 to 21
// found the rule, then about 1,200 words in one paragraph, too long for B1 Dutch; it is now three parts a reader
// takes in turn: the order of the three checks (A, B and C; reading 122: "stap" already names a part of the
// checklist), what the shared words mean, and the doubtful cases (one short
// rule each, all found by a validation round; docs/content-validation.md). Rules that hold for one step only are
// with that step's points (STEP_RULES), not here. The doubtful cases are in reading-cases.ts.

const READ_EACH_LEVEL: Text = {
  nl: 'Lees elk niveau op zichzelf. Kies het niveau waarvan elke zin klopt.',
  en: 'Read each level on its own. Choose the one where every sentence is true.',
};

// Where the screen shows a point's topic and scope. The printed report has no rubrics, so it leaves this out.
const WHERE_THE_SCOPE_IS: Text = {
  nl: 'Boven de niveaus staat het onderwerp, en na ‘Dit punt gaat over’ wat erbij hoort.',
  en: 'Each point states its topic and scope above its levels.',
};

// The rest is the same on the screen and in the report.
const THE_STEPS_IN_ORDER: readonly Text[] = [
  {
    nl: 'Beantwoord de toetsvragen op volgorde.',
    en: 'Work through these three checks in order.',
  },
  {
    nl: 'Toetsvraag A. Regelt een gezamenlijke afspraak over het onderwerp minstens een deel van wat de vraag noemt? Ja: ga naar toetsvraag B. Nee: is de handeling bij deze vraag minstens één keer gedaan in de periode? Nee: niveau 1. Ja: niveau 2.',
    en: 'Check A. Does a joint agreement on the topic cover any part of what the question asks about? If so, go to check B. If not, was the question’s activity carried out at least once in the period? If not, level 1. If so, level 2.',
  },
  {
    nl: 'Toetsvraag B. Regelt die afspraak alles wat de vraag noemt? Staat die helemaal op papier? Wordt die altijd gevolgd? Is een van de antwoorden nee? Dan niveau 3.',
    en: 'Check B. Does it cover everything the question asks about? Is it fully in writing and always followed? Any ‘no’ means level 3.',
  },
  {
    nl: 'Toetsvraag C. Is er een terugblik op de afspraak? Nee: niveau 4. Ja: niveau 5.',
    en: 'Check C. Is there a review of the agreement? If not, level 4. If so, level 5.',
  },
  {
    nl: '‘De vraag’ in de niveaus is de vraag waarvoor jullie een niveau kiezen. Elke vraag gaat over een gezamenlijke afspraak (keuze van de checklist).',
    en: '‘The question’ in the levels is the one you are scoring. Every question is about a joint agreement (the checklist’s choice).',
  },
  {
    nl: 'Een afspraak telt bij een vraag alleen als die uitdrukkelijk noemt waar de vraag over gaat.',
    en: 'An agreement counts for a question only if it explicitly mentions what that question asks about.',
  },
  {
    nl: 'Iets telt alleen als jullie het kunnen laten zien, of de partners het bevestigen zonder tegenspraak.',
    en: 'Something counts only if you can show it, or the partners confirm it without dispute.',
  },
  {
    nl: 'Twijfelen jullie over wat een regel of bepaling betekent, en passen daardoor twee niveaus? Dan past alleen het laagste.',
    en: 'If you doubt what a provision or rule means, and so two levels fit, only the lower fits.',
  },
  {
    // Until 2024.8, nobody knowing of a departure meant none, so an agreement nobody checks reached level 4 as
    // easily as one checked in every case (readings 128, 130 and 131). 'Always followed' is now a fact like any
    // other: shown, or confirmed without dispute. Not knowing is then a 'no' at check B, not a doubt.
    nl: 'Weet niemand of de afspraak elke keer is gevolgd, bij elke casus of melding die jullie kennen? Dan wordt die niet altijd gevolgd.',
    en: 'If nobody knows whether the agreement was followed in each case or report you know of, it is not always followed.',
  },
];

/** The order of the three checks, as the screen shows it with every rubric. */
export const READING_STEPS: readonly Text[] = [
  join(READ_EACH_LEVEL, WHERE_THE_SCOPE_IS),
  ...THE_STEPS_IN_ORDER,
];

/** What the words the levels share mean, one short definition each. */
export const READING_TERMS: readonly RuleGroup[] = [
  {
    title: { nl: 'Partners', en: 'Partners' },
    rules: [
      {
        nl: 'De organisaties die vast meedoen aan het regionale of lokale casusoverleg van jullie PGA.',
        en: 'Organisations that take part on a standing basis in your PGA’s regional or local case meeting.',
      },
      {
        nl: 'Ook de organisatie die het casusoverleg organiseert of voorzit, zoals het Zorg- en Veiligheidshuis.',
        en: 'Also the organisation that hosts or chairs the case meeting, such as the Care and Safety House (Zorg- en Veiligheidshuis).',
      },
    ],
  },
  {
    title: { nl: 'Gezamenlijke afspraak', en: 'Joint agreement' },
    rules: [
      {
        nl: 'Een afspraak voor jullie PGA, niet voor één casus. Het casusoverleg besloot erover; dat blijkt bijvoorbeeld uit een verslag.',
        en: 'An agreement for your PGA, not for one case. The case meeting decided on it, as minutes may show.',
      },
      {
        nl: 'Ook: het casusoverleg stelde een document vast waar de afspraak in staat. Of: alle partners stelden de afspraak vast of tekenden die. Dat mag ook via een stuurgroep van alle partners.',
        en: 'Also: the case meeting adopted a document containing the agreement. Or: all partners adopted or signed it, possibly through a steering group of all partners.',
      },
    ],
  },
  {
    title: { nl: 'Op papier', en: 'In writing' },
    rules: [
      {
        nl: 'In een document dat jullie kunnen laten zien, zoals een werkproces, protocol of verslag van het casusoverleg.',
        en: 'In a document you can show, such as a work process, protocol or minutes of the case meeting.',
      },
    ],
  },
  {
    title: { nl: 'Altijd gevolgd', en: 'Always followed' },
    rules: [
      {
        nl: 'Elke keer gedaan zoals afgesproken, zonder afwijking.',
        en: 'Done as agreed, every time, without a departure.',
      },
    ],
  },
  {
    title: { nl: 'Terugblik', en: 'Review' },
    rules: [
      {
        nl: 'Alle partners bespreken op vaste momenten de afspraak. Dat kan in een jaarlijkse PGA-evaluatie, als de afspraak bij de laatste evaluatie op de agenda stond.',
        en: 'At set times, all partners discuss the agreement. This can be a yearly PGA evaluation, if the agreement was on the last one’s agenda.',
      },
    ],
  },
  {
    title: { nl: 'Handeling (niveau 1 en 2)', en: 'Activity (levels 1 and 2)' },
    rules: [
      {
        nl: 'Elke vraag noemt bij niveau 1 en 2 één handeling. Alleen die telt, ook zonder plan.',
        en: 'Each question lists one activity for levels 1 and 2. Only that activity counts, even if unplanned.',
      },
    ],
  },
  {
    title: { nl: 'Periode (keuze van de checklist)', en: 'Period (the checklist’s choice)' },
    rules: [
      {
        nl: 'Tel wat in de afgelopen twee jaar gebeurde, en wat nu nog zo is.',
        en: 'Count what happened in the past two years, and what is still the case now.',
      },
    ],
  },
  {
    title: { nl: 'N.v.t. (keuze van de checklist)', en: 'N/A (the checklist’s choice)' },
    rules: [
      {
        nl: 'Kies N.v.t. alleen bij een vraag waarvan de regels zeggen wanneer N.v.t. past, en alleen in die situatie. Twijfel tussen N.v.t. en een niveau? Kies het niveau.',
        en: 'Choose N/A only for a question whose rules say when N/A applies, and only in that situation. Unsure between N/A and a level? Choose the level.',
      },
    ],
  },
];

/**
 * Rules that hold for the points of one step only, by section id, shown with those points (and with their rubrics
 * for raters). Both are the checklist's reading of the report's step: signals come from outside the case meeting
 * (§1.1), and the assessment is done by its own team (§1.2).
 */
export const STEP_RULES: Readonly<Record<string, readonly Text[]>> = {
  signaleren: [
    {
      nl: 'Sommige mensen vangen bij hun werk in jullie gebied signalen op, maar zitten niet in het casusoverleg, zoals jongerenwerkers of boa’s. Wat zij doen, telt bij alle punten van deze stap mee voor niveau 1 en 2 (keuze van de checklist). Wat zij doen, kan ook een afwijking zijn, bijvoorbeeld als zij een signaal langs een andere weg melden dan de meldroute. Meldt iemand een zorg niet? Dan is dat alleen een afwijking als de afspraak zegt dat zo’n zorg gemeld wordt (keuze van de checklist). Mag die persoon de zorg volgens de wet niet melden? Dan is niet melden geen afwijking. Wat iemand doet bij werk buiten jullie gebied, telt bij deze stap niet mee, ook niet voor niveau 1 en 2. Is een gemeente later aangesloten bij jullie PGA? Dan telt in die gemeente alleen wat iemand vanaf die dag deed (keuze van de checklist). Dat is de dag waarop de gemeente het convenant tekende of voor het eerst aanschoof bij het casusoverleg. Neem de vroegste van die twee dagen. Met ‘alle partners’ zijn ook hier de partners van het casusoverleg bedoeld.',
      en: 'Some people who pick up signals at work in your area do not take part in the case meeting. Examples are youth workers and special enforcement officers (BOAs). What they do counts at levels 1 and 2 for every point of this step (the checklist’s choice). What they do can also be a departure, for example when they report a signal by a route other than the reporting route. Not reporting a concern is a departure only if the agreement says that such a concern is to be reported (the checklist’s choice). If the law did not allow that person to report it, it is not a departure. What someone does at work outside your area does not count for this step, not even at levels 1 and 2. If a municipality joined your PGA later, count only what was done there from the day it joined (the checklist’s choice). That is the day the municipality signed the covenant or first joined the case meeting, whichever came first. Here too, ‘all partners’ means the partners of the case meeting.',
    },
    {
      nl: 'Ook beleid voor het hele gebied van jullie PGA telt als gezamenlijke afspraak. Dat geldt als de regio (zoals een stuurgroep van alle burgemeesters) of elke gemeente het vaststelde (keuze van de checklist). Andere partners hoeven dan niet in die stuurgroep te zitten. Stelde maar een deel van de gemeenten het beleid vast? Dan is het geen gezamenlijke afspraak. Werd een gemeente pas vaste partner nadat het beleid was vastgesteld (zie ‘Wie telt als partner’)? Dan hoeft zij het niet zelf te hebben vastgesteld.',
      en: 'A policy for the whole area of your PGA also counts as a joint agreement. This applies if the region (such as a steering group of all mayors) or every municipality adopted it (the checklist’s choice). Other partners need not sit on that steering group. A policy adopted by only some of the municipalities is not a joint agreement. A municipality that became a standing partner only after the policy was adopted (see ‘Who counts as a partner’) need not have adopted it.',
    },
    {
      nl: 'Bespreekt een stuurgroep het beleid voor het hele gebied op vaste momenten? Dan is dat ook een terugblik (keuze van de checklist). Dat geldt ook als elke gemeente het beleid apart vaststelde. Andere partners hoeven niet in die stuurgroep te zitten. Was een gemeente op de dag van een bespreking vaste partner, maar geen lid van de stuurgroep? Dan is die bespreking geen terugblik, ook als die gemeente nu niet meer bij jullie gebied hoort. Liet die gemeente zich daar vertegenwoordigen door een andere gemeente, met een opdracht daarvoor? Dan telt zij als lid. Een gemeente die pas later vaste partner werd, hoefde toen geen lid te zijn. Was een lid bij die bespreking afwezig? Dan is het toch een terugblik.',
      en: 'Suppose a steering group discusses the policy for the whole area at set times. That is also a review (the checklist’s choice). This also applies if each municipality adopted the policy separately. Other partners need not sit on that steering group. Suppose a municipality was a standing partner on the day of a discussion, but not a member of the steering group. Then that discussion is not a review, even if the municipality has since left your area. If that municipality had another municipality represent it there, with a mandate to do so, it counts as a member. A municipality that became a standing partner only later need not have been a member then. If a member was absent on that occasion, it is still a review.',
    },
    {
      nl: 'Beleid van een gemeente is wat het college, de burgemeester of iemand namens hen vaststelt (keuze van de checklist). Bijvoorbeeld: een notitie van een afdelingshoofd of teamleider, of een besluit over een subsidie. Een uitzondering op dat beleid is geen afwijking als elke gemeente die het vaststelde, er vooraf toe besloot. Zo’n besluit neemt het college, de burgemeester of iemand namens hen. Ook een uitzondering waartoe het casusoverleg vooraf besloot, is geen afwijking (zie ‘Wat toch als gevolgd telt’). Een besluit om iets één keer te doen, is geen beleid (zie ‘Wat een gezamenlijke afspraak is’).',
      en: 'A municipality’s policy is what its executive, its mayor or someone on their behalf adopts (the checklist’s choice). This includes, for example, a memo by a head of department or team leader, or a grant decision. An exception to that policy is not a departure if every municipality that adopted the policy decided on it beforehand. Such a decision is taken by the executive, the mayor or someone on their behalf. An exception the case meeting decided on beforehand is not a departure either (see ‘What still counts as followed’). A decision to do something once is not a policy (see ‘What a joint agreement is’).',
    },
  ],
  notificeren: [
    {
      nl: 'Besloot iemand om later te notificeren? Dan is dat bij deze stap een uitstel. Dat geldt ook als het besluit buiten het casusoverleg viel of niet is opgeschreven (keuze van de checklist). Notificeerde iemand te laat zonder zo’n besluit, bijvoorbeeld door drukte of omdat iemand het vergat? Dan telt dat alleen bij de eerste vraag van deze stap.',
      en: 'If someone decided to notify later, that is a postponement for this step. This also applies if the decision was taken outside the case meeting or was not written down (the checklist’s choice). If someone notified late without such a decision, for example through pressure of work or an oversight, that counts only under this step’s first question.',
    },
    {
      nl: 'Een uitstel zonder uitzonderingsgrond is een afwijking. Dat geldt ook als er vooraf toe besloten is, bijvoorbeeld door het casusoverleg, de voorzitter of de stuurgroep (keuze van de checklist). Notificeren is een plicht. Zo’n uitstel telt alleen als afwijking bij de vraag over de wettelijke gronden voor een uitzondering op openheid. Bij de andere vragen van deze stap is zo’n uitstel geen afwijking. Ook is het daar geen afwijking dat bij zo’n uitstel geen grond is vastgelegd. Hetzelfde geldt als een professional door zo’n uitstel de PGA nog niet noemde. Bij de andere vragen gebruiken jullie zo’n uitstel maar voor twee dingen: kiezen of N.v.t. past, en nagaan of de handeling is gedaan.',
      en: 'A postponement without a ground for an exception is a departure. This applies even if it was decided on beforehand, for example by the case meeting, its chair or the steering group (the checklist’s choice). Notification is a duty. Such a postponement counts as a departure only under the question on the statutory grounds for an exception to openness. Under the other questions of this step, such a postponement is not a departure. Nor is it a departure there if no ground was recorded for such a postponement. The same applies if a professional did not yet mention the PGA because of such a postponement. Under those other questions, such a postponement matters in only two ways: for choosing N/A, and for checking whether the activity took place.',
    },
  ],
  wegen: [
    {
      nl: 'Bij alle punten van deze stap zijn de partners de weegploeg: de organisaties die meldingen wegen. Ook een organisatie die maar een deel van de meldingen meeweegt, hoort erbij. Bijvoorbeeld: een gemeente die alleen de meldingen uit haar eigen gemeente meeweegt. Zo’n organisatie hoeft niet mee te beslissen over de afspraak, ook niet via een stuurgroep. Dat hoeft alleen als de regel over gemeente en politie hieronder het vraagt. Ze hoeft ook niet bij een terugblik aanwezig te zijn. Stelden alle organisaties die elke melding meewegen de afspraak vast? Dan is die gezamenlijk. Wegen een gemeente en de politie allebei mee? Dan is de afspraak alleen gezamenlijk als de politie en minstens één gemeente die ook vaststelden. Politie en OM kunnen de afspraak dus niet zonder een gemeente vaststellen. Een interne regel van een organisatie die elke melding meeweegt, zoals een werkinstructie, telt alleen als die voor jullie PGA is geschreven. Een landelijke regel, zoals een werkinstructie voor de hele politie, telt dus niet. Een gemeente die nooit meeweegt, hoort er niet bij. Wie namens een van die organisaties weegt, ook als vervanger, hoort bij de leden van de weegploeg. De weegploeg mag de afspraak zelf vaststellen. Ze mag ook een uitzondering maken. Dan moet ze dat besluiten voordat iemand van de afspraak afwijkt. Dat besluit mag ze ook in dezelfde weging nemen. Een besluit van de weegploeg telt ook als er die keer een partner afwezig was. Maar voor de regel over gemeente en politie telt een afwezige gemeente of politie niet mee. Het rapport zegt alleen dat de weegploeg bestaat uit de betreffende gemeente, politie en OM (§1.2). De andere regels hier zijn van de checklist.',
      en: 'For every point of this step, the partners are the assessment team: the organisations that assess reported signals. An organisation that assesses only some of the reported signals is also one of them. An example is a municipality that assesses only signals from its own area. Such an organisation need not adopt the agreement, directly or through a steering group. It has to do so only where the rule on the municipality and the police, below, requires it. Nor need it attend a review. If every organisation that assesses all signals adopted the agreement, it is joint. But if a municipality and the police both assess, the agreement is joint only if the police and at least one municipality also adopted it. That way the police and the OM cannot adopt the agreement without a municipality. An internal rule of an organisation that assesses all signals, such as a work instruction, counts only if it was written for your PGA. So a national rule, such as a work instruction for the whole police force, does not count. A municipality that never takes part in assessing is not one of them. Anyone who assesses on behalf of one of those organisations, including as a stand-in, is a member of the assessment team. The assessment team may adopt the agreement itself. It may also make an exception, if it decides so before anyone departs from the agreement. This may happen in the same assessment. A decision of the assessment team counts even if a partner was absent on that occasion. But for the municipality-and-police rule, a municipality or the police that was absent does not count. The report only says that the assessment team consists of the municipality concerned, the police and the OM (§1.2). The other rules here are the checklist’s own.',
    },
  ],
};

/** The rules that hold for one step's points only; none for most steps. */
export function stepRulesOf(sectionId: string): readonly Text[] {
  return STEP_RULES[sectionId] ?? [];
}

/** The order of the three checks as one paragraph, for the report's method section: the part the report prints. */
export const READING_ORDER: Text = join(READ_EACH_LEVEL, ...THE_STEPS_IN_ORDER);
