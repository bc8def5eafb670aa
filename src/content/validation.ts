import type { Text } from './types';

/**
 * How the rubrics were validated (docs/content-validation.md): rounds of vignettes scored by independent
 * raters, and independent readings against the report. Data only; a unit test recomputes every round's
 * figures from its ratings in tests/fixtures/vignettes, so the page cannot claim more than was measured.
 */
export interface ValidationRound {
  /** Folder of the round's ratings: tests/fixtures/vignettes/rounds/<id>/<rater>.json. */
  id: string;
  /** Folder of the vignettes it rated: tests/fixtures/vignettes/<vignetteSet>/*.md. */
  vignetteSet: string;
  /** The checklist version whose rubric texts the raters had. */
  checklistVersion: string;
  date: string;
  vignettes: number;
  raters: number;
  ratings: number;
  /** Share of ratings where exactly one level fitted literally. */
  fitRate: number;
  /** Krippendorff's alpha, ordinal, over all ratings. */
  alpha: number;
  /** Share of vignette × point units where all raters chose the same level. */
  unanimous: number;
  note: Text;
}

export interface ReviewGrades {
  checklistVersion: string;
  date: string;
  coverage: number;
  fidelity: number;
  rubrics: number;
  dutch: number;
  english: number;
}

export const VALIDATION_ROUNDS: readonly ValidationRound[] = [
  {
    id: 'r0-baseline',
    vignetteSet: 'set-a',
    checklistVersion: '2024.2',
    date: '2026-11-30',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.644,
    alpha: 0.97,
    unanimous: 0.867,
    note: {
      nl: 'Nulmeting op de niveaus van versie 2024.2, vóór de herschrijving.',
      en: 'Baseline on the levels of version 2024.2, before the rewrite.',
    },
  },
  {
    id: 'r1-2024.3',
    vignetteSet: 'set-b',
    checklistVersion: '2024.3',
    date: '2026-11-30',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.689,
    alpha: 0.962,
    unanimous: 0.817,
    note: {
      nl: 'Eerste versie van 2024.3, met nieuwe vignetten en beoordelaars. Daarna zijn de niveaus herschreven waar beoordelaars geen of twee niveaus vonden.',
      en: 'First draft of 2024.3, with new vignettes and raters. The levels were then rewritten where raters found no level or two.',
    },
  },
  {
    id: 'r2-2024.3',
    vignetteSet: 'set-c',
    checklistVersion: '2024.3',
    date: '2026-11-30',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.611,
    alpha: 0.987,
    unanimous: 0.933,
    note: {
      nl: 'Versie na de eerste onafhankelijke lezing, met nieuwe vignetten en beoordelaars. De beoordelaars zijn het vaker eens, maar vinden vaker geen niveau dat letterlijk past: vooral waar een regio wel op vaste momenten terugkijkt, maar niet op de vraag die niveau 5 noemt.',
      en: 'Version after the first independent reading, with new vignettes and raters. The raters agree more often, but more often find no level that fits literally: mostly where a region does review at set times, but not the question level 5 names.',
    },
  },
  {
    id: 'r3-2024.3',
    vignetteSet: 'set-d',
    checklistVersion: '2024.3',
    date: '2026-11-30',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.85,
    alpha: 0.994,
    unanimous: 0.983,
    note: {
      nl: 'Eén ladder in dezelfde woorden voor alle twintig punten, met nieuwe vignetten en beoordelaars. Vaker past precies één niveau. Wat nog misgaat: een afspraak tussen twee van de partners, een niveau 3 dat meer dan één ding noemt, en niveau 5 dat letterlijk de zin van niveau 4 overneemt dat er niet wordt teruggekeken.',
      en: 'One ladder in the same words for all twenty points, with new vignettes and raters. Exactly one level fits more often. What still fails: an agreement between two of the partners, a level 3 that names more than one thing, and level 5 literally taking over level 4’s sentence that there is no look-back.',
    },
  },
  {
    id: 'r4-2024.3',
    vignetteSet: 'set-e',
    checklistVersion: '2024.3',
    date: '2026-11-30',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.794,
    alpha: 1,
    unanimous: 1,
    note: {
      nl: 'Ladder na ronde 3: elk niveau op zichzelf, "alle betrokken partners", één ding op niveau 3. De drie nieuwe beoordelaars kozen overal hetzelfde niveau, maar vonden in een op de vijf gevallen twee niveaus die letterlijk passen: wie "alle betrokken partners" zijn, wanneer iets "lang geleden" is, of een afspraak "gevolgd" is als iets te laat of alleen door een deel gebeurde, en contact met sleutelfiguren in één gemeenschap.',
      en: 'Ladder after round 3: each level on its own, "all partners involved", one thing at level 3. The three new raters chose the same level everywhere, but in one case in five found two levels that fit literally: who "all partners involved" are, when something is "long ago", whether an agreement is "followed" when something was late or done by only some, and contact with key figures in one community.',
    },
  },
  {
    id: 'r5-2024.3',
    vignetteSet: 'set-f',
    checklistVersion: '2024.3',
    date: '2026-11-30',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.744,
    alpha: 0.99,
    unanimous: 0.967,
    note: {
      nl: 'Ladder na ronde 4: elk niveau noemt het onderwerp, de leesregel zegt wie de betrokken partners zijn en wat "gevolgd" is. Minder vaak past precies één niveau: niveau 4 en 5 zeggen niet dat de afspraak gezamenlijk is, en niveau 3 noemt iets preciezers dan niveau 1, 2, 4 en 5, zodat een afspraak over een deel van het onderwerp nergens past.',
      en: 'Ladder after round 4: every level names the topic, and the reading rule says who the partners involved are and what "followed" means. Exactly one level fits less often: levels 4 and 5 do not say the agreement is joint, and level 3 names something narrower than levels 1, 2, 4 and 5, so an agreement on part of the topic fits nowhere.',
    },
  },
  {
    id: 'r6-2024.3',
    vignetteSet: 'set-g',
    checklistVersion: '2024.3',
    date: '2026-11-30',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.817,
    alpha: 1,
    unanimous: 1,
    note: {
      nl: 'Ladder uit drie ja/nee-vragen over één onderwerp: is er een gezamenlijke afspraak, staat die op papier en wordt hij altijd gevolgd, kijken alle partners er op vaste momenten op terug. De beoordelaars kozen overal hetzelfde niveau; in bijna een op de vijf gevallen vonden ze twee niveaus die passen: als iets te laat was maar de afspraak zelf zegt wat dan, bij "er is afgesproken" zonder wie, en als het terugkijken zelf de afspraak is.',
      en: 'Ladder from three yes/no questions about one topic: is there a joint agreement, is it on paper and always followed, do all partners look back on it at set times. The raters chose the same level everywhere; in almost one case in five they found two levels that fit: when something was late but the agreement itself says what then, with "it was agreed" without saying by whom, and when the look-back is itself the agreement.',
    },
  },
  {
    id: 'r7-2024.3',
    vignetteSet: 'set-h',
    checklistVersion: '2024.3',
    date: '2026-11-30',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.778,
    alpha: 0.951,
    unanimous: 0.933,
    note: {
      nl: 'Leesregel na ronde 6: wat een gezamenlijke afspraak laat zien (een besluit van het casusoverleg of een document dat alle partners vaststelden), een deelafspraak blijft op niveau 3, een herstelde afwijking blijft een afwijking, een wettelijke afwijking telt als gevolgd, wat terugkijken is. Niet beter dan ronde 6: een formulier of sjabloon zonder bekende maker, of een document van een deel van de vaste partners, liet niveau 2 of 3 open; "Kies N.v.t." in niveau 1 liet geen niveau over als zo’n casus niet voorkwam; en het opnieuw wegen op vaste momenten las als terugkijken én als het werk zelf.',
      en: 'Reading rule after round 6: what shows a joint agreement (a decision of the case meeting or a document all partners adopted), a part-agreement stays at level 3, a lapse put right is still a lapse, a lawful departure counts as followed, what a look-back is. No better than round 6: a form or template with no known maker, or a document adopted by only some of the standing partners, left level 2 or 3 open; "Choose N/A" in level 1 left no level when no such case occurred; and re-weighing at set times read both as a look-back and as the work itself.',
    },
  },
  {
    id: 'r8-2024.3',
    vignetteSet: 'set-i',
    checklistVersion: '2024.3',
    date: '2026-11-30',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.917,
    alpha: 0.945,
    unanimous: 0.867,
    note: {
      nl: 'Leesregel met genummerde begrippen: een besluit in één casus is geen afspraak, een document van een deel van de vaste partners is niet gezamenlijk, een formulier waarmee het casusoverleg werkt wel, "op papier", het werk opnieuw doen is geen terugblik, en N.v.t. één keer in de regel in plaats van in niveau 1. Het doel van 90% is gehaald. Nog open: een afspraak die een deel van het onderwerp dekt en altijd wordt gevolgd (niveau 3 zegt "niet op papier of niet altijd gevolgd"), en of een gemiddelde opkomst van 92% een afwijking is.',
      en: 'Reading rule with numbered terms: a decision in one case is no agreement, a document of only some of the standing partners is not joint, a form the case meeting works with is, "on paper", redoing the work is no look-back, and N/A once in the rule instead of in level 1. The 90% goal is met. Still open: an agreement that covers part of the topic and is always followed (level 3 says "not on paper or not always followed"), and whether an average attendance of 92% is a departure.',
    },
  },
  {
    id: 'r9-2024.3',
    vignetteSet: 'set-j',
    checklistVersion: '2024.3',
    date: '2026-11-30',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.672,
    alpha: 0.943,
    unanimous: 0.833,
    note: {
      nl: 'Niveau 5 noemt per punt de eigen vraag van de terugblik; elke rubriek meet één ding; de leesregel in korte zinnen. De beoordelaars zijn het nog even vaak eens, maar vinden vaker geen niveau dat past. De grootste oorzaak: niveau 4 zei "er is geen vaste terugblik met alle partners", terwijl niveau 5 een eigen vraag noemt. Een regio die wel jaarlijks terugkijkt, maar niet op die vraag, paste dan bij geen van beide. Daarna aangepast: niveau 4 is nu precies het tegendeel van niveau 5 ("Niet alle partners bespreken periodiek of …"). Verder open: wie als partner telt als een organisatie alleen per casus aanschuift, en een afspraak die nooit nodig was (niemand kwam vrij).',
      en: 'Level 5 names each point’s own review question; every rubric measures one thing; the reading rule in short sentences. The raters agree as often, but more often find no level that fits. The main cause: level 4 said "there is no set review with all partners", while level 5 names a question of its own. A region that reviews every year, but not on that question, then fitted neither. Changed afterwards: level 4 is now the exact opposite of level 5 ("Not all partners discuss at set times whether …"). Still open: who counts as a partner when an organisation joins only per case, and an agreement that was never needed (nobody was released).',
    },
  },
  {
    id: 'r10-2024.3',
    vignetteSet: 'set-k',
    checklistVersion: '2024.3',
    date: '2026-11-30',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.683,
    alpha: 0.955,
    unanimous: 0.867,
    note: {
      nl: 'Ronde 9 met niveau 4 als precies het tegendeel van niveau 5. Dat gat is dicht: geen beoordelaar vond nog een regio die bij geen van beide paste. De fit blijft laag om andere redenen, die deze vignetten vaker lieten zien: een afspraak over een deel van het onderwerp die op papier staat en altijd wordt gevolgd (de regel zegt "niet hoger dan niveau 3", maar de tekst van niveau 3 klopt dan niet); een situatie die niet voorkwam (de regel zegt N.v.t., de beoordelaars mochten alleen 1 tot 5 kiezen); en een document waarvan niet staat wie het vaststelde.',
      en: 'Round 9 with level 4 as the exact opposite of level 5. That gap is closed: no rater found a region that fitted neither any more. The fit stays low for other reasons, which these vignettes showed more often: an agreement on part of the topic that is on paper and always followed (the rule says "no higher than level 3", but level 3’s text is then untrue); a situation that did not occur (the rule says N/A, while the raters could choose only 1 to 5); and a document whose adopters are not stated.',
    },
  },
  {
    id: 'r11-2024.3',
    vignetteSet: 'set-l',
    checklistVersion: '2024.3',
    date: '2026-11-30',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.65,
    alpha: 0.968,
    unanimous: 0.917,
    note: {
      nl: 'Ronde 11: elke vraag noemt het onderwerp van haar punt, een landelijk convenant is alleen een kader, niveau 3 noemt ook een afspraak over een deel van het onderwerp, en beoordelaars mogen N.v.t. kiezen. De beoordelaars kozen vaker hetzelfde niveau (92% unaniem), maar vonden vaker twee niveaus mogelijk, niet geen. Bijna alles kwam uit één regel: wat een gezamenlijke afspraak is. Een document van een deel van de partners telde niet, een document waar het casusoverleg mee werkt wel; een werkproces dat één partner schreef en het hele overleg gebruikt, viel onder beide. Verder: of een oude training van wie er nog werkt meetelt.',
      en: 'Round 11: every question names its point’s topic, a national covenant is only a framework, level 3 also names an agreement on part of the topic, and raters may choose N/A. The raters chose the same level more often (92% unanimous), but more often found two levels possible, not none. Nearly all of it came from one rule: what a joint agreement is. A document of only some partners did not count, a document the case meeting works with did; a work process one partner wrote and the whole meeting uses fell under both. Also: whether an old training of people still in post counts.',
    },
  },
  {
    id: 'r12-2024.3',
    vignetteSet: 'set-m',
    checklistVersion: '2024.3',
    date: '2026-11-30',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.622,
    alpha: 0.946,
    unanimous: 0.833,
    note: {
      nl: 'Ronde 12: de tiende lezing verwerkt (niveau 5 stelt de vraag van het punt, de leesregel vraagt naar die vraag) en één toets voor een gezamenlijke afspraak: werkt het hele casusoverleg ermee? De fit daalde. De beoordelaars vonden nog steeds vaak twee niveaus mogelijk: ‘het hele onderwerp’ is nergens afgebakend; een terugblik met een vraag die lijkt op, maar niet gelijk is aan, de vraag van niveau 5; en niveau 1 of 2 hangt soms aan feiten die een vignet niet noemt. Een afspraak over een deel van het onderwerp, op papier en altijd gevolgd, maakt elke zin van niveau 4 letterlijk waar, terwijl de regel niveau 3 zegt.',
      en: 'Round 12: the tenth reading acted on (level 5 asks the point’s question, the reading rule asks for that question) and one test for a joint agreement: does the whole case meeting work with it? The fit fell. The raters still often found two levels possible: ‘the whole topic’ is nowhere bounded; a review with a question close to, but not the same as, level 5’s; and level 1 or 2 sometimes hangs on facts a vignette leaves out. An agreement on part of the topic, on paper and always followed, makes every sentence of level 4 literally true, while the rule says level 3.',
    },
  },
  {
    id: 'r13-2024.3',
    vignetteSet: 'set-n',
    checklistVersion: '2024.3',
    date: '2026-12-01',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.744,
    alpha: 0.956,
    unanimous: 0.917,
    note: {
      nl: 'Ronde 13: de elfde lezing en de redenen van ronde 12 verwerkt. Elk punt zegt nu wat het hele onderwerp is; niveau 4 en 5 vragen een afspraak over dat hele onderwerp; niveau 4 en 5 verschillen alleen in wel of geen terugblik; bij elke vraag telt alleen het deel waar die vraag over gaat; niveau 1 en 2 vragen alleen feiten die een regio van zichzelf weet. De fit steeg van 62% naar 74%. Wat nog twee niveaus openlaat: of een vaste gewoonte van een deel van de partners een gezamenlijke afspraak is, een besluit dat in één verslag staat, en stappen die in de vignetten niet of nauwelijks voorkwamen (monitoren, subdoelen).',
      en: 'Round 13: the eleventh reading and round 12’s reasons acted on. Every point now says what its whole topic is; levels 4 and 5 ask for an agreement on that whole topic; levels 4 and 5 differ only in whether there is a review; each question counts only the part it asks about; levels 1 and 2 ask only for facts a region knows about itself. The fit rose from 62% to 74%. What still leaves two levels open: whether a fixed habit of some of the partners is a joint agreement, a decision recorded in one set of minutes, and steps that hardly occurred in the vignettes (monitoring, subgoals).',
    },
  },
  {
    id: 'r14-2024.3',
    vignetteSet: 'set-o',
    checklistVersion: '2024.3',
    date: '2026-12-01',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.683,
    alpha: 0.95,
    unanimous: 0.883,
    note: {
      nl: 'Ronde 14: de twaalfde lezing en de redenen van ronde 13 verwerkt. Een gezamenlijke afspraak vraagt nu een besluit, een vastgesteld document of ondertekening door alle partners; een gewoonte telt niet. Een vastgesteld sjabloon telt als op papier. Bij signaleren telt vastgesteld beleid van gemeente of regio. N.v.t. alleen als de situatie in geen enkele casus voorkwam. De fit daalde naar 68%, op vignetten die feiten explicieter noemen. Nieuwe oorzaken: wat telt als vastgesteld beleid (een subsidieafspraak met één organisatie?), een terugblik met een vraag die bijna gelijk is aan die van het punt, en delen van het onderwerp die de checklist zelf toevoegde (hoe professionals de route leren kennen, terugkeer uit het buitenland).',
      en: 'Round 14: the twelfth reading and round 13’s reasons acted on. A joint agreement now needs a decision, an adopted document or all partners’ signatures; a habit does not count. An adopted template counts as on paper. For spotting signals, a policy adopted by the municipality or region counts. N/A only if the situation occurred in no case. The fit fell to 68%, on vignettes that state the facts more explicitly. New causes: what counts as adopted policy (a subsidy agreement with one organisation?), a review whose question is almost the point’s own, and parts of the topic the checklist added itself (how professionals get to know the route, return from abroad).',
    },
  },
  {
    id: 'r15-2024.3-draft',
    vignetteSet: 'set-p',
    checklistVersion: '2024.3-r15',
    date: '2026-12-01',
    vignettes: 3,
    raters: 3,
    ratings: 180,
    fitRate: 0.55,
    alpha: 0.961,
    unanimous: 0.883,
    note: {
      nl: 'Ronde 15 mat een herschreven concept, dat niet is overgenomen. In dat concept regelde elke afspraak één kern in plaats van ‘het hele onderwerp’, was een terugblik een vastgelegde conclusie over de afspraak, en waren niveau 1 en 2 gebeurtenissen in de afgelopen twee jaar. Exact één niveau paste in 55% van de beoordelingen, minder dan in ronde 14. De oorzaken: niveau 1 tegen 2 (wie meldde of deed iets, 18 keer), wie een vaste partner is als een organisatie alleen bij sommige casussen aanschuift (2 tegen 3), en of een terugblik die tot een verbetering leidde een conclusie over de afspraak is (3 tegen 5). De checklist blijft de tekst van ronde 14.',
      en: 'Round 15 measured a rewritten draft, which was not adopted. In that draft each agreement settled one core instead of ‘the whole topic’, a review was a recorded conclusion about the agreement, and levels 1 and 2 were events in the past two years. Exactly one level fitted in 55% of ratings, fewer than in round 14. The causes: level 1 against 2 (who reported or did something, 18 times), who is a standing partner when an organisation joins only some cases (2 against 3), and whether a review that led to an improvement is a conclusion about the agreement (3 against 5). The checklist keeps the text of round 14.',
    },
  },
];

export const VALIDATION_GOALS = { fitRate: 0.9, alpha: 0.8, grade: 9 } as const;
