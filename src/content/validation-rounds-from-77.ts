import type { ValidationRound } from './validation-types';
import { questionRound } from './validation-rounds-newest';

/** Rounds from 77 on, on the same protocol as rounds 57 to 76 (validation-rounds-newest.ts). */
export const ROUNDS_FROM_77: readonly ValidationRound[] = [
  questionRound(
    'r77-2024.4',
    'set-bz',
    { fitRate: 0.8555555555555555, alpha: 0.9595820738323104, unanimous: 0.9277777777777778 },
    {
      nl: 'Ronde 77, per vraag, op de tekst na de eenenzestigste lezing, met drie nieuwe schrijvers en tien nieuwe beoordelaars (één stopte zonder resultaat), met de opdrachten van ronde 51: 85,6% exact één niveau, alpha 0,960, 92,8% van de eenheden unaniem (vier gemeenten, waarvan één het convenant van het Zorg- en Veiligheidshuis niet tekende, 91%; vijf gemeenten, waarvan één pas in maart 2026 meedeed, met een werkproces uit januari 2025 86%; vijf gemeenten met een werkproces, een trainingsplan en twee heidagen 80%). Rondes 72 tot en met 77 samen: 88,5%. Van de 78 twijfels kwamen er 58 door de woorden van de niveauteksten en 20 door een feit dat het vignet openliet. Daarna: wie besluit later te notificeren, ook buiten het casusoverleg, stelt uit; een besluit vooraf tot uitstel maakt een late notificatie bij de eerste vraag geen afwijking; werken zonder het format raakt geen regel uit een ander document; een plan met doelen die bij de betrokkene passen, zegt dat jullie subdoelen stellen; alleen zeggen hoe vaak jullie een casus bespreken, regelt niets van opnieuw duiden; een stuk dat alleen schriftelijk is vastgesteld, is geen terugblik.',
      en: 'Round 77, per question, on the text after the sixty-first reading, with three new writers and ten new raters (one stopped without a result), on round 51’s briefs: 85.6% exactly one level, alpha 0.960, 92.8% of units unanimous (four municipalities, one of which did not sign the Zorg- en Veiligheidshuis covenant, 91%; five municipalities, one of which joined only in March 2026, with a work process from January 2025 86%; five municipalities with a work process, a training plan and two away days 80%). Rounds 72 to 77 together: 88.5%. Of the 78 doubts, 58 came from the rubric’s words and 20 from a fact the vignette left open. Afterwards: whoever decides to notify later, also outside the case meeting, postpones; a decision in advance to postpone makes a late notification no departure under the first question; working without the format affects no rule from another document; a plan with goals that fit the person says you set sub-goals; saying only how often you discuss a case covers nothing of re-interpreting it; a document adopted only in writing is no review.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r78-2024.4',
    'set-ca',
    { fitRate: 0.8629629629629629, alpha: 0.9597664620072456, unanimous: 0.9277777777777778 },
    {
      nl: 'Ronde 78, per vraag, op de tekst na ronde 77, de tweeënzestigste lezing en de controle van de herschrijvingen, met drie nieuwe schrijvers en tien nieuwe beoordelaars (één stopte zonder resultaat), met de opdrachten van ronde 51: 86,3% exact één niveau, alpha 0,960, 92,8% van de eenheden unaniem (vier gemeenten met een werkinstructie uit 2017 87%, vijf gemeenten met een werkproces, een informatieprotocol en een stuurgroep zonder GGZ en wijkteams 87%, vijf gemeenten met een werkproces, een wegingskader en een sleutelfigurenkaart 86%). Rondes 72 tot en met 78 samen: 88,2%. Van de 74 twijfels kwamen er 51 door de woorden van de niveauteksten en 23 door een feit dat het vignet openliet. Daarna: vaste weegvragen tellen als criteria; een wettelijke grond naast een reden die geen wettelijke grond is, regelt een deel; een planformat telt bij de keuze van interventies alleen als het noemt waarop jullie letten; een werkproces zonder een stap met een eigen punt regelt niet alles; wie en waar regelt niets van de manier van vastleggen; een vastgesteld format zegt op zich niet dat jullie het helemaal invullen; een nieuwe versie van het veiligheidsbeeld die alle partners bespreken, is een terugblik; geen sleutelfiguren gevonden is geen afwijking.',
      en: 'Round 78, per question, on the text after round 77, the sixty-second reading and the check of the rewrites, with three new writers and ten new raters (one stopped without a result), on round 51’s briefs: 86.3% exactly one level, alpha 0.960, 92.8% of units unanimous (four municipalities with a 2017 work instruction 87%, five municipalities with a work process, an information protocol and a steering group without the mental health service and the social teams 87%, five municipalities with a work process, an assessment framework and a key-figure map 86%). Rounds 72 to 78 together: 88.2%. Of the 74 doubts, 51 came from the rubric’s words and 23 from a fact the vignette left open. Afterwards: set assessment questions count as criteria; a statutory ground beside a reason that is not one covers part; an action-plan format counts for choosing interventions only if it names what you look at; a work process without a step that has its own point does not cover everything; who and where cover nothing of the way of recording; an adopted format does not by itself say you fill it in completely; a new version of the security analysis that all partners discuss is a review; no key figures found is no departure.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r79-2024.4',
    'set-cb',
    { fitRate: 0.8870370370370371, alpha: 0.9674624294732336, unanimous: 0.9166666666666666 },
    {
      nl: 'Ronde 79, per vraag, op de tekst na ronde 78 en de drieënzestigste lezing, met drie nieuwe schrijvers en elf nieuwe beoordelaars (twee stopten zonder resultaat; van de twee die daarna tegelijk begonnen, telt wie het eerst klaar was), met de opdrachten van ronde 51: 88,7% exact één niveau, alpha 0,967, 91,7% van de eenheden unaniem (vier gemeenten met werkafspraken uit 2023 94%, vier gemeenten met een werkproces, een weegkader en een convenant 86%, vier gemeenten met een werkproces, een netwerkplan en een sociaal team dat meldingen over minderjarigen meeweegt 86%). Rondes 72 tot en met 79 samen: 88,2%. Van de 61 twijfels kwamen er 44 door de woorden van de niveauteksten en 17 door een feit dat het vignet openliet. Daarna: een organisatie die maar een deel van de meldingen meeweegt, hoort bij de weegploeg; de actielijst rondsturen is op zich geen taak van de procesregisseur; een afspraak om elke casus op vaste momenten te evalueren, regelt wanneer jullie opnieuw duiden.',
      en: 'Round 79, per question, on the text after round 78 and the sixty-third reading, with three new writers and eleven new raters (two stopped without a result; of the two who then started together, the first to finish counts), on round 51’s briefs: 88.7% exactly one level, alpha 0.967, 91.7% of units unanimous (four municipalities with working agreements from 2023 94%, four municipalities with a work process, an assessment framework and a covenant 86%, four municipalities with a work process, a network plan and a social team that assesses reports on minors 86%). Rounds 72 to 79 together: 88.2%. Of the 61 doubts, 44 came from the rubric’s words and 17 from a fact the vignette left open. Afterwards: an organisation that assesses only some reported signals is one of the assessment team; sending round the action list alone is no task of the process coordinator; an agreement to evaluate every case at set times covers when you re-interpret.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r80-2024.4',
    'set-cc',
    { fitRate: 0.924074074074074, alpha: 0.9798657756450357, unanimous: 0.9611111111111111 },
    {
      nl: 'Ronde 80, per vraag, op de tekst na ronde 79 en de controle van de herschrijvingen sinds ronde 77, met drie nieuwe schrijvers en tien nieuwe beoordelaars (één stopte zonder resultaat), met de opdrachten van ronde 51: 92,4% exact één niveau, alpha 0,980, 96,1% van de eenheden unaniem (vier gemeenten met een werkwijze uit 2019 95%, vier gemeenten met een werkproces, een convenant en een veiligheidsbeeld 93%, vijf gemeenten met een werkproces, een wegingskader en een privacyprotocol 89%). Rondes 72 tot en met 80 samen: 88,7%. Van de 41 twijfels kwamen er 29 door de woorden van de niveauteksten en 12 door een feit dat het vignet openliet. Na deze ronde is niets veranderd.',
      en: 'Round 80, per question, on the text after round 79 and the check of the rewrites since round 77, with three new writers and ten new raters (one stopped without a result), on round 51’s briefs: 92.4% exactly one level, alpha 0.980, 96.1% of units unanimous (four municipalities with a 2019 way of working 95%, four municipalities with a work process, a covenant and a security analysis 93%, five municipalities with a work process, an assessment framework and a privacy protocol 89%). Rounds 72 to 80 together: 88.7%. Of the 41 doubts, 29 came from the rubric’s words and 12 from a fact the vignette left open. Nothing changed after this round.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r81-2024.4',
    'set-cd',
    { fitRate: 0.9166666666666666, alpha: 0.9800069438589278, unanimous: 0.9611111111111111 },
    {
      nl: 'Ronde 81, per vraag, op dezelfde tekst als ronde 80, met drie nieuwe schrijvers en tien nieuwe beoordelaars (één stopte zonder resultaat), met de opdrachten van ronde 51: 91,7% exact één niveau, alpha 0,980, 96,1% van de eenheden unaniem (vier gemeenten waarvan één de PGA voor de regio uitvoert, met werkafspraken uit 2020 93%, vier gemeenten met een convenant, een werkproces en een informatieprotocol 97%, vier gemeenten met een convenant, een netwerkplan voor sleutelfiguren en een taakomschrijving van de procesregisseur 84%). Rondes 72 tot en met 81 samen: 89,0%. Van de 45 twijfels kwamen er 41 door de woorden van de niveauteksten en 4 door een feit dat het vignet openliet. Na deze ronde zijn geen regels veranderd; wel volgden de verbeteringen na de vierenzestigste lezing.',
      en: 'Round 81, per question, on the same text as round 80, with three new writers and ten new raters (one stopped without a result), on round 51’s briefs: 91.7% exactly one level, alpha 0.980, 96.1% of units unanimous (four municipalities of which one runs the PGA for the region, with working agreements from 2020 93%, four municipalities with a covenant, a work process and an information protocol 97%, four municipalities with a covenant, a network plan for key figures and a role description for the process coordinator 84%). Rounds 72 to 81 together: 89.0%. Of the 45 doubts, 41 came from the rubric’s words and 4 from a fact the vignette left open. No rule changed after this round; the fixes after the sixty-fourth reading followed.',
    },
    '2026-12-05',
  ),
  questionRound(
    'r82-2024.4',
    'set-ce',
    { fitRate: 0.912962962962963, alpha: 0.9864983676285405, unanimous: 0.95 },
    {
      nl: 'Ronde 82, per vraag, op de tekst na de vierenzestigste lezing en de controle van de herschrijvingen, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 91,3% exact één niveau, alpha 0,986, 95,0% van de eenheden unaniem (vier gemeenten met een ZVH-convenant uit 2019 en een werkwijze uit 2018 die één gemeente vaststelde 92%, vijf gemeenten met een convenant, een weeginstructie en een opleidingsplan 92%, vier gemeenten met een convenant, een informatieprotocol en een meldprotocol 90%). Voor het eerst haalden drie rondes op rij het doel. Rondes 72 tot en met 82 samen: 89,2%. Van de 47 twijfels kwamen er 33 door de woorden van de niveauteksten en 14 door een feit dat het vignet openliet. Na deze ronde is niets veranderd.',
      en: 'Round 82, per question, on the text after the sixty-fourth reading and the check of the rewrites, with three new writers and nine new raters, on round 51’s briefs: 91.3% exactly one level, alpha 0.986, 95.0% of units unanimous (four municipalities with a 2019 covenant of the Zorg- en Veiligheidshuis and a 2018 way of working that one municipality adopted 92%, five municipalities with a covenant, a weighing instruction and a training plan 92%, four municipalities with a covenant, an information protocol and a reporting protocol 90%). For the first time, three rounds in a row met the goal. Rounds 72 to 82 together: 89.2%. Of the 47 doubts, 33 came from the rubric’s words and 14 from a fact the vignette left open. Nothing changed after this round.',
    },
    '2026-12-05',
  ),
  questionRound(
    'r83-2024.4',
    'set-cf',
    { fitRate: 0.9092592592592592, alpha: 0.9742630406909889, unanimous: 0.95 },
    {
      nl: 'Ronde 83, per vraag, op de tekst na de vijfenzestigste lezing en de controle van de herschrijvingen, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 90,9% exact één niveau, alpha 0,974, 95,0% van de eenheden unaniem (vijf gemeenten met een ZVH-convenant uit 2021 en werkafspraken uit 2018 91%, vijf gemeenten met een convenant met informatieprotocol, een werkproces en een weegkader 93%, vijf gemeenten met een convenant, een privacyprotocol, een werkproces en een wegingskader 89%). Vier rondes op rij haalden het doel. Rondes 72 tot en met 83 samen: 89,4%. Van de 49 twijfels kwamen er 36 door de woorden van de niveauteksten en 13 door een feit dat het vignet openliet. Na deze ronde is niets veranderd.',
      en: 'Round 83, per question, on the text after the sixty-fifth reading and the check of the rewrites, with three new writers and nine new raters, on round 51’s briefs: 90.9% exactly one level, alpha 0.974, 95.0% of units unanimous (five municipalities with a 2021 covenant of the Zorg- en Veiligheidshuis and working agreements from 2018 91%, five municipalities with a covenant with an information protocol, a work process and an assessment framework 93%, five municipalities with a covenant, a privacy protocol, a work process and an assessment framework 89%). Four rounds in a row met the goal. Rounds 72 to 83 together: 89.4%. Of the 49 doubts, 36 came from the rubric’s words and 13 from a fact the vignette left open. Nothing changed after this round.',
    },
    '2026-12-05',
  ),
  questionRound(
    'r84-2024.4',
    'set-cg',
    { fitRate: 0.8759259259259259, alpha: 0.9730950120689488, unanimous: 0.9444444444444444 },
    {
      nl: 'Ronde 84, per vraag, op de tekst na de zesenzestigste lezing, de controle van de herschrijvingen en de regel dat uitstel van notificeren zonder uitzonderingsgrond een afwijking is, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 87,6% exact één niveau, alpha 0,973, 94,4% van de eenheden unaniem (vier gemeenten met een ZVH-convenant uit 2019 en een werkinstructie van één gemeente 89%, een regio met een werkproces, een weegkader en een privacyprotocol 88%, een regio met een ZVH-convenant, een werkproces, een meldroute en een weegkader 85%). Na vier rondes op rij haalde deze ronde het doel niet. Rondes 72 tot en met 84 samen: 89,2%. Van de 67 twijfels kwamen er 48 door de woorden van de niveauteksten en 19 door een feit dat het vignet openliet. De nieuwe notificatieregel gaf geen twijfel. Na deze ronde is niets veranderd.',
      en: 'Round 84, per question, on the text after the sixty-sixth reading, the check of the rewrites and the rule that a postponed notification without an exception ground is a departure, with three new writers and nine new raters, on round 51’s briefs: 87.6% exactly one level, alpha 0.973, 94.4% of units unanimous (four municipalities with a 2019 covenant of the Zorg- en Veiligheidshuis and one municipality’s work instruction 89%, a region with a work process, an assessment framework and a privacy protocol 88%, a region with a covenant of the Zorg- en Veiligheidshuis, a work process, a reporting route and an assessment framework 85%). After four rounds in a row, this round did not meet the goal. Rounds 72 to 84 together: 89.2%. Of the 67 doubts, 48 came from the rubric’s words and 19 from a fact the vignette left open. The new notification rule raised no doubt. Nothing changed after this round.',
    },
    '2026-12-05',
  ),
  questionRound(
    'r85-2024.4',
    'set-ch',
    { fitRate: 0.8703703703703703, alpha: 0.9547533770483063, unanimous: 0.9222222222222223 },
    {
      nl: 'Ronde 85, per vraag, op de tekst na de zesenzestigste lezing met de niveauzinnen ‘ook maar iets’ en ‘minstens een deel’, zonder de uitzondering die één training bij twee punten telde, en zonder ‘wie beslist bij onenigheid’ bij dui-onvolledig-beeld (na de controle van die herschrijvingen), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 87,0% exact één niveau, alpha 0,955, 92,2% van de eenheden unaniem (vier gemeenten met een ZVH-convenant en een werkwijze uit 2019 en stukken die alleen het ZVH of één gemeente vaststelde 92%, vier gemeenten met een ZVH-convenant met privacyprotocol, een werkproces en opleidingsafspraken die één gemeente niet vaststelde 89%, vier gemeenten met een PGA-convenant uit 2025, een werkproces, een wegingskader, een opleidingsplan en een veiligheidsbeeld 81%). Rondes 72 tot en met 85 samen: 89,1%; rondes 80 tot en met 85 samen: 90,2%. Van de 70 twijfels kwamen er 56 door de woorden van de niveauteksten en 14 door een feit dat het vignet openliet. De nieuwe niveauzinnen en de weggenomen uitzonderingen gaven geen twijfel. Vijf beoordelaars twijfelden of een formatregel die bij elke interventie het subdoel vraagt, regelt hoe interventies aansluiten. Na deze ronde kwamen de zevenenzestigste lezing, de controle van de herschrijvingen daarna, en een regel voor die formatregel.',
      en: 'Round 85, per question, on the text after the sixty-sixth reading with the level sentences ‘ook maar iets’ and ‘minstens een deel’, without the exception that counted one training course in two points, and without ‘who decides on disagreement’ in dui-onvolledig-beeld (after the check of those rewrites), with three new writers and nine new raters, on round 51’s briefs: 87.0% exactly one level, alpha 0.955, 92.2% of units unanimous (four municipalities with a 2019 covenant of the Zorg- en Veiligheidshuis, a 2019 way of working and papers that only the Zorg- en Veiligheidshuis or one municipality adopted 92%, four municipalities with a covenant with a privacy protocol, a work process and training agreements one municipality did not adopt 89%, four municipalities with a 2025 PGA covenant, a work process, an assessment framework, a training plan and a security picture 81%). Rounds 72 to 85 together: 89.1%; rounds 80 to 85 together: 90.2%. Of the 70 doubts, 56 came from the rubric’s words and 14 from a fact the vignette left open. The new level sentences and the removed exceptions raised no doubt. Five raters doubted whether a format rule asking for the sub-goal of each intervention covers how interventions fit. After this round came the sixty-seventh reading, the check of the rewrites after it, and a rule for that format rule.',
    },
    '2026-12-05',
  ),
];
