import type { Text } from './types';
import type { ValidationRound } from './validation-types';

/** A round of the current protocol (from round 51): 2024.4, three vignettes, nine raters, each question scored. */
export function questionRound(
  id: string,
  vignetteSet: string,
  figures: Pick<ValidationRound, 'fitRate' | 'alpha' | 'unanimous'>,
  note: Text,
  date = '2026-12-03',
  on: { version: string; questions: number } = { version: '2024.4', questions: 60 },
): ValidationRound {
  return {
    id,
    vignetteSet,
    checklistVersion: on.version,
    date,
    vignettes: 3,
    raters: 9,
    // Three vignettes, three raters each, every question once.
    ratings: on.questions * 9,
    ...figures,
    unit: 'question',
    note,
  };
}

/** A comparison round: the same vignettes as a question round, rated on the partner text alone (not pooled). */
export function comparisonRound(...args: Parameters<typeof questionRound>): ValidationRound {
  return { ...questionRound(...args), rubricText: 'partner' };
}

/** Rounds 57 to 76 (validation-rounds-latest.ts has rounds 43 to 56; validation-rounds-from-77.ts the rounds after):
 *  each question scored, three raters per vignette. */
export const NEWEST_ROUNDS: readonly ValidationRound[] = [
  questionRound(
    'r57-2024.4',
    'set-bf',
    { fitRate: 0.8592592592592593, alpha: 0.9499930803486264, unanimous: 0.9166666666666666 },
    {
      nl: 'Ronde 57, per vraag, op de tekst na ronde 56 en de regels uit haar twijfels (een terugblik telt als de laatste keer in de afgelopen twee jaar was), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 85,9% exact één niveau, alpha 0,950, 91,7% van de eenheden unaniem (een regio met een convenant dat de partners op verschillende momenten tekenden 84%, een stad die werkt met mondelinge besluiten en een concept-werkproces 86%, een grote regio met een stuurgroep en een vaste evaluatie 88%). Van de 76 twijfels kwamen er 72 door de woorden van de niveauteksten. Ze gingen vooral over een besluit over één deel van een concept, een veld in een format, een plan dat alleen in een nieuw format werd overgezet, een zin die de keuze aan elke gemeente laat ‘op basis van het veiligheidsbeeld’, en wanneer een intrekking ‘speelt’. Daarna kwam voor elk een regel.',
      en: 'Round 57, per question, on the text after round 56 and the rules from its doubts (a review counts if its last time was within the past two years), with three new writers and nine new raters, on round 51’s briefs: 85.9% exactly one level, alpha 0.950, 91.7% of units unanimous (a region with a covenant the partners signed at different times 84%, a city working from oral decisions and a draft work process 86%, a large region with a steering group and a set evaluation 88%). Of the 76 doubts, 72 came from the rubric’s words. They were mostly about a decision on one part of a draft, a field in a format, a plan only copied into a new format, a sentence leaving the choice to each municipality ‘on the basis of the security picture’, and when a revocation ‘plays a part’. Each got a rule after the round.',
    },
  ),
  questionRound(
    'r58-2024.4',
    'set-bg',
    { fitRate: 0.8537037037037037, alpha: 0.9680505768693984, unanimous: 0.95 },
    {
      nl: 'Ronde 58, per vraag, op de tekst na ronde 57 en de achtenveertigste lezing (de niveauzinnen ‘regelt iets van waar de vraag over gaat’, ‘Wat voorgaat’ boven de twijfelgevallen), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 85,4% exact één niveau, alpha 0,968, 95,0% van de eenheden unaniem (een regio met een deels herzien werkproces en een gemeente die uittrad 91%, een gemeente met vooral gewoonten en e-mails 85%, een grote regio met een convenant en een deels overgeslagen evaluatie 81%). Van de 79 twijfels kwamen er 77 door de woorden van de niveauteksten. Geen twijfel van ronde 57 kwam terug. Nieuwe twijfels: een besluit van het casusoverleg dat zelf van de afspraak afwijkt, een afspraak die alleen zegt dát er subdoelen komen, een afspraak over wat één partner verwijdert, en termijnen die op één dag na gehaald werden. Daarna kwam voor de eerste drie een regel.',
      en: 'Round 58, per question, on the text after round 57 and the forty-eighth reading (the level sentences ‘regelt iets van waar de vraag over gaat’, ‘What comes first’ above the doubtful cases), with three new writers and nine new raters, on round 51’s briefs: 85.4% exactly one level, alpha 0.968, 95.0% of units unanimous (a region with a partly revised work process and a municipality that left 91%, a municipality working mostly from habits and e-mails 85%, a large region with a covenant and a partly skipped evaluation 81%). Of the 79 doubts, 77 came from the rubric’s words. No doubt of round 57 came back. New doubts: a case-meeting decision that itself departs from the agreement, an agreement that only says there will be sub-goals, an agreement on what one partner deletes, and time limits missed by one day. The first three got a rule after the round.',
    },
  ),
  questionRound(
    'r59-2024.4',
    'set-bh',
    { fitRate: 0.8740740740740741, alpha: 0.9558982696191138, unanimous: 0.9333333333333333 },
    {
      nl: 'Ronde 59, per vraag, op de tekst na ronde 58 en de negenenveertigste lezing (de niveauzinnen ‘Er is (geen) gezamenlijke afspraak over het onderwerp die (een deel van) de vraag regelt’), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 87,4% exact één niveau, alpha 0,956, 93,3% van de eenheden unaniem (een regio met een werkproces waar politie en OM voor gegevensdeling hun eigen instructies volgen 87%, een kleine gemeente met een jong overleg en afspraken in e-mails 89%, een regio met uitgebreide protocollen en een evaluatie om het jaar 86%). Van de 68 twijfels kwamen er 65 door de woorden van de niveauteksten, verspreid over veel vragen. Daarna: bij doelen die het casusoverleg samen vaststelt, is een afwezige partner wel een afwijking als de afspraak zegt dat alle betrokken partners erbij zijn.',
      en: 'Round 59, per question, on the text after round 58 and the forty-ninth reading (the level sentences ‘Er is (geen) gezamenlijke afspraak over het onderwerp die (een deel van) de vraag regelt’), with three new writers and nine new raters, on round 51’s briefs: 87.4% exactly one level, alpha 0.956, 93.3% of units unanimous (a region with a work process where police and OM follow their own instructions for data sharing 87%, a small municipality with a young case meeting and agreements in e-mails 89%, a region with extensive protocols and an evaluation every other year 86%). Of the 68 doubts, 65 came from the rubric’s words, spread over many questions. Since: for goals the case meeting sets together, an absent partner is a departure if the agreement says all partners involved are present.',
    },
  ),
  questionRound(
    'r60-2024.4',
    'set-bi',
    { fitRate: 0.8277777777777777, alpha: 0.9732991544156617, unanimous: 0.9611111111111111 },
    {
      nl: 'Ronde 60, per vraag, op de tekst na ronde 59 en de vijftigste lezing (de niveauzinnen ‘Er is over het onderwerp (geen) gezamenlijke afspraak die iets regelt van waar de vraag over gaat’), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 (één beoordelaar viel uit en is vervangen door een nieuwe): 82,8% exact één niveau, alpha 0,973, 96,1% van de eenheden unaniem (een regio met een werkproces dat de stuurgroep later bekrachtigde 80%, een gemeente met een interim-voorzitter en een verzette evaluatie 84%, een regio die na een kritisch rapport alles opnieuw vastlegde 84%). Van de 93 twijfels kwamen er 83 door de woorden van de niveauteksten. De meeste gingen over termijnen als ‘na zes maanden’ die in dagen net wel of net niet gehaald werden, en over een regel die pas in een nieuwe versie van een document kwam. Daarna kwam voor elk een algemene regel.',
      en: 'Round 60, per question, on the text after round 59 and the fiftieth reading (the level sentences ‘Er is over het onderwerp (geen) gezamenlijke afspraak die iets regelt van waar de vraag over gaat’), with three new writers and nine new raters, on round 51’s briefs (one rater failed and was replaced by a new one): 82.8% exactly one level, alpha 0.973, 96.1% of units unanimous (a region whose work process the steering group ratified later 80%, a municipality with an interim chair and a postponed evaluation 84%, a region that set everything down anew after a critical audit 84%). Of the 93 doubts, 83 came from the rubric’s words. Most were about time limits such as ‘after six months’ met or missed by days, and a rule that only came with a new version of a document. Each got a general rule after the round.',
    },
  ),
  questionRound(
    'r61-2024.4',
    'set-bj',
    { fitRate: 0.8722222222222222, alpha: 0.9956631361883698, unanimous: 0.9888888888888889 },
    {
      nl: 'Ronde 61, per vraag, op de tekst na ronde 60 en de regels uit haar twijfels (kalendermaanden, een regel die in een terugblik bijkwam, een verzet deel van een terugblik), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 43 (de kopieën in de repository misten de twee wijzigingen van ronde 51; nu bijgewerkt): 87,2% exact één niveau, alpha 0,996, 98,9% van de eenheden unaniem (een regio waar alleen de procesregisseur met de beschreven werkwijze werkt 83%, een regio met een nieuwe procesregisseur vanaf medio 2025 en een evaluatie van een deel van de hoofdstukken 92%, een grote regio met een stuurgroep zonder één vaste partner 87%). Van de 69 twijfels gingen er 8 over één vraag (de stappen van het werkproces). De twijfels van ronde 60 kwamen niet terug. Nieuwe twijfels: een oude contactlijst die nog in gebruik is, een document waar maar één partner mee zegt te werken, een jaarlijkse training die nog kan, en een instrument van vóór de periode. Daarna kwam voor de eerste vier een regel.',
      en: 'Round 61, per question, on the text after round 60 and the rules from its doubts (calendar months, a rule added in a review, part of a review moved to a later date), with three new writers and nine new raters, on round 43’s briefs (the repository’s copies lacked round 51’s two changes; now updated): 87.2% exactly one level, alpha 0.996, 98.9% of units unanimous (a region where only the process coordinator works with the written working method 83%, a region with a new process coordinator from mid-2025 and an evaluation of some chapters 92%, a large region with a steering group lacking one standing partner 87%). Of the 69 doubts, 8 were on one question (the work process’s steps). Round 60’s doubts did not come back. New doubts: an old contact list still in use, a document only one partner says it works with, a yearly training that can still happen, and an instrument from before the period. The first four got a rule after the round.',
    },
  ),
  questionRound(
    'r62-2024.4',
    'set-bk',
    { fitRate: 0.9111111111111111, alpha: 0.9673744413282886, unanimous: 0.95 },
    {
      nl: 'Ronde 62, per vraag, op de tekst na ronde 61 en de regels uit haar twijfels (met een document werken is doen wat erin staat, een lopende termijn bij afwezigen), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 91,1% exact één niveau, alpha 0,967, 95,0% van de eenheden unaniem (drie gemeenten met een convenant uit 2019, een kort werkdocument en één heidag 89%, negen gemeenten met een nieuw werkproces dat niet elke partner tekende 88%, zeven gemeenten die elk najaar het hele werkproces bespreken 96%). Het doel werd voor de derde keer op versie 2024.4 gehaald. Van de 48 twijfels kwamen er 41 door de woorden van de niveauteksten en 7 door een feit dat het vignet openliet. De twijfels van ronde 61 kwamen niet terug. Daarna kwam een regel voor een afspraak die ongewijzigd in een besproken document staat, voor een datum om een uitstel opnieuw te bekijken, en voor een impasse zonder dat woord.',
      en: 'Round 62, per question, on the text after round 61 and the rules from its doubts (working by a document is doing what it says, a running term for absentees), with three new writers and nine new raters, on round 51’s briefs: 91.1% exactly one level, alpha 0.967, 95.0% of units unanimous (three municipalities with a 2019 covenant, a short working document and one away day 89%, nine municipalities with a new work process not every partner signed 88%, seven municipalities that review the whole work process every autumn 96%). The goal was met for the third time on version 2024.4. Of the 48 doubts, 41 came from the rubric’s words and 7 from a fact the vignette left open. Round 61’s doubts did not come back. After the round, rules came for an agreement included unchanged in a reviewed document, a date for looking at a postponement again, and an impasse without that word.',
    },
  ),
  questionRound(
    'r63-2024.4',
    'set-bl',
    { fitRate: 0.8462962962962963, alpha: 0.9205226083900427, unanimous: 0.9111111111111111 },
    {
      nl: 'Ronde 63, per vraag, op de tekst na ronde 62, haar regels en de tweeënvijftigste lezing, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 84,6% exact één niveau, alpha 0,921, 91,1% van de eenheden unaniem (vijf plattelandsgemeenten met een oud convenant en een nooit vastgesteld concept 90%, een grote gemeente met twee kleine buren die haar stukken deels volgen 82%, tien gemeenten met een werkproces, bijlagen en een jaarlijkse evaluatie, en één spoedsituatie buiten het casusoverleg 82%). De 91,1% van ronde 62 hield geen stand. Van de 83 twijfels kwamen er 65 door de woorden van de niveauteksten en 18 door een feit dat het vignet openliet. Daarna: de weegploeg mag ook bij de weging zelf tot een uitzondering besluiten; bij een termijn per casus is een paar dagen te laat een afwijking.',
      en: 'Round 63, per question, on the text after round 62, its rules and the fifty-second reading, with three new writers and nine new raters, on round 51’s briefs: 84.6% exactly one level, alpha 0.921, 91.1% of units unanimous (five rural municipalities with an old covenant and a draft never adopted 90%, a large municipality with two small neighbours that follow its papers in part 82%, ten municipalities with a work process, annexes and a yearly evaluation, and one emergency outside the case meeting 82%). Round 62’s 91.1% did not hold. Of the 83 doubts, 65 came from the rubric’s words and 18 from a fact the vignette left open. Since: the assessment team may decide on an exception also at the assessment itself; for a per-case term, a few days late is a departure.',
    },
  ),
  questionRound(
    'r64-2024.4',
    'set-bm',
    { fitRate: 0.8777777777777778, alpha: 0.9849113121406644, unanimous: 0.9611111111111111 },
    {
      nl: 'Ronde 64, per vraag, op de tekst na ronde 63 en haar regels, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 87,8% exact één niveau, alpha 0,985, 96,1% van de eenheden unaniem (een stad met twee buren, een oud convenant en een e-mail met termijnen 83%, zes gemeenten met een Zorg- en Veiligheidshuis en een jaarplan 93%, drie gemeenten met een werkproces dat elk jaar onderdeel voor onderdeel besproken wordt 87%). Van de 66 twijfels kwamen er 59 door de woorden van de niveauteksten en 7 door een feit dat het vignet openliet. Van de regels van ronde 63 gaf alleen de uitzondering bij de weging zelf twijfel (of twee van de drie leden de weegploeg zijn). Daarna, met de drieënvijftigste lezing: een regel uit een ander document dan het niet gebruikte formulier, het moment van een besluit, ‘nog niets gepland’, een grond die niemand kan nagaan, een termijn bij het wegen, een rondje langs de partners, wie subdoelen vaststelt, wie voorzit, en de velden van het dossierformat.',
      en: 'Round 64, per question, on the text after round 63 and its rules, with three new writers and nine new raters, on round 51’s briefs: 87.8% exactly one level, alpha 0.985, 96.1% of units unanimous (a city with two neighbours, an old covenant and an e-mail with terms 83%, six municipalities with a Zorg- en Veiligheidshuis and an annual plan 93%, three municipalities with a work process reviewed part by part every year 87%). Of the 66 doubts, 59 came from the rubric’s words and 7 from a fact the vignette left open. Of round 63’s rules, only the exception at the assessment itself raised doubt (whether two of the three members are the assessment team). Since, with the fifty-third reading: a rule from a document other than the form not used, the moment of a decision, ‘nothing planned yet’, a ground nobody can check, a deadline for the assessment, a round of the partners, who sets sub-goals, who chairs, and the fields of the case-file format.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r65-2024.4',
    'set-bn',
    { fitRate: 0.9037037037037037, alpha: 0.9836078434386317, unanimous: 0.9722222222222222 },
    {
      nl: 'Ronde 65, per vraag, op de tekst na ronde 64, haar regels, de drieënvijftigste lezing en een controle van die herschrijvingen, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 90,4% exact één niveau, alpha 0,984, 97,2% van de eenheden unaniem (vier plattelandsgemeenten met een werkdocument dat niet alle partners vaststelden 86%, acht gemeenten met een werkproces en een casusformat dat een paar keer niet gebruikt is 94%, een grote stad met alles op papier en een jaarlijkse evaluatie 91%). Het doel werd voor de vierde keer op versie 2024.4 gehaald. Van de 52 twijfels kwamen er 41 door de woorden van de niveauteksten en 11 door een feit dat het vignet openliet. Van de regels na ronde 64 gaf alleen ‘samen vaststellen’ nog twijfel (‘met alle partners die een taak hebben’). Daarna: een veld met vaste keuzes is geen criterium, ‘niet standaard’ regelt een deel, een bespreking die de afspraak zelf voorschrijft is geen terugblik.',
      en: 'Round 65, per question, on the text after round 64, its rules, the fifty-third reading and a check of those rewrites, with three new writers and nine new raters, on round 51’s briefs: 90.4% exactly one level, alpha 0.984, 97.2% of units unanimous (four rural municipalities with a working document not all partners adopted 86%, eight municipalities with a work process and a case format not used a few times 94%, a large city with everything on paper and a yearly evaluation 91%). The goal was met for the fourth time on version 2024.4. Of the 52 doubts, 41 came from the rubric’s words and 11 from a fact the vignette left open. Of the rules after round 64, only ‘set together’ still raised doubt (‘with all partners that have a task’). Since: a field with set options is not a criterion, ‘not as standard’ covers part, a discussion the agreement itself prescribes is not a review.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r66-2024.4',
    'set-bo',
    { fitRate: 0.8722222222222222, alpha: 0.9741978037271315, unanimous: 0.9333333333333333 },
    {
      nl: 'Ronde 66, per vraag, op de tekst na ronde 65, haar regels en de vierenvijftigste lezing, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 87,2% exact één niveau, alpha 0,974, 93,3% van de eenheden unaniem (een gemeente alleen met een besluitenlijst en een notitie van de burgemeester 91%, vijf gemeenten met een procescoördinator, een herzien werkproces en een uitgevallen evaluatie 88%, twaalf gemeenten met een stuurgroep van alle partners en een jaarlijkse bespreking per hoofdstuk 83%). De 90,4% van ronde 65 hield geen stand. Van de 69 twijfels kwamen er 55 door de woorden van de niveauteksten en 14 door een feit dat het vignet openliet; de regels na ronde 65 gaven geen twijfel. Daarna: een casus zonder het format telt bij de vraag naar hetzelfde format, niet bij helemaal invullen.',
      en: 'Round 66, per question, on the text after round 65, its rules and the fifty-fourth reading, with three new writers and nine new raters, on round 51’s briefs: 87.2% exactly one level, alpha 0.974, 93.3% of units unanimous (one municipality with only a list of decisions and a mayor’s memo 91%, five municipalities with a process coordinator, a revised work process and a cancelled evaluation 88%, twelve municipalities with a steering group of all partners and a yearly review chapter by chapter 83%). Round 65’s 90.4% did not hold. Of the 69 doubts, 55 came from the rubric’s words and 14 from a fact the vignette left open; the rules after round 65 raised none. Since: a case without the format counts under the question on the same format, not under filling it in completely.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r67-2024.4',
    'set-bp',
    { fitRate: 0.8648148148148148, alpha: 0.9861921114596881, unanimous: 0.9555555555555556 },
    {
      nl: 'Ronde 67, per vraag, op de tekst na ronde 66, haar regel en een controle van de laatste herschrijvingen, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 86,5% exact één niveau, alpha 0,986, 95,6% van de eenheden unaniem (vier gemeenten met een werkwijze uit 2017 waar alleen de procesregisseur mee werkt 87%, vier gemeenten met een werkproces, een weegkader en een gemeente die pas in 2025 tekende 87%, vier gemeenten met een veiligheidsbeeld dat elk jaar opnieuw wordt vastgesteld 85%). Van de 73 twijfels kwamen er 58 door de woorden van de niveauteksten en 15 door een feit dat het vignet openliet. Daarna: een nieuwe versie of bespreking die de afspraak zelf voorschrijft, is alleen een terugblik als jullie bespreken of de afspraak werkt; een regel uit een terugblik die later is vastgesteld; met een document werken blijkt uit wat een partner doet; een algemene regel over afsluiten geldt ook na monitoren; ‘ieder zijn eigen wettelijke termijnen’ regelt niets.',
      en: 'Round 67, per question, on the text after round 66, its rule and a check of the last rewrites, with three new writers and nine new raters, on round 51’s briefs: 86.5% exactly one level, alpha 0.986, 95.6% of units unanimous (four municipalities with a 2017 way of working only the process coordinator works by 87%, four municipalities with a work process, an assessment framework and a municipality that signed only in 2025 87%, four municipalities with a security analysis adopted anew each year 85%). Of the 73 doubts, 58 came from the rubric’s words and 15 from a fact the vignette left open. Since: a new version or discussion the agreement itself prescribes is a review only if you discuss whether the agreement works; a rule that came out of a review and was adopted later; working by a document shows in what a partner does; a general rule on closing also applies after monitoring; ‘each its own legal terms’ covers nothing.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r68-2024.4',
    'set-bq',
    { fitRate: 0.9055555555555556, alpha: 0.9938908502556588, unanimous: 0.9833333333333333 },
    {
      nl: 'Ronde 68, per vraag, op de tekst na ronde 67, haar regels, de vijfenvijftigste lezing en een controle van die herschrijvingen, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 90,6% exact één niveau, alpha 0,994, 98,3% van de eenheden unaniem (vier gemeenten met een werkwijze en een privacyprotocol die vooral de procesregisseur uitvoert 97%, vier gemeenten met een werkproces met bijlagen en een weegkader 92%, vier gemeenten met een stuurgroep die een gemeente pas in maart 2025 opnam 83%). Het doel werd voor de vijfde keer op versie 2024.4 gehaald. Van de 51 twijfels kwamen er 36 door de woorden van de niveauteksten en 15 door een feit dat het vignet openliet. Daarna: een partner telt vanaf het moment dat die meedoet aan de PGA.',
      en: 'Round 68, per question, on the text after round 67, its rules, the fifty-fifth reading and a check of those rewrites, with three new writers and nine new raters, on round 51’s briefs: 90.6% exactly one level, alpha 0.994, 98.3% of units unanimous (four municipalities with a way of working and a privacy protocol carried out mostly by the process coordinator 97%, four municipalities with a work process with annexes and an assessment framework 92%, four municipalities with a steering group that a municipality joined only in March 2025 83%). The goal was met for the fifth time on version 2024.4. Of the 51 doubts, 36 came from the rubric’s words and 15 from a fact the vignette left open. Since: a partner counts from the moment it joins the PGA.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r69-2024.4',
    'set-br',
    { fitRate: 0.8833333333333333, alpha: 0.9802870250123403, unanimous: 0.9555555555555556 },
    {
      nl: 'Ronde 69, per vraag, op de tekst na ronde 68, haar regel, de zesenvijftigste lezing en een controle van die herschrijvingen, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 88,3% exact één niveau, alpha 0,980, 95,6% van de eenheden unaniem (vijf gemeenten met een werkwijze uit 2019 die drie partners vaststelden 91%, vier gemeenten met een bijlage die bij elk tussentijds duiden de subdoelen laat scoren 85%, vier gemeenten met bijna alles op papier en vaste gronden voor uitstel van notificeren 89%). Van de 63 twijfels kwamen er 42 door de woorden van de niveauteksten en 21 door een feit dat het vignet openliet. Daarna: werkt maar één partner met het deel over de vraag, dan telt dat deel niet; een format dat per subdoel vraagt of het is behaald, geeft een criterium; een verwijzing naar de wettelijke uitzonderingsgronden zegt op welke gronden jullie uitstellen; een afspraak die alleen de wet herhaalt, regelt niets van omgaan met wat niet gedeeld mag worden.',
      en: 'Round 69, per question, on the text after round 68, its rule, the fifty-sixth reading and a check of those rewrites, with three new writers and nine new raters, on round 51’s briefs: 88.3% exactly one level, alpha 0.980, 95.6% of units unanimous (five municipalities with a 2019 way of working three partners adopted 91%, four municipalities with an annex that scores the sub-goals each time a case is re-interpreted 85%, four municipalities with almost everything on paper and set grounds for postponing notification 89%). Of the 63 doubts, 42 came from the rubric’s words and 21 from a fact the vignette left open. Since: if only one partner works by the part on the question, that part does not count; a format that asks per sub-goal whether it was reached gives a criterion; a reference to the statutory exception grounds says on what grounds you postpone; an agreement that only repeats the law covers nothing of handling what may not be shared.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r70-2024.4',
    'set-bs',
    { fitRate: 0.8722222222222222, alpha: 0.9823085132750953, unanimous: 0.9444444444444444 },
    {
      nl: 'Ronde 70, per vraag, op de tekst na ronde 69, haar regels en de zevenenvijftigste lezing, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 87,2% exact één niveau, alpha 0,982, 94,4% van de eenheden unaniem (vier gemeenten met werkafspraken uit 2020 en een convenant dat in 2023 afliep 89%, vier gemeenten met een stuurgroep waarin één gemeente geen zetel heeft 86%, vier gemeenten met een werkwijze, een opleidingsplan en een veiligheidsbeeld die de stuurgroep elk jaar bespreekt 87%). Van de 69 twijfels kwamen er 51 door de woorden van de niveauteksten en 18 door een feit dat het vignet openliet. De regels na ronde 69 gaven alleen twijfel waar het vignet openliet of een tweede partner met een deel werkte (2). Na deze ronde is niets veranderd.',
      en: 'Round 70, per question, on the text after round 69, its rules and the fifty-seventh reading, with three new writers and nine new raters, on round 51’s briefs: 87.2% exactly one level, alpha 0.982, 94.4% of units unanimous (four municipalities with 2020 working agreements and a covenant that ran out in 2023 89%, four municipalities with a steering group in which one municipality has no seat 86%, four municipalities with a way of working, a training plan and a security analysis the steering group discusses each year 87%). Of the 69 doubts, 51 came from the rubric’s words and 18 from a fact the vignette left open. The rules after round 69 raised doubt only where the vignette left open whether a second partner worked by a part (2). Nothing changed after this round.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r71-2024.4',
    'set-bt',
    { fitRate: 0.8796296296296297, alpha: 0.976467347136409, unanimous: 0.9444444444444444 },
    {
      nl: 'Ronde 71, per vraag, op dezelfde tekst als ronde 70, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 88,0% exact één niveau, alpha 0,976, 94,4% van de eenheden unaniem (vier gemeenten met een werkwijze uit 2019 en een format dat de stuurgroep in 2020 vaststelde 94%, vier gemeenten met een convenant, een werkproces en een weegkader, en een zorgpartner die laat tekende 89%, vier gemeenten met een werkproces, een notitie sleutelfiguren en een stuurgroep die jaarlijks terugblikt 81%). Een herhaling op ongewijzigde tekst: ronde 70 gaf 87,2%. Van de 65 twijfels kwamen er 37 door de woorden van de niveauteksten en 28 door een feit dat het vignet openliet. Na deze ronde is niets veranderd.',
      en: 'Round 71, per question, on the same text as round 70, with three new writers and nine new raters, on round 51’s briefs: 88.0% exactly one level, alpha 0.976, 94.4% of units unanimous (four municipalities with a 2019 way of working and a format the steering group set in 2020 94%, four municipalities with a covenant, a work process and an assessment framework, and a care partner that signed late 89%, four municipalities with a work process, a key-figure memo and a steering group that reviews each year 81%). A repeat on unchanged text: round 70 gave 87.2%. Of the 65 doubts, 37 came from the rubric’s words and 28 from a fact the vignette left open. Nothing changed after this round.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r72-2024.4',
    'set-bu',
    { fitRate: 0.9055555555555556, alpha: 0.9826441483882877, unanimous: 0.9388888888888889 },
    {
      nl: 'Ronde 72, per vraag, op de tekst na ronde 71, met twee herschreven regels over de terugblik, twee uitleggen bij monitoren en de controle van de herschrijvingen na de zevenenvijftigste lezing, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 90,6% exact één niveau, alpha 0,983, 93,9% van de eenheden unaniem (vier gemeenten met een convenant uit 2019 dat één gemeente nooit tekende 89%, vijf gemeenten met werkafspraken uit 2025 en een weegkaart 93%, vijf gemeenten met een convenant, een werkproces en een weegkader die elk jaar in juni worden besproken 89%). Van de 51 twijfels kwamen er 46 door de woorden van de niveauteksten en 5 door een feit dat het vignet openliet. De agendapunten over de uitvoering, in ronde 70 goed voor 13 twijfels, gaven er geen. Sinds: de uitleg over waarom partners weinig delen volgt de regel over de terugblik; een regel om vóór de overgang naar monitoren het instrument te herhalen, hoort bij de vraag daarover.',
      en: 'Round 72, per question, on the text after round 71, with two review rules reworded, two monitoring helps and the check of the rewrites after the fifty-seventh reading, with three new writers and nine new raters, on round 51’s briefs: 90.6% exactly one level, alpha 0.983, 93.9% of units unanimous (four municipalities with a 2019 covenant one municipality never signed 89%, five municipalities with 2025 working agreements and a weighing card 93%, five municipalities with a covenant, a work process and a weighing framework discussed each June 89%). Of the 51 doubts, 46 came from the rubric’s words and 5 from a fact the vignette left open. The agenda items on implementation, 13 doubts in round 70, gave none. Since: the help on why partners share little follows the review rule; a rule to repeat the instrument before the move to monitoring belongs to the question on repeating it.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r73-2024.4',
    'set-bv',
    { fitRate: 0.8962962962962963, alpha: 0.9811607249412274, unanimous: 0.95 },
    {
      nl: 'Ronde 73, per vraag, op de tekst na ronde 72 en de achtenvijftigste lezing, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 89,6% exact één niveau, alpha 0,981, 95,0% van de eenheden unaniem (vier gemeenten met een convenant uit 2019 en een werkinstructie uit 2020 89%, vier gemeenten met een convenant, privacyprotocol en werkproces uit 2025 92%, vier gemeenten met een werkproces, een weegkader en afspraken over sleutelfiguren van de stuurgroep 88%). Rondes 72 en 73 samen: 90,1%. Van de 56 twijfels kwamen er 51 door de woorden van de niveauteksten en 5 door een feit dat het vignet openliet. Sinds: een grond voor uitstel van notificeren telt als die zegt wat notificeren zou schaden; het plan met de subdoelen opstellen in het casusoverleg is ze samen vaststellen; ‘bewaakt de afspraken’ zonder te zeggen wat de procesregisseur dan doet, is een algemene zin.',
      en: 'Round 73, per question, on the text after round 72 and the fifty-eighth reading, with three new writers and nine new raters, on round 51’s briefs: 89.6% exactly one level, alpha 0.981, 95.0% of units unanimous (four municipalities with a 2019 covenant and a 2020 work instruction 89%, four municipalities with a 2025 covenant, privacy protocol and work process 92%, four municipalities with a work process, a weighing framework and key-figure agreements set by the steering group 88%). Rounds 72 and 73 together: 90.1%. Of the 56 doubts, 51 came from the rubric’s words and 5 from a fact the vignette left open. Since: a ground for postponing notification counts if it says what notifying would harm; drawing up the plan with the sub-goals in the case meeting is setting them together; ‘keeps an eye on the agreements’ without saying what the process coordinator then does is a general sentence.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r74-2024.4',
    'set-bw',
    { fitRate: 0.8703703703703703, alpha: 0.9663853836560155, unanimous: 0.9166666666666666 },
    {
      nl: 'Ronde 74, per vraag, op de tekst na de negenenvijftigste lezing (vóór de aanpassingen na ronde 73), met drie nieuwe schrijvers en tien nieuwe beoordelaars (één stopte zonder resultaat), met de opdrachten van ronde 51: 87,0% exact één niveau, alpha 0,966, 91,7% van de eenheden unaniem (vier gemeenten met een werkwijze uit 2018 en een convenant uit 2019 91%, vier gemeenten met een werkproces van een stuurgroep waarin één gemeente geen zetel heeft 85%, vijf gemeenten met een convenant, een werkproces en een jaarlijks veiligheidsbeeld 86%). Rondes 72 tot en met 74 samen: 89,1%. Van de 70 twijfels kwamen er 63 door de woorden van de niveauteksten en 7 door een feit dat het vignet openliet. Sinds: het overleg organiseren is, net als voorzitten en de agenda maken, op zich geen taak van de procesregisseur; een document telt tot het is ingetrokken of vervangen, ook als niemand meer doet wat erin staat, zodat een genegeerde afspraak op papier niveau 3 is.',
      en: 'Round 74, per question, on the text after the fifty-ninth reading (before the changes after round 73), with three new writers and ten new raters (one stopped without a result), on round 51’s briefs: 87.0% exactly one level, alpha 0.966, 91.7% of units unanimous (four municipalities with a 2018 way of working and a 2019 covenant 91%, four municipalities with a work process from a steering group in which one municipality has no seat 85%, five municipalities with a covenant, a work process and a yearly security analysis 86%). Rounds 72 to 74 together: 89.1%. Of the 70 doubts, 63 came from the rubric’s words and 7 from a fact the vignette left open. Since: organising the meeting, like chairing and setting the agenda, is no task of the process coordinator on its own; a document counts until it is withdrawn or replaced, even if nobody does what it says any more, so an ignored agreement on paper is level 3.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r75-2024.4',
    'set-bx',
    { fitRate: 0.8796296296296297, alpha: 0.9754596485903504, unanimous: 0.9444444444444444 },
    {
      nl: 'Ronde 75, per vraag, op de tekst na ronde 74, de zestigste lezing en één regel voor een afspraak die niemand toepast, met drie nieuwe schrijvers en tien nieuwe beoordelaars (één stopte zonder resultaat), met de opdrachten van ronde 51: 88,0% exact één niveau, alpha 0,975, 94,4% van de eenheden unaniem (vier gemeenten met een werkinstructie die één burgemeester in zijn eigen driehoek vaststelde 90%, vier gemeenten met een werkproces uit 2024 en een stuurgroep die jaarlijks besluit 87%, vijf gemeenten met een werkproces, een veiligheidsbeeld met sleutelfiguren en een privacyprotocol die elk jaar in juni worden besproken 87%). Rondes 72 tot en met 75 samen: 88,8%. Van de 65 twijfels kwamen er 40 door de woorden van de niveauteksten en 25 door een feit dat het vignet openliet. De regel dat een document telt tot het is ingetrokken, verlopen of vervangen, gaf geen twijfel. Na deze ronde is niets veranderd.',
      en: 'Round 75, per question, on the text after round 74, the sixtieth reading and one rule for an agreement nobody applies, with three new writers and ten new raters (one stopped without a result), on round 51’s briefs: 88.0% exactly one level, alpha 0.975, 94.4% of units unanimous (four municipalities with a work instruction one mayor adopted in his own triangle 90%, four municipalities with a 2024 work process and a steering group that decides yearly 87%, five municipalities with a work process, a security analysis with key figures and a privacy protocol discussed each June 87%). Rounds 72 to 75 together: 88.8%. Of the 65 doubts, 40 came from the rubric’s words and 25 from a fact the vignette left open. The rule that a document counts until it is withdrawn, expires or is replaced raised no doubt. Nothing changed after this round.',
    },
    '2026-12-04',
  ),
  questionRound(
    'r76-2024.4',
    'set-by',
    { fitRate: 0.9018518518518519, alpha: 0.9828416175190325, unanimous: 0.9611111111111111 },
    {
      nl: 'Ronde 76, per vraag, op de tekst na ronde 75 en de controle van de herschrijvingen van deze ronde van werk, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 90,2% exact één niveau, alpha 0,983, 96,1% van de eenheden unaniem (vier gemeenten met een werkwijze uit 2018 en een convenant uit 2019 90%, vier gemeenten met een werkproces uit 2024 en een evaluatie elke november 89%, vier gemeenten met een convenant gegevensdeling, werkafspraken en een plan voor sleutelfiguren 91%). Rondes 72 tot en met 76 samen: 89,1%. Van de 53 twijfels kwamen er 42 door de woorden van de niveauteksten en 11 door een feit dat het vignet openliet. Na deze ronde is niets veranderd.',
      en: 'Round 76, per question, on the text after round 75 and the check of this stop’s rewrites, with three new writers and nine new raters, on round 51’s briefs: 90.2% exactly one level, alpha 0.983, 96.1% of units unanimous (four municipalities with a 2018 way of working and a 2019 covenant 90%, four municipalities with a 2024 work process and an evaluation each November 89%, four municipalities with a data-sharing covenant, working agreements and a key-figure plan 91%). Rounds 72 to 76 together: 89.1%. Of the 53 doubts, 42 came from the rubric’s words and 11 from a fact the vignette left open. Nothing changed after this round.',
    },
    '2026-12-04',
  ),
];
