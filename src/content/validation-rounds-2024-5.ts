import type { ValidationRound } from './validation-types';
import { questionRound } from './validation-rounds-newest';

/** Checklist 2024.5 has 61 questions. */
const ON_2024_5 = { version: '2024.5', questions: 61 };

/** Rounds from 140 on: checklist 2024.5, with the question on information per phase split in two. */
export const ROUNDS_2024_5: readonly ValidationRound[] = [
  questionRound(
    'r140-2024.5',
    'set-ek',
    { fitRate: 0.8743169398907104, alpha: 0.9804706926314118, unanimous: 0.9508196721311475 },
    {
      nl: 'Ronde 140, de eerste op versie 2024.5 (de vraag over informatie per fase gesplitst in delen en bewaren; één regel voor ‘alleen wie besluit’), op de tekst van commit 2b94e44, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 87,4% exact één niveau, alpha 0,980, 95,1% van de eenheden unaniem (een regio van zes gemeenten met een privacyprotocol dat delen regelt maar bewaren niet, een stad met een werkwijze waarin bij uitstel alleen de burgemeester besluit, een regio van elf gemeenten met een convenant over delen én bewaren: 89%, 77% en 97%). Het doel is niet gehaald. Van de 69 twijfels kwamen er 52 door de woorden van de niveauteksten en 17 door een feit dat het vignet openliet. De nieuwe vragen over delen en bewaren en de regel over ‘alleen wie besluit’ gaven geen twijfel. De meeste twijfels: een agendapunt met één casus erbij, zoals ‘impasse en monitoren (C8)’, als terugblik (achttien, bij zes vragen), en een casusoverleg dat een besluit van de burgemeester of de stuurgroep over een vastgelopen casus overnam (zes).',
      en: 'Round 140, the first on version 2024.5 (the question on information per phase split into sharing and keeping; one rule for ‘only who decides’), on the text of commit 2b94e44, with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 87.4% exactly one level, alpha 0.980, 95.1% of units unanimous (a region of six municipalities with a privacy protocol that covers sharing but not keeping, a city whose work process says only that the mayor decides on postponement, a region of eleven municipalities with a covenant on sharing and keeping: 89%, 77% and 97%). The goal is not met. Of the 69 doubts, 52 came from the rubric’s words and 17 from a fact the vignette left open. The new questions on sharing and keeping and the rule on ‘only who decides’ raised no doubt. The main doubts: an agenda item with one case attached, such as ‘impasse en monitoren (C8)’, as a review (eighteen, across six questions), and a case meeting that took over a decision by the mayor or the steering group on a stalled case (six).',
    },
    '2026-12-06',
    ON_2024_5,
  ),
  questionRound(
    'r141-2024.5',
    'set-el',
    { fitRate: 0.8870673952641166, alpha: 0.9776409495305901, unanimous: 0.9562841530054644 },
    {
      nl: 'Ronde 141, per vraag, op de tekst na controle 194 en de 106e lezing (de vraag over een instrument vraagt ‘wanneer’; partners zijn organisaties; een tekst alleen in het plan of dossier van een casus staat niet op papier; een volgorde alleen in een overzicht van alle stappen), op de tekst van commit 1beef55, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 88,7% exact één niveau, alpha 0,978, 95,6% van de eenheden unaniem (een regio van zeven gemeenten met een werkproces met een schema en een deel per stap, een stad met een algemene regel in het plan van één casus, een regio van negen gemeenten zonder stuurgroep: 91%, 90% en 85%). Het doel is net niet gehaald. Rondes 140 en 141 samen: 88,1%. Van de 62 twijfels kwamen er 45 door de woorden van de niveauteksten en 17 door een feit dat het vignet openliet. De vraag over een instrument gaf geen twijfel meer. De meeste twijfels: een weging zonder formulier (zeven, vooral feiten), een plan dat later werd vastgesteld dan de afspraak zegt, bij de vraag of doelen samen worden gesteld (zes), en meldingen die buiten de meldroute om gingen en een gemeente die de route niet rondstuurde (vijf elk).',
      en: 'Round 141, per question, on the text after check 194 and the 106th reading (the instrument question asks ‘when’; partners are organisations; a text only in a case’s plan or file is not in writing; an order only in an overview of all steps), on the text of commit 1beef55, with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 88.7% exactly one level, alpha 0.978, 95.6% of units unanimous (a region of seven municipalities with a work process with a chart and a part per step, a city with a general rule in one case’s plan, a region of nine municipalities without a steering group: 91%, 90% and 85%). The goal is just missed. Rounds 140 and 141 together: 88.1%. Of the 62 doubts, 45 came from the rubric’s words and 17 from a fact the vignette left open. The instrument question raised no doubt any more. The main doubts: an assessment without the form (seven, mostly facts), a plan adopted later than the agreement says, at the question whether goals are set together (six), and reports that bypassed the reporting route and a municipality that did not circulate the route (five each).',
    },
    '2026-12-06',
    ON_2024_5,
  ),
  questionRound(
    'r142-2024.5',
    'set-em',
    { fitRate: 0.8943533697632058, alpha: 0.9566980904004424, unanimous: 0.9453551912568307 },
    {
      nl: 'Ronde 142, per vraag, op de tekst na controle 196 en de twijfels van ronde 141 (een besluit van de burgemeester dat het casusoverleg als eigen besluit overnam; een agendapunt met een casus erbij; velden die elders horen, per stap), op de tekst van commit abdcfd3, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 89,4% exact één niveau, alpha 0,957, 94,5% van de eenheden unaniem (een regio van vier gemeenten met een stuurgroep van alleen burgemeesters, een stad met een werkproces met een deel over de start van de aanpak, een regio van tien kleine gemeenten: 86%, 91% en 91%). Het doel is net niet gehaald. Rondes 140 tot en met 142 samen: 88,5%. Van de 58 twijfels kwamen er 46 door de woorden van de niveauteksten en 12 door een feit dat het vignet openliet. De regels van ronde 140 over een overgenomen besluit en een agendapunt met een casus gaven geen twijfel meer. De meeste twijfels: beschermende factoren die bij de keuze niet werden genoemd (zes), en uitzonderingen op openheid (vijf).',
      en: 'Round 142, per question, on the text after check 196 and round 141’s doubts (a mayor’s decision the case meeting took over as its own; an agenda item with a case attached; the fields that belong elsewhere, per step), on the text of commit abdcfd3, with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 89.4% exactly one level, alpha 0.957, 94.5% of units unanimous (a region of four municipalities with a steering group of mayors only, a city whose work process has a section on the start of the approach, a region of ten small municipalities: 86%, 91% and 91%). The goal is just missed. Rounds 140 to 142 together: 88.5%. Of the 58 doubts, 46 came from the rubric’s words and 12 from a fact the vignette left open. Round 140’s rules on a decision taken over and an agenda item with a case raised no doubt any more. The main doubts: protective factors not named at the choice of interventions (six), and exceptions to openness (five).',
    },
    '2026-12-06',
    ON_2024_5,
  ),
  questionRound(
    'r143-2024.5',
    'set-en',
    { fitRate: 0.8852459016393442, alpha: 0.962261299965861, unanimous: 0.9398907103825137 },
    {
      nl: 'Ronde 143, per vraag, op de tekst na de 107e lezing en de controles 197 en 198 (de velden die elders horen in een eigen regel; een volgorde als regel over een stap naar wat de tekst bij die stap zegt), op de tekst van commit 470e313, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 88,5% exact één niveau, alpha 0,962, 94,0% van de eenheden unaniem (een regio van zes gemeenten met een werkproces in lopende tekst, een stad met een besluit voor alle casussen met minderjarigen in het verslag van één casus, een regio van twaalf kleine gemeenten met een heidag: 85%, 89% en 92%). Het doel is niet gehaald. Rondes 140 tot en met 143 samen: 88,5%. Van de 63 twijfels kwamen er 43 door de woorden van de niveauteksten en 20 door een feit dat het vignet openliet. De meeste twijfels: een regel in een jaarplan dat iedereen in één jaar een training volgt, als afspraak of als eenmalige actie (zeven), en beschermende factoren die bij de keuze van interventies niet werden genoemd (zes).',
      en: 'Round 143, per question, on the text after the 107th reading and checks 197 and 198 (the fields that belong elsewhere in a rule of their own; an order as a rule on a step by what the text on that step says), on the text of commit 470e313, with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 88.5% exactly one level, alpha 0.962, 94.0% of units unanimous (a region of six municipalities with a work process in running text, a city with a decision for all cases with minors in the minutes of one case, a region of twelve small municipalities with an away day: 85%, 89% and 92%). The goal is not met. Rounds 140 to 143 together: 88.5%. Of the 63 doubts, 43 came from the rubric’s words and 20 from a fact the vignette left open. The main doubts: a line in an annual plan that everyone takes a training in one year, as an agreement or a one-off action (seven), and protective factors not named when interventions were chosen (six).',
    },
    '2026-12-06',
    ON_2024_5,
  ),
  questionRound(
    'r144-2024.5',
    'set-eo',
    { fitRate: 0.8816029143897997, alpha: 0.9646803642038053, unanimous: 0.9453551912568307 },
    {
      nl: 'Ronde 144, per vraag, op de tekst na de twijfels van ronde 143 en de controles 199 en 200 (een regel in een plan voor een periode; beschermende factoren die bij een keuze niet werden genoemd; bij een impasse regelt één toegestaan besluit niets, welke voorwaarde er ook bij staat; een partner die de grond niet mag delen), op de tekst van commit 38f16af, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 88,2% exact één niveau, alpha 0,965, 94,5% van de eenheden unaniem (een regio van vijf gemeenten met een stuurgroep van alleen burgemeesters en een trainingsregel in een jaarplan, een stad met een bewaarbijlage die alleen zegt wie beslist, een regio van negen kleine gemeenten met veel mondelinge afspraken: 89%, 88% en 87%). Het doel is niet gehaald. Rondes 140 tot en met 144 samen: 88,5%. Van de 65 twijfels kwamen er 61 door de woorden van de niveauteksten en 4 door een feit dat het vignet openliet. De regels van ronde 143 over een jaarplan en over beschermende factoren gaven geen twijfel meer. De meeste twijfels: het dossierformat (zes: een formulier voor één stap in het format, en een agendapunt over lege velden), afsluiten na monitoren (vijf: voorwaarden die het casusoverleg per casus noemt, en een besluit dat iets te vroeg viel), welke informatie ‘nodig’ is per fase (vijf), en bewaren zonder fasen of in het systeem van de gemeente (vijf).',
      en: 'Round 144, per question, on the text after round 143’s doubts and checks 199 and 200 (a line in a plan for a period; protective factors not named at a choice; at an impasse one permitted decision covers nothing, whatever condition it names; a partner that may not share the ground), on the text of commit 38f16af, with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 88.2% exactly one level, alpha 0.965, 94.5% of units unanimous (a region of five municipalities with a steering group of mayors only and a training line in an annual plan, a city with a keeping annex that says only who decides, a region of nine small municipalities with many oral agreements: 89%, 88% and 87%). The goal is not met. Rounds 140 to 144 together: 88.5%. Of the 65 doubts, 61 came from the rubric’s words and 4 from a fact the vignette left open. Round 143’s rules on an annual plan and on protective factors raised no doubt any more. The main doubts: the case-file template (six: a form for one step inside the template, and an agenda item on empty fields), closing after monitoring (five: conditions the case meeting names per case, and a decision taken slightly early), which information is ‘needed’ per phase (five), and keeping without phases or in the municipality’s system (five).',
    },
    '2026-12-06',
    ON_2024_5,
  ),
];
