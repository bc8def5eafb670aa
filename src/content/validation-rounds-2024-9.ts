import type { ValidationRound } from './validation-types';
import { questionRound } from './validation-rounds-newest';

/** Checklist 2024.9 has 61 questions, the same ids as 2024.8. */
export const ON_2024_9 = { version: '2024.9', questions: 61 };

/** Rounds from 188: checklist 2024.9, where 'always followed' must be known. */
export const ROUNDS_2024_9: readonly ValidationRound[] = [
  questionRound(
    'r188-2024.9',
    'set-ge',
    { fitRate: 0.8979963570127505, alpha: 0.9755956434035238, unanimous: 0.9398907103825137 },
    {
      nl: 'Ronde 188, de eerste op versie 2024.9 (commit 5889e6a: ‘altijd gevolgd’ moet bekend zijn; wat niemand nagaat, telt niet als gevolgd), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen (één beoordelaar stopte zonder resultaat; een nieuwe nam het over): 89,8% exact één niveau, alpha 0,976, 94,0% van de eenheden unaniem (twee gemeenten waar één gemeente alles doet, vijf gemeenten met alles op papier maar een praktijk die per gemeente verschilt, zes gemeenten die per casus alles in één dossier vastleggen: 95%, 90% en 84%). Van de 56 twijfels kwamen er 40 door de woorden van de niveauteksten en 16 door een feit dat het vignet openliet. De meeste twijfels: of ‘niemand houdt het bij’ de afspraak al ‘niet altijd gevolgd’ maakt terwijl de termijn nog loopt; of een mondeling besluit naast een bepaling op papier de afspraak maar deels op papier zet; of een besluit op een grond buiten de weegcriteria, zoals een verhuizing, een afwijking is. Na deze ronde verwerkt: wat binnen een lopende termijn valt, telt nog niet mee.',
      en: 'Round 188, the first on version 2024.9 (commit 5889e6a: ‘always followed’ must be known; what nobody checks does not count as followed), with three new writers and nine new raters, on round 51’s briefs with three new region profiles (one rater stopped without output; a new one took its place): 89.8% exactly one level, alpha 0.976, 94.0% of units unanimous (two municipalities where one does everything, five municipalities with everything on paper but practice that differs per municipality, six municipalities that record everything per case in one file: 95%, 90% and 84%). Of the 56 misfits, 40 were put down to the rubric’s words and 16 to a fact the vignette left open. Most doubts: whether ‘nobody keeps track’ already makes the agreement ‘not always followed’ while its time limit is still running; whether an oral decision beside a written provision leaves the agreement only partly in writing; whether a decision on a ground outside the assessment criteria, such as a move, is a departure. Acted on after this round: what falls within a running time limit does not count yet.',
    },
    '2026-12-07',
    ON_2024_9,
  ),
  questionRound(
    'r189-2024.9',
    'set-gf',
    { fitRate: 0.8524590163934426, alpha: 0.9236383954940697, unanimous: 0.8852459016393442 },
    {
      nl: 'Ronde 189, op dezelfde tekst (commit 5889e6a), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 85,2% exact één niveau, alpha 0,924, 88,5% van de eenheden unaniem (drie gemeenten met een casusoverleg dat na een reorganisatie opnieuw begon en een oud protocol dat nooit is ingetrokken, vier gemeenten die signaleren en wegen hebben geregeld maar de latere stappen niet, acht gemeenten met één convenant met bijlagen: 81%, 90% en 85%). Rondes 188 tot en met 189 samen: 961 van 1.098 (87,5%). Van de 81 twijfels kwamen er 64 door de woorden van de niveauteksten en 17 door een feit dat het vignet openliet. De meeste twijfels: of een protocol uit 2019 nog telt nu het casusoverleg tussendoor stopte (daarna verwerkt, controle 302: het telt); of ‘Werkafspraken 2025’ een afspraak voor alleen 2025 was; of een vervanger die één keer meewoog lid van de weegploeg is. Verder niet verwerkt.',
      en: 'Round 189, on the same text (commit 5889e6a), with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 85.2% exactly one level, alpha 0.924, 88.5% of units unanimous (three municipalities whose case meeting started again after a reorganisation, with an old protocol never withdrawn, four municipalities with signalling and assessment arranged but not the later steps, eight municipalities with one covenant and its annexes: 81%, 90% and 85%). Rounds 188 to 189 together: 961 of 1,098 (87.5%). Of the 81 misfits, 64 were put down to the rubric’s words and 17 to a fact the vignette left open. Most doubts: whether a 2019 protocol still counts now that the case meeting stopped in between (acted on afterwards, check 302: it does); whether ‘Werkafspraken 2025’ was an agreement for 2025 only; whether a substitute who assessed once is a member of the assessment team. Otherwise not acted on.',
    },
    '2026-12-07',
    ON_2024_9,
  ),
  questionRound(
    'r190-2024.9',
    'set-gg',
    { fitRate: 0.8816029143897997, alpha: 0.9822124019799185, unanimous: 0.9508196721311475 },
    {
      nl: 'Ronde 190, op dezelfde tekst (commit 5889e6a), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 88,2% exact één niveau, alpha 0,982, 95,1% van de eenheden unaniem (vier kleine gemeenten die vooral op de wijkagent en één jongerenwerker leunen, zes gemeenten met een werkproces dat pas in juni 2026 is vastgesteld, drie gemeenten waar de procesregisseur per casus een controlelijst bijhoudt: 93%, 81% en 91%). Rondes 188 tot en met 190 samen: 1.445 van 1.647 (87,7%). Van de 65 twijfels kwamen er 36 door de woorden van de niveauteksten en 29 door een feit dat het vignet openliet. De meeste twijfels: of een deel van een afspraak waarover het vignet niets zegt, zoals één criterium bij elke herduiding, bekend gevolgd is, nu ‘altijd gevolgd’ bekend moet zijn; of een weging die steeds ‘wat we weten, wat ons zorgen baart’ langsloopt, met vaste vragen is; of een actielijst een dossierformat is. Niet verwerkt.',
      en: 'Round 190, on the same text (commit 5889e6a), with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 88.2% exactly one level, alpha 0.982, 95.1% of units unanimous (four small municipalities that rely mainly on the community police officer and one youth worker, six municipalities whose work process was adopted only in June 2026, three municipalities where the process coordinator keeps a checklist per case: 93%, 81% and 91%). Rounds 188 to 190 together: 1,445 of 1,647 (87.7%). Of the 65 misfits, 36 were put down to the rubric’s words and 29 to a fact the vignette left open. Most doubts: whether a part of an agreement the vignette says nothing about, such as one criterion at each re-assessment, is known to be followed, now that ‘always followed’ must be known; whether an assessment that always goes through ‘what we know, what worries us’ uses set questions; whether a list of actions is a case-file template. Not acted on.',
    },
    '2026-12-07',
    ON_2024_9,
  ),
  questionRound(
    'r191-2024.9',
    'set-gh',
    { fitRate: 0.8633879781420765, alpha: 0.9768432829509875, unanimous: 0.9453551912568307 },
    {
      nl: 'Ronde 191, op dezelfde tekst als ronde 188 (commit 5889e6a), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen (één beoordelaar stopte zonder resultaat; een nieuwe nam het over): 86,3% exact één niveau, alpha 0,977, 94,5% van de eenheden unaniem (vijf gemeenten die veel mondeling afspreken en waar alleen de gemeente een besluitenlijst bijhoudt, twee gemeenten die net het landelijke modelconvenant tekenden, negen gemeenten met alles op papier waar partners elkaar soms tegenspreken: 90%, 84% en 85%). Rondes 188 tot en met 191 samen: 1.919 van 2.196 (87,4%). Van de 75 twijfels kwamen er 51 door de woorden van de niveauteksten en 24 door een feit dat het vignet openliet. De meeste twijfels: of een gemeenschap betrokken is als het vignet niet zegt of de betrokkene erbij hoort; of een besluit om elke weging op een nooit vastgesteld formulier vast te leggen dat formulier vaststelt; of ‘hoe lang de casus wordt gemonitord’ een voorwaarde voor afsluiten is; in de sterke regio hoe een terugkerende termijn telt in het eerste jaar van een afspraak. Niet verwerkt.',
      en: 'Round 191, on the same text as round 188 (commit 5889e6a), with three new writers and nine new raters, on round 51’s briefs with three new region profiles (one rater stopped without output; a new one took its place): 86.3% exactly one level, alpha 0.977, 94.5% of units unanimous (five municipalities that agree much orally, where only the municipality keeps a list of decisions, two municipalities that have just signed the national model covenant, nine municipalities with everything on paper where partners sometimes contradict each other: 90%, 84% and 85%). Rounds 188 to 191 together: 1,919 of 2,196 (87.4%). Of the 75 misfits, 51 were put down to the rubric’s words and 24 to a fact the vignette left open. Most doubts: whether a community is concerned when the vignette does not say whether the person belongs to it; whether a decision to record each assessment on a form never adopted adopts that form; whether ‘how long the case is monitored’ is a condition for closing; in the strong region, how a recurring time limit counts in an agreement’s first year. Not acted on.',
    },
    '2026-12-07',
    ON_2024_9,
  ),
  questionRound(
    'r192-2024.9',
    'set-gi',
    { fitRate: 0.8834244080145719, alpha: 0.969995189140341, unanimous: 0.9289617486338798 },
    {
      nl: 'Ronde 192, de eerste op de tekst na controle 302 en de wijziging van not-afwijken (commit 89e2958), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen (twee beoordelaars stopten zonder resultaat; nieuwe namen het over): 88,3% exact één niveau, alpha 0,970, 92,9% van de eenheden unaniem (drie gemeenten waar de politie en één gemeente veel onderling regelen, zes gemeenten met een goed werkproces maar een privacyprotocol pas na een incident in 2026, zeven gemeenten waar de procesregisseur elk kwartaal een steekproef van casussen naloopt: 85%, 86% en 95%). Rondes 188 tot en met 192 samen: 2.404 van 2.745 (87,6%). Van de 64 twijfels kwamen er 47 door de woorden van de niveauteksten en 17 door een feit dat het vignet openliet. De meeste twijfels: of een keuze voor contact met een moskee uit 2021 nog meetelt bij niveau 1 en 2; of een regel op papier over vertrouwelijkheid mondelinge omgangsregels op papier zet; of ‘meldt elke drie maanden’ telt vanaf de start van het monitoren. Niet verwerkt.',
      en: 'Round 192, the first on the text after check 302 and the change to not-afwijken (commit 89e2958), with three new writers and nine new raters, on round 51’s briefs with three new region profiles (two raters stopped without output; new ones took their place): 88.3% exactly one level, alpha 0.970, 92.9% of units unanimous (three municipalities where the police and one municipality arrange much between them, six municipalities with a good work process but a privacy protocol only after an incident in 2026, seven municipalities where the process coordinator checks a sample of cases every quarter: 85%, 86% and 95%). Rounds 188 to 192 together: 2,404 of 2,745 (87.6%). Of the 64 misfits, 47 were put down to the rubric’s words and 17 to a fact the vignette left open. Most doubts: whether a choice of contact with a mosque made in 2021 still counts at levels 1 and 2; whether a written rule on confidentiality puts oral rules of conduct in writing; whether ‘reports every three months’ counts from the start of monitoring. Not acted on.',
    },
    '2026-12-07',
    ON_2024_9,
  ),
  questionRound(
    'r193-2024.9',
    'set-gj',
    { fitRate: 0.9107468123861566, alpha: 0.9708394250451123, unanimous: 0.9398907103825137 },
    {
      nl: 'Ronde 193, op dezelfde tekst als ronde 192 (commit 89e2958), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 91,1% exact één niveau, alpha 0,971, 94,0% van de eenheden unaniem (twee gemeenten die leunen op één ervaren wijkagent, met een oud convenant dat niemand gebruikt, acht gemeenten met twee casusoverleggen en één werkproces dat elk anders toepast, vijf gemeenten die hun werkproces in 2026 aanscherpten: 90%, 87% en 96%). Rondes 188 tot en met 193 samen: 2.904 van 3.294 (88,2%). Van de 49 twijfels kwamen er 36 door de woorden van de niveauteksten en 13 door een feit dat het vignet openliet. De meeste twijfels: of een format voor het plan met een doel naast elke interventie een afspraak is om interventies aan doelen te koppelen; of ‘tijdig’ melden van een vrijlating een termijn is; of een document van een stuurgroep zonder één partner voor de weging gezamenlijk is. Niet verwerkt.',
      en: 'Round 193, on the same text as round 192 (commit 89e2958), with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 91.1% exactly one level, alpha 0.971, 94.0% of units unanimous (two municipalities that rely on one experienced community police officer, with an old covenant nobody uses, eight municipalities with two case meetings and one work process each applies differently, five municipalities that tightened their work process in 2026: 90%, 87% and 96%). Rounds 188 to 193 together: 2,904 of 3,294 (88.2%). Of the 49 misfits, 36 were put down to the rubric’s words and 13 to a fact the vignette left open. Most doubts: whether a plan template with a goal beside each intervention is an agreement to link interventions to goals; whether reporting a release ‘in good time’ sets a time limit; whether a document of a steering group without one partner is joint for the assessment. Not acted on.',
    },
    '2026-12-07',
    ON_2024_9,
  ),
  questionRound(
    'r194-2024.9',
    'set-gk',
    { fitRate: 0.8961748633879781, alpha: 0.9787102983649024, unanimous: 0.9398907103825137 },
    {
      nl: 'Ronde 194, op de tekst na de honderdtweeëndertigste lezing en controle 303 (commit 6d1fbb0), met drie nieuwe schrijvers, een schrijfopdracht die ook vraagt hoe de partners weten dat een regel gevolgd is, en negen nieuwe beoordelaars, met drie nieuwe profielen (één beoordelaar stopte zonder resultaat; een nieuwe nam het over): 89,6% exact één niveau, alpha 0,979, 94,0% van de eenheden unaniem (drie gemeenten waar het casusoverleg vooral een informatieronde is, vijf gemeenten met een goed werkproces waar de partners per stap anders bijhouden wat ze doen, zes gemeenten die bij de jaarevaluatie per afspraak nagaan of die in elke casus gevolgd is: 87%, 90% en 92%). Rondes 188 tot en met 194 samen: 3.396 van 3.843 (88,4%). Van de 57 twijfels kwamen er 40 door de woorden van de niveauteksten en 17 door een feit dat het vignet openliet. De meeste twijfels: of een weging op het formulier waarbij een paar vragen open bleven de vaste vragen volgde; of ‘het casusoverleg stelt de doelen samen vast’ gevolgd is als één partner afwezig was; of naleving van omgangsregels die niemand bijhoudt bekend is. Niet verwerkt.',
      en: 'Round 194, on the text after the hundred-and-thirty-second reading and check 303 (commit 6d1fbb0), with three new writers, a writer brief that also asks how the partners know a rule was followed, and nine new raters, with three new region profiles (one rater stopped without output; a new one took its place): 89.6% exactly one level, alpha 0.979, 94.0% of units unanimous (three municipalities whose case meeting is mainly a round of information, five municipalities with a good work process where the partners keep track of each step differently, six municipalities that check at the yearly evaluation whether each agreement was followed in every case: 87%, 90% and 92%). Rounds 188 to 194 together: 3,396 of 3,843 (88.4%). Of the 57 misfits, 40 were put down to the rubric’s words and 17 to a fact the vignette left open. Most doubts: whether an assessment on the form with a few questions left open followed the set questions; whether ‘the case meeting sets the goals together’ was followed when one partner was absent; whether keeping to rules of conduct that nobody tracks is known. Not acted on.',
    },
    '2026-12-07',
    ON_2024_9,
  ),
  questionRound(
    'r195-2024.9',
    'set-gl',
    { fitRate: 0.8706739526411658, alpha: 0.95523089099952, unanimous: 0.9016393442622951 },
    {
      nl: 'Ronde 195, op dezelfde tekst en schrijfopdracht als ronde 194 (commit 6d1fbb0), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met drie nieuwe profielen: 87,1% exact één niveau, alpha 0,955, 90,2% van de eenheden unaniem (vier gemeenten met een nieuwe coördinator die eerdere mondelinge afspraken niet kent, zes gemeenten die notificeren en gegevensdeling in protocollen regelden maar doelen en interventies aan de casushouder laten, zeven gemeenten met een dossiersysteem dat per casus elke stap laat zien: 91%, 87% en 84%). Rondes 188 tot en met 195 samen: 3.874 van 4.392 (88,2%). Van de 71 twijfels kwamen er 58 door de woorden van de niveauteksten en 13 door een feit dat het vignet openliet. De meeste twijfels: of een mondeling besluit dat maar in één verslag staat nog telt; of een lijst van fasen in een privacyprotocol een werkproces is; of een bijlage over wat elke partner deelt, rollen beschrijft. Niet verwerkt.',
      en: 'Round 195, on the same text and writer brief as round 194 (commit 6d1fbb0), with three new writers and nine new raters, with three new region profiles: 87.1% exactly one level, alpha 0.955, 90.2% of units unanimous (four municipalities with a new coordinator who does not know earlier oral agreements, six municipalities that set out notification and data sharing in protocols but leave goals and interventions to the case holder, seven municipalities with a case-file system that shows every step per case: 91%, 87% and 84%). Rounds 188 to 195 together: 3,874 of 4,392 (88.2%). Of the 71 misfits, 58 were put down to the rubric’s words and 13 to a fact the vignette left open. Most doubts: whether an oral decision recorded in only one set of minutes still counts; whether a list of phases in a privacy protocol is a work process; whether an annex on what each partner shares describes roles. Not acted on.',
    },
    '2026-12-07',
    ON_2024_9,
  ),
  questionRound(
    'r196-2024.9',
    'set-gm',
    { fitRate: 0.8724954462659381, alpha: 0.9789594153390296, unanimous: 0.9508196721311475 },
    {
      nl: 'Ronde 196, de eerste op de tekst na de veertien regels die na ronde 194 en 195 één lezing kiezen, en na check 304 en 305 (commit 5304e97), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met drie nieuwe profielen: 87,2% exact één niveau, alpha 0,979, 95,1% van de eenheden unaniem (drie gemeenten met veel mondelinge afspraken en losse documenten, vijf gemeenten met een strak weegkader en casusformat maar rollen en gegevensdeling in de praktijk, acht gemeenten met een werkproces, convenant en privacyprotocol en een termijnenoverzicht: 95%, 80% en 87%). Rondes 188 tot en met 196 samen: 4.353 van 4.941 (88,1%). Van de 70 twijfels kwamen er 41 door de woorden van de niveauteksten en 29 door een feit dat het vignet openliet. De meeste twijfels: of één casusformat, dat ook het dossier is, een format voor het casusoverleg is; sinds wanneer een partner vast meedoet (het vignet liet dat open); of iets zonder termijn dat in twee jaar niet gebeurde een afwijking is; of geheimhouding een omgangsvorm is.',
      en: 'Round 196, the first on the text after the fourteen rules that choose one reading after rounds 194 and 195, and after checks 304 and 305 (commit 5304e97), with three new writers and nine new raters, with three new region profiles: 87.2% exactly one level, alpha 0.979, 95.1% of units unanimous (three municipalities with many oral agreements and loose documents, five municipalities with a strict assessment framework and case template but roles and sharing left to practice, eight municipalities with a work process, covenant and privacy protocol and a list of time limits: 95%, 80% and 87%). Rounds 188 to 196 together: 4,353 of 4,941 (88.1%). Of the 70 misfits, 41 were put down to the rubric’s words and 29 to a fact the vignette left open. Most doubts: whether one case template that is also the case file is a template for the case meeting; since when a partner took part on a standing basis (the vignette left it open); whether something without a time limit that did not happen in two years is a departure; whether confidentiality is a ground rule.',
    },
    '2026-12-07',
    ON_2024_9,
  ),
  questionRound(
    'r197-2024.9',
    'set-gn',
    { fitRate: 0.8214936247723132, alpha: 0.9817924326560805, unanimous: 0.9180327868852459 },
    {
      nl: 'Ronde 197, op dezelfde tekst als ronde 196 (commit 5304e97), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met drie nieuwe profielen: 82,1% exact één niveau, alpha 0,982, 91,8% van de eenheden unaniem (twee gemeenten waar één partner het meeste alleen regelt, zes gemeenten met een convenant waarvan niet altijd wordt bijgehouden of het gevolgd is, negen gemeenten met één werkproces en één dossiersysteem: 79%, 85% en 83%). Rondes 188 tot en met 197 samen: 4.804 van 5.490 (87,5%). Van de 98 twijfels kwamen er 71 door de woorden van de niveauteksten en 27 door een feit dat het vignet openliet. Eén beoordelaar had 28 twijfels door één vraag: is een werkinstructie die de organiserende gemeente alleen vaststelde, vóór de andere partners vast meededen, een gezamenlijke afspraak? Verder: of bij elk nieuw plan bekend is dat de afspraak gevolgd is (het vignet noemde alleen de eerste plannen).',
      en: 'Round 197, on the same text as round 196 (commit 5304e97), with three new writers and nine new raters, with three new region profiles: 82.1% exactly one level, alpha 0.982, 91.8% of units unanimous (two municipalities where one partner arranges most things alone, six municipalities with a covenant whose following is not always tracked, nine municipalities with one work process and one case-file system: 79%, 85% and 83%). Rounds 188 to 197 together: 4,804 of 5,490 (87.5%). Of the 98 misfits, 71 were put down to the rubric’s words and 27 to a fact the vignette left open. One rater had 28 doubts from one question: is a work instruction that the host municipality adopted alone, before the other partners took part on a standing basis, a joint agreement? Also: whether it is known that the agreement was followed for each new plan (the vignette named only the first plans).',
    },
    '2026-12-07',
    ON_2024_9,
  ),
  questionRound(
    'r198-2024.9',
    'set-go',
    { fitRate: 0.8888888888888888, alpha: 0.9893124294694087, unanimous: 0.9726775956284153 },
    {
      nl: 'Ronde 198, de laatste op 2024.9: op de tekst na de acht regels die na ronde 196 en 197 één lezing kiezen, na de 133e lezing en check 306 (commit 5f6dbaf), met een schrijfopdracht die ook vraagt sinds wanneer elke partner meedoet en naar elk plan en elke stand, met drie nieuwe schrijvers en negen nieuwe beoordelaars (twee vervangen), met drie nieuwe profielen: 88,9% exact één niveau, alpha 0,989, 97,3% van de eenheden unaniem (vier gemeenten waar de partners per casus afspreken en één coördinator alles bijhoudt, zes gemeenten met één casusformat als agenda en dossier, zeven gemeenten met een werkproces, een privacyprotocol en een termijnenlijst: 84%, 88% en 95%). Rondes 188 tot en met 198 samen: 5.292 van 6.039 (87,6%). Van de 61 twijfels kwamen er 48 door de woorden van de niveauteksten en 13 door een feit dat het vignet openliet. De meeste twijfels: of een algemene convenantzin (’partijen zorgen dat hun medewerkers kennis hebben’) een afspraak over training is; of ’zorgt voor de verslaglegging’ zegt wie besluiten vastlegt; of een format voor het plan van aanpak een dossierformat is.',
      en: 'Round 198, the last on 2024.9: on the text after the eight rules that choose one reading after rounds 196 and 197, the 133rd reading and check 306 (commit 5f6dbaf), with a writer brief that also asks since when each partner takes part and for every plan and update, with three new writers and nine new raters (two replaced), with three new region profiles: 88.9% exactly one level, alpha 0.989, 97.3% of units unanimous (four municipalities where the partners agree case by case and one coordinator keeps track, six municipalities with one case template as agenda and file, seven municipalities with a work process, a privacy protocol and a list of time limits: 84%, 88% and 95%). Rounds 188 to 198 together: 5,292 of 6,039 (87.6%). Of the 61 misfits, 48 were put down to the rubric’s words and 13 to a fact the vignette left open. Most doubts: whether a general covenant sentence (’the parties see to it that their staff have knowledge’) is an agreement on training; whether ’takes care of the minutes’ says who records decisions; whether a template for the action plan is a case-file template.',
    },
    '2026-12-07',
    ON_2024_9,
  ),
];
