import type { ValidationRound } from './validation-types';

/** Rounds from 43 on (validation-rounds-question.ts has rounds 29 to 42): each question scored, three raters per
 *  vignette. */
export const LATEST_ROUNDS: readonly ValidationRound[] = [
  {
    id: 'r43-2024.4',
    vignetteSet: 'set-ar',
    checklistVersion: '2024.4',
    date: '2026-12-03',
    vignettes: 3,
    raters: 9,
    ratings: 540,
    fitRate: 0.8648148148148148,
    alpha: 0.9889564685146003,
    unanimous: 0.9611111111111111,
    unit: 'question',
    note: {
      nl: 'Ronde 43, per vraag, op de tekst na de achtendertigste lezing en ronde 42 (een zin die alleen iets toestaat, regelt niets; een afspraak telt alleen als haar woorden noemen waar de vraag naar vraagt; een eerste, halve termijn telt niet; ‘iemand’ bij wegen is wie in de weegploeg zit; een partner is een organisatie), met drie nieuwe schrijvers en negen nieuwe beoordelaars: 86,5% exact één niveau, alpha 0,989, 96,1% van de eenheden unaniem (zwak 81%, gemengd 87%, sterk 92%). De schrijvers kregen alleen de vragen en hun handelingen, niet de niveaus, en per vraag de opdracht om te zeggen wat is afgesproken, hoe vaak het is toegepast, of het op vaste momenten wordt besproken en of de handeling gebeurde. De twijfels: of een bredere regel in een deel over een ander punt ook deze vraag regelt (‘breng actuele informatie mee’), of een regel voor uitstel ook geldt als niemand uitstel besloot, of een algemene zin in een verder concrete tabel (‘delen wat nodig is’) een deel regelt, en feiten die het vignet openliet. Daarna: een bredere regel in een deel over een ander punt regelt deze vraag niet; een regel voor een situatie geldt ook als die zonder besluit ontstond.',
      en: 'Round 43, per question, on the text after the thirty-eighth reading and round 42 (a sentence that only allows something covers nothing; an agreement counts only if its words name what the question asks about; a first, partial term does not count; ‘someone’ in the assessment is whoever sits on the assessment team; a partner is an organisation), with three new writers and nine new raters: 86.5% exactly one level, alpha 0.989, 96.1% of units unanimous (weak 81%, mixed 87%, strong 92%). The writers had only the questions and their actions, not the levels, and for each question were asked to say what was agreed, how often it was applied, whether it is discussed at set times and whether the action happened. The doubts: whether a broader rule in a part about another point also covers this question (‘bring current information’), whether a rule for postponement applies when nobody decided to postpone, whether a general phrase in an otherwise concrete table (‘share what is needed’) covers a part, and facts the vignette left open. Since: a broader rule in a part about another point does not cover this question; a rule for a situation also applies if the situation arose without a decision.',
    },
  },
  {
    id: 'r44-2024.4',
    vignetteSet: 'set-as',
    checklistVersion: '2024.4',
    date: '2026-12-03',
    vignettes: 3,
    raters: 9,
    ratings: 540,
    fitRate: 0.8777777777777778,
    alpha: 0.9472529087896936,
    unanimous: 0.9444444444444444,
    unit: 'question',
    note: {
      nl: 'Ronde 44, per vraag, op de tekst na ronde 43 en de negenendertigste lezing (een bredere regel in een deel over een ander punt regelt de vraag niet; een regel voor een situatie geldt ook als die zonder besluit ontstond; de gewonere zinnen bij niveau 1, 2 en 5), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met dezelfde opdrachten als ronde 43: 87,8% exact één niveau, alpha 0,947, 94,4% van de eenheden unaniem (een plattelandsregio van zeven gemeenten 89%, sterk aan de veiligheidskant en mondeling aan de sociale kant 84%, sterk 91%). De twijfels: of iets wat net buiten een termijn viel een afwijking is (één dag te laat, een maand zonder overleg), of een afwijking in de onderbouwing ook telt bij de vraag wie vastlegt, of een terugblik op een document ook een afspraak in een ander document dekt, en of medewerkers van een partner die het werkproces niet kenden een afwijking zijn. Daarna: een afwijking telt bij de vraag over het deel van de regel dat niet is gevolgd. De veertigste lezing kwam na deze ronde; haar wijzigingen zijn nog niet gemeten.',
      en: 'Round 44, per question, on the text after round 43 and the thirty-ninth reading (a broader rule in a part about another point does not cover the question; a rule for a situation also applies if it arose without a decision; the plainer sentences at levels 1, 2 and 5), with three new writers and nine new raters, on the same briefs as round 43: 87.8% exactly one level, alpha 0.947, 94.4% of units unanimous (a rural region of seven municipalities 89%, strong on the security side and oral on the social side 84%, strong 91%). The doubts: whether something just outside a time limit is a departure (one day late, a month without a meeting), whether a departure in the reasons also counts for the question of who records, whether a review of one document covers an agreement in another, and whether a partner’s staff who did not know the work process are a departure. Since: a departure counts for the question about the part of the rule that was not followed. The fortieth reading came after this round; its changes are not yet measured.',
    },
  },
  {
    id: 'r45-2024.4',
    vignetteSet: 'set-at',
    checklistVersion: '2024.4',
    date: '2026-12-03',
    vignettes: 3,
    raters: 9,
    ratings: 540,
    fitRate: 0.9074074074074074,
    alpha: 0.9929395861231378,
    unanimous: 0.9777777777777777,
    unit: 'question',
    note: {
      nl: 'Ronde 45, per vraag, op de tekst na ronde 44 en de veertigste lezing (niveau 1 en 2 in de periode van de checklist; voortzetten onder herijken en afsluiten onder monitoren; regels per stap voor alle punten van die stap; een afwijking telt bij de vraag over het deel van de regel dat niet is gevolgd), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met dezelfde opdrachten: 90,7% exact één niveau, alpha 0,993, 97,8% van de eenheden unaniem (een grote gemeente met een PGA in opbouw 89%, een regio met een werkproces dat niet altijd wordt gevolgd 90%, sterk 93%). Voor het eerst op nieuwe vignetten boven het doel van 90%. De twijfels: of een instrument bij een start vóór de periode N.v.t. uitsluit, of één gemist gesprek of een bijeenkomst die is geschrapt een afwijking is, en of een termijn in dezelfde zin als ‘wie legt vast’ bij die vraag hoort. Daarna: de N.v.t.-regel bij het herhalen van een instrument telt ook een eerdere start van een casus die in de periode liep; twee gedeelde zinnen korter (‘in de periode’, ‘bijvoorbeeld over de vraag of’), zodat de kaarten op het projectiescherm passen.',
      en: 'Round 45, per question, on the text after round 44 and the fortieth reading (levels 1 and 2 in the checklist’s period; continuing under re-interpretation and closing under monitoring; step rules for every point of a step; a departure counts for the question about the part of the rule not followed), with three new writers and nine new raters, on the same briefs: 90.7% exactly one level, alpha 0.993, 97.8% of units unanimous (a large municipality building its PGA 89%, a region whose work process is not always followed 90%, strong 93%). The first round on new vignettes above the 90% goal. The doubts: whether an instrument at a start before the period rules out N/A, whether one missed meeting or a cancelled session is a departure, and whether a time limit in the same sentence as ‘who records’ belongs to that question. Since: the N/A rule on repeating an instrument counts an earlier start of a case that ran in the period; two shared sentences shorter (‘in de periode’, ‘bijvoorbeeld over de vraag of’), so that the cards fit the projector screen.',
    },
  },
  {
    id: 'r46-2024.4',
    vignetteSet: 'set-au',
    checklistVersion: '2024.4',
    date: '2026-12-03',
    vignettes: 3,
    raters: 9,
    ratings: 540,
    fitRate: 0.8166666666666667,
    alpha: 0.9658844475665435,
    unanimous: 0.9388888888888889,
    unit: 'question',
    note: {
      nl: 'Ronde 46, per vraag, op de tekst na de eenenveertigste lezing (elke vraag vraagt naar een afspraak; een afspraak tegen het rapport in telt alleen bij open vragen; een afspraak om een wettelijke plicht niet na te komen telt nooit), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met dezelfde opdrachten: 81,7% exact één niveau, alpha 0,966, 93,9% van de eenheden unaniem (een regio met bewuste afwijkingen van het rapport 85%, drie kleine gemeenten in een groter Zorg- en Veiligheidshuis 68%, sterk 92%). De afspraken tegen het rapport in gaven geen twijfel. De twijfels: of een document dat één persoon ‘namens de stuurgroep’ tekende een besluit van die stuurgroep is, en of een gezamenlijk sociaal team van drie gemeenten een eigen partner is (samen 15 van de 19 twijfels per beoordelaar bij het tweede vignet); of ‘de regie ligt bij de burgemeester’ zegt wie bij een impasse besluit; en of een overgeslagen hoofdstuk de terugblik op het hele werkproces wegneemt. Daarna: tekenen namens een stuurgroep telt als besluit van die stuurgroep; een team van een of meer gemeenten valt onder die gemeenten, tenzij het een eigen organisatie is; een zin over de regie zegt niet wie besluit; een overgeslagen deel neemt de terugblik weg bij een vraag waarvan dat deel iets regelt.',
      en: 'Round 46, per question, on the text after the forty-first reading (every question asks about an agreement; an agreement against the report counts only for open questions; an agreement not to meet a legal duty never counts), with three new writers and nine new raters, on the same briefs: 81.7% exactly one level, alpha 0.966, 93.9% of units unanimous (a region that deliberately departs from the report 85%, three small municipalities in a larger Zorg- en Veiligheidshuis 68%, strong 92%). The agreements against the report raised no doubt. The doubts: whether a document one person signed ‘on behalf of the steering group’ is a decision of that group, and whether a social team shared by three municipalities is a partner of its own (together 15 of each rater’s 19 doubts on the second vignette); whether ‘the mayor has the lead role’ says who decides at an impasse; and whether a skipped chapter removes the review of the whole work process. Since: signing on behalf of a steering group counts as its decision; a team of one or more municipalities falls under them unless it is an organisation of its own; a sentence on the lead role does not say who decides; a skipped part removes the review for a question that part covers.',
    },
  },
];
