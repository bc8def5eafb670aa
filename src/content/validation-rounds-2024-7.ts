import type { ValidationRound } from './validation-types';
import { questionRound } from './validation-rounds-newest';

/** Checklist 2024.7 has 61 questions, the same ids as 2024.6. */
export const ON_2024_7 = { version: '2024.7', questions: 61 };

/** Rounds from 177: checklist 2024.7, with rules that decide what rounds 173 to 175 left to the rule for doubt. */
export const ROUNDS_2024_7: readonly ValidationRound[] = [
  questionRound(
    'r177-2024.7',
    'set-fv',
    { fitRate: 0.8451730418943534, alpha: 0.9903968028373643, unanimous: 0.9672131147540983 },
    {
      nl: 'Ronde 177, de eerste op versie 2024.7 (commit b778f42, vóór de controles 291 en 292), per vraag, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen (één beoordelaar stopte zonder resultaat; een nieuwe nam het over): 84,5% exact één niveau, alpha 0,990, 96,7% van de eenheden unaniem (vijf gemeenten met een nieuwe voorzitter en een nieuw format, een grote gemeente waar de PGA bij één ambtenaar ligt, zeven gemeenten die alles hebben maar het niet altijd volgen: 83%, 83% en 88%). Het doel is niet gehaald. Van de 85 twijfels kwamen er 51 door de woorden van de niveauteksten en 34 door een feit dat het vignet openliet. De meeste twijfels: in de gemeente met één ambtenaar of een notitie die alleen die ambtenaar schreef en gebruikt, door de nieuwe regel over de enige organisatie die elke melding weegt, een gezamenlijke afspraak is (twaalf oordelen bij wegen), en of een gemeenschap betrokken is als het vignet niet zegt of radicalisering bij iemand uit die gemeenschap voorkwam. Verwerkt: een tekst die maar één partner schreef, is pas vastgesteld met een besluit of handtekening; een gemeenschap is niet betrokken als de partners van geen geval daarin weten.',
      en: 'Round 177, the first on version 2024.7 (commit b778f42, before checks 291 and 292), per question, with three new writers and nine new raters, on round 51’s briefs with three new region profiles (one rater stopped without output; a new one took its place): 84.5% exactly one level, alpha 0.990, 96.7% of units unanimous (five municipalities with a new chair and a new template, a large municipality where the PGA rests with one official, seven municipalities that have everything but do not always follow it: 83%, 83% and 88%). The goal is not met. Of the 85 misfits, 51 were put down to the rubric’s words and 34 to a fact the vignette left open. Most doubts: in the municipality with one official, whether a memo only that official wrote and works by is a joint agreement under the new rule on the one organisation that assesses every signal (twelve ratings at assessment), and whether a community is concerned when the vignette does not say whether radicalisation involved someone from it. Acted on: a text only one partner wrote is adopted only by a decision or signature; a community is not concerned if the partners know of no case in it.',
    },
    '2026-12-07',
    ON_2024_7,
  ),
  questionRound(
    'r178-2024.7',
    'set-fu',
    { fitRate: 0.8979963570127505, alpha: 0.9804113002566281, unanimous: 0.9617486338797814 },
    {
      nl: 'Ronde 178, op versie 2024.7 (commit b778f42), met de drie vignetten van ronde 176 en negen andere nieuwe beoordelaars: een vergelijking van 2024.6 en 2024.7 op dezelfde regio’s. 89,8% exact één niveau, alpha 0,980, 96,2% van de eenheden unaniem (90%, 94% en 86%), precies zo vaak als in ronde 176 op 2024.6 (493 van 549). Het middelste niveau verschilde bij 2 van de 183 vragen: bij de meldroute van de sterke regio gaf de nieuwe regel over ‘hoe’ (de manier van melden) unaniem 3 in plaats van 5. De twijfels waren grotendeels dezelfde als in ronde 176 (of een afspraak om factoren ‘in kaart te brengen’ een keuze op basis daarvan is, welke informatie ‘nodig voor duiding en plan’ is, een afwijking bij een deel van een bepaling): de nieuwe regels gingen over twijfels uit eerdere rondes, en deze vignetten riepen andere op. Niet verwerkt.',
      en: 'Round 178, on version 2024.7 (commit b778f42), with round 176’s three vignettes and nine other new raters: a comparison of 2024.6 and 2024.7 on the same regions. 89.8% exactly one level, alpha 0.980, 96.2% of units unanimous (90%, 94% and 86%), exactly as often as round 176 on 2024.6 (493 of 549). The median level differed at 2 of the 183 questions: at the strong region’s reporting route, the new rule on ‘how’ (the means of reporting) gave a unanimous 3 instead of 5. The doubts were largely those of round 176 (whether an agreement to ‘map’ factors is a choice based on them, which information is ‘needed for interpretation and the plan’, a departure from part of a provision): the new rules addressed doubts from earlier rounds, and these vignettes raised others. Not acted on.',
    },
    '2026-12-07',
    ON_2024_7,
  ),
  questionRound(
    'r179-2024.7',
    'set-fw',
    { fitRate: 0.8670309653916212, alpha: 0.9667154708998775, unanimous: 0.9289617486338798 },
    {
      nl: 'Ronde 179, per vraag, op de tekst na de 128e lezing en controle 293 (commit 0f62729), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen (één beoordelaar stopte zonder resultaat; een nieuwe nam het over): 86,7% exact één niveau, alpha 0,967, 92,9% van de eenheden unaniem (vier gemeenten die hun casusoverleg delen met een buurregio, vijf gemeenten die vooral leunen op het zorgnetwerk van de GGZ, een grote stad die haar werkwijze net herzag: 91%, 78% en 91%). Het doel is niet gehaald. Rondes 177 tot en met 179 samen: 87,0%. Van de 73 twijfels kwamen er 50 door de woorden van de niveauteksten en 23 door een feit dat het vignet openliet. De meeste twijfels: in de zwakke regio of een tekst die een deel van wat de vraag noemt raakt, zoals ‘de psychiater beoordeelt of er een stoornis is’ bij wegen of ‘een doel per casus’ bij subdoelen, een deel regelt (tussen 1 en 2 of 2 en 3), en in de sterke stad of een bepaling die ‘één aangewezen partner’ noemt ook zegt wie aanwijst. Niet verwerkt.',
      en: 'Round 179, per question, on the text after the 128th reading and check 293 (commit 0f62729), with three new writers and nine new raters, on round 51’s briefs with three new region profiles (one rater stopped without output; a new one took its place): 86.7% exactly one level, alpha 0.967, 92.9% of units unanimous (four municipalities that share their case meeting with a neighbouring region, five municipalities that lean mainly on the mental health care network, a large city that has just revised its way of working: 91%, 78% and 91%). The goal is not met. Rounds 177 to 179 together: 87.0%. Of the 73 misfits, 50 were put down to the rubric’s words and 23 to a fact the vignette left open. Most doubts: in the weak region, whether a text that touches part of what the question asks, such as ‘the psychiatrist assesses whether there is a disorder’ at assessment or ‘one goal per case’ at sub-goals, covers a part (between 1 and 2, or 2 and 3); in the strong city, whether a provision naming ‘one designated partner’ also says who designates. Not acted on.',
    },
    '2026-12-07',
    ON_2024_7,
  ),
  questionRound(
    'r180-2024.7',
    'set-fx',
    { fitRate: 0.8597449908925319, alpha: 0.9696244961656908, unanimous: 0.9398907103825137 },
    {
      nl: 'Ronde 180, per vraag, op de tekst na de 129e lezing (commit 34c0ae6, vóór controle 294), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 86,0% exact één niveau, alpha 0,970, 94,0% van de eenheden unaniem (vijf gemeenten met een nieuw convenant en oude gewoonten, zes kleine gemeenten waar de politie alles doet, vier gemeenten die veel vastleggen en elk jaar alles bespreken: 90%, 80% en 87%). Het doel is niet gehaald. Rondes 177 tot en met 180 samen: 86,7%. Van de 77 twijfels kwamen er 68 door de woorden van de niveauteksten en 9 door een feit dat het vignet openliet. De meeste twijfels: in de sterke regio’s of een afwijking bij een deel van een bepaling bij deze vraag telt, zoals een secretaris die de besluiten typt terwijl de afspraak de procesregisseur noemt (tussen 3 en 5), en in de zwakke regio of een werkinstructie van de politie, de enige organisatie die elke melding weegt, voor de PGA is geschreven. Niet verwerkt.',
      en: 'Round 180, per question, on the text after the 129th reading (commit 34c0ae6, before check 294), with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 86.0% exactly one level, alpha 0.970, 94.0% of units unanimous (five municipalities with a new covenant and old habits, six small municipalities where the police do everything, four municipalities that write much down and discuss everything every year: 90%, 80% and 87%). The goal is not met. Rounds 177 to 180 together: 86.7%. Of the 77 misfits, 68 were put down to the rubric’s words and 9 to a fact the vignette left open. Most doubts: in the strong regions, whether a departure from part of a provision counts under this question, such as a secretary typing the decisions where the agreement names the process coordinator (between 3 and 5); in the weak region, whether a police work instruction, the police being the only organisation that assesses every signal, was written for the PGA. Not acted on.',
    },
    '2026-12-07',
    ON_2024_7,
  ),
];
