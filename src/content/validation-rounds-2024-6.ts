import type { ValidationRound } from './validation-types';
import { comparisonRound, questionRound } from './validation-rounds-newest';

/** Checklist 2024.6 has 61 questions, the same ids as 2024.5. */
export const ON_2024_6 = { version: '2024.6', questions: 61 };

/** Rounds from 173: checklist 2024.6, with plainer questions and the active level sentence. */
export const ROUNDS_2024_6: readonly ValidationRound[] = [
  questionRound(
    'r173-2024.6',
    'set-fr',
    { fitRate: 0.8233151183970856, alpha: 0.9738969623361797, unanimous: 0.9234972677595629 },
    {
      nl: 'Ronde 173, de eerste op versie 2024.6 (de eenvoudiger vragen en de actieve niveauzin, na de controles 284 en 285, commit fbc69f4), per vraag, met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 82,3% exact één niveau, alpha 0,974, 92,3% van de eenheden unaniem (zeven plattelandsgemeenten waar de PGA bij de politie is blijven hangen, vier gemeenten met een goede praktijk maar weinig op papier, een grote gemeente met een nieuwe werkwijze die nog niet overal landt: 78%, 93% en 75%). Het doel is niet gehaald. Van de 97 twijfels kwamen er 76 door de woorden van de niveauteksten en 21 door een feit dat het vignet openliet. In het sterke vignet twijfelden de beoordelaars bij 41 oordelen tussen 3 en 5: of professionals of casussen die de nieuwe werkwijze nog niet volgden, een afwijking zijn. In het zwakke vignet ging het vooral om een tekst die maar twee partners tekenden, en om een casus die niet meer op de agenda staat terwijl de politie die nog volgt (N.v.t. of 1). Dezelfde vignetten gingen ook naar negen andere beoordelaars met alleen de tekst voor partners (ronde 173p). Niet verwerkt.',
      en: 'Round 173, the first on version 2024.6 (the plainer questions and the active level sentence, after checks 284 and 285, commit fbc69f4), per question, with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 82.3% exactly one level, alpha 0.974, 92.3% of units unanimous (seven rural municipalities where the PGA stayed with the police, four municipalities with good practice but little in writing, a large municipality whose new way of working has not yet landed everywhere: 78%, 93% and 75%). The goal is not met. Of the 97 misfits, 76 were put down to the rubric’s words and 21 to a fact the vignette left open. In the strong vignette the raters hesitated between 3 and 5 in 41 ratings: whether professionals or cases not yet following the new way of working are departures. In the weak vignette the doubts were mostly about a text only two partners signed, and a case no longer on the agenda while the police still follow it (N/A or 1). The same vignettes also went to nine other raters with the partner text alone (round 173p). Not acted on.',
    },
    '2026-12-07',
    ON_2024_6,
  ),
  comparisonRound(
    'r173p-2024.6',
    'set-fr',
    { fitRate: 0.8306010928961749, alpha: 0.9856159028225324, unanimous: 0.9453551912568307 },
    {
      nl: 'Ronde 173p, een vergelijking zoals ronde 172p: dezelfde drie vignetten als ronde 173, met negen andere nieuwe beoordelaars die alleen de tekst kregen die partners zien zonder iets open te klappen: 83,1% exact één niveau, alpha 0,986, 94,5% van de eenheden unaniem (80%, 92% en 77%). Weer waren de beoordelaars zonder de ingeklapte regels even vaak zeker. Bij 13 van de 183 vragen verschilde het middelste niveau van de twee groepen, bij 6 twee niveaus of meer. Deze ronde telt niet mee in de cijfers van de versie.',
      en: 'Round 173p, a comparison like round 172p: the same three vignettes as round 173, with nine other new raters who got only the text partners see without unfolding anything: 83.1% exactly one level, alpha 0.986, 94.5% of units unanimous (80%, 92% and 77%). Again the raters without the folded rules were as often certain. At 13 of the 183 questions the median levels of the two groups differed, at 6 by two levels or more. This round does not count in the version’s figures.',
    },
    '2026-12-07',
    ON_2024_6,
  ),
  questionRound(
    'r174-2024.6',
    'set-fs',
    { fitRate: 0.8342440801457195, alpha: 0.9790359725455087, unanimous: 0.9508196721311475 },
    {
      nl: 'Ronde 174, per vraag, op de tekst na de 125e lezing, de controles 286 en 287 en de nieuwe namen van de ingeklapte regels (‘bijzondere gevallen’; commit f9c9bfb), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 83,4% exact één niveau, alpha 0,979, 95,1% van de eenheden unaniem (acht gemeenten die net twee casusoverleggen samenvoegden, één gemeente die de PGA vooral via het sociaal domein doet, vijf gemeenten met veel ervaring en een paar bewuste afwijkingen: 85%, 80% en 85%). Het doel is niet gehaald. Rondes 173 en 174 samen: 82,9%. Van de 91 twijfels kwamen er 74 door de woorden van de niveauteksten en 17 door een feit dat het vignet openliet. De meeste twijfels: in de ene gemeente of een document van alleen het college, of van alleen de stichting die het overleg voorzit, een gezamenlijke afspraak is (bij tien vragen), en in de sterke regio of een afwijking bij een deel van de casussen er een is (tussen 3 en 5). Niet verwerkt.',
      en: 'Round 174, per question, on the text after the 125th reading, checks 286 and 287 and the new names of the collapsed rules (‘special cases’; commit f9c9bfb), with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 83.4% exactly one level, alpha 0.979, 95.1% of units unanimous (eight municipalities that had just merged two case meetings, one municipality that runs the PGA mainly through its social domain, five municipalities with much experience and a few deliberate departures: 85%, 80% and 85%). The goal is not met. Rounds 173 and 174 together: 82.9%. Of the 91 misfits, 74 were put down to the rubric’s words and 17 to a fact the vignette left open. Most doubts: in the single municipality, whether a document of the executive alone, or of the foundation that chairs the meeting alone, is a joint agreement (at ten questions), and in the strong region whether a departure in some cases is one (between 3 and 5). Not acted on.',
    },
    '2026-12-07',
    ON_2024_6,
  ),
  questionRound(
    'r175-2024.6',
    'set-ft',
    { fitRate: 0.8888888888888888, alpha: 0.9825815287780251, unanimous: 0.9562841530054644 },
    {
      nl: 'Ronde 175, per vraag, op de laatste tekst van deze sessie (na de 127e lezing en controle 290, commit 8ea3f0b), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 88,9% exact één niveau, alpha 0,983, 95,6% van de eenheden unaniem (vijf gemeenten die veel mondeling regelen en waar het OM vaak ontbreekt, drie gemeenten die net beginnen, een grote stad die alles vastlegt en elk kwartaal controleert: 88%, 91% en 88%). Het doel is niet gehaald. Rondes 173 tot en met 175 samen: 84,9%. Van de 61 twijfels kwamen er 46 door de woorden van de niveauteksten en 15 door een feit dat het vignet openliet. De meeste twijfels: in de grote stad of een afwijking die de controle vond, bij deze vraag telt (tussen 3 en 5), en in de beginnende regio of één handeling van één persoon, zoals een gesprek of een eigen keuze van jaren terug, meetelt (tussen 1 en 2). Niet verwerkt.',
      en: 'Round 175, per question, on this session’s last text (after the 127th reading and check 290, commit 8ea3f0b), with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 88.9% exactly one level, alpha 0.983, 95.6% of units unanimous (five municipalities that settle much orally and where the Public Prosecution Service is often absent, three municipalities just starting, a large city that writes everything down and checks every quarter: 88%, 91% and 88%). The goal is not met. Rounds 173 to 175 together: 84.9%. Of the 61 misfits, 46 were put down to the rubric’s words and 15 to a fact the vignette left open. Most doubts: in the large city whether a departure its check found counts under this question (between 3 and 5), and in the starting region whether one act of one person, such as a conversation or a choice made years ago, counts (between 1 and 2). Not acted on.',
    },
    '2026-12-07',
    ON_2024_6,
  ),
  questionRound(
    'r176-2024.6',
    'set-fu',
    { fitRate: 0.8979963570127505, alpha: 0.9691532753081097, unanimous: 0.9453551912568307 },
    {
      nl: 'Ronde 176, per vraag, op de laatste tekst van versie 2024.6 (commit 7b3eccf), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 89,8% exact één niveau, alpha 0,969, 94,5% van de eenheden unaniem (zes gemeenten die elk anders werken, vier plattelandsgemeenten die vooral mondeling werken, drie gemeenten met veel op papier en bewuste afwijkingen waar de wet dat vraagt: 91%, 96% en 83%). Het doel is net niet gehaald. Rondes 173 tot en met 176 samen: 86,1%. Van de 56 twijfels kwamen er 36 door de woorden van de niveauteksten en 20 door een feit dat het vignet openliet. De meeste twijfels: in de sterke regio of een afwijking bij een deel van een bepaling er hier een is (tussen 3 en 5), of een afspraak om factoren ‘in kaart te brengen vóór de keuze’ een keuze op basis van die factoren is, en of ‘de informatie die nodig is voor duiding en plan van aanpak’ zegt welke informatie. Niet verwerkt.',
      en: 'Round 176, per question, on the last text of version 2024.6 (commit 7b3eccf), with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 89.8% exactly one level, alpha 0.969, 94.5% of units unanimous (six municipalities that each work differently, four rural municipalities that work mainly orally, three municipalities with much in writing and deliberate departures where the law requires them: 91%, 96% and 83%). The goal is only just not met. Rounds 173 to 176 together: 86.1%. Of the 56 misfits, 36 were put down to the rubric’s words and 20 to a fact the vignette left open. Most doubts: in the strong region, whether a departure from part of a provision counts under this question (between 3 and 5), whether an agreement to ‘map’ factors ‘before the choice’ is a choice based on them, and whether ‘the information needed for interpretation and the action plan’ says which information. Not acted on.',
    },
    '2026-12-07',
    ON_2024_6,
  ),
];
