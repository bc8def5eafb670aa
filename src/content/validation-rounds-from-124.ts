import type { ValidationRound } from './validation-types';
import { questionRound } from './validation-rounds-newest';

/** Rounds from 124 on, on the same protocol as rounds 57 to 123 (validation-rounds-newest.ts). */
export const ROUNDS_FROM_124: readonly ValidationRound[] = [
  questionRound(
    'r124-2024.4',
    'set-du',
    { fitRate: 0.8481481481481481, alpha: 0.9543628673535411, unanimous: 0.9222222222222223 },
    {
      nl: 'Ronde 124, per vraag, op de tekst na de 97e lezing en de inkorting van alle zinnen boven 25 woorden (een overgeslagen formulier telt alleen bij de vraag over het gebruik ervan, een voorbereide afspraak gaat voor N.v.t.), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 84,8% exact één niveau, alpha 0,954, 92,2% van de eenheden unaniem (een regio met een format voor het casusoverleg dat twee keer niet werd gebruikt, een regio met een onverwachte vrijlating en een politie met een eigen dossier, een kleine regio met weinig op papier: 84%, 82% en 88%). Het doel is niet gehaald. Rondes 72 tot en met 124 samen: 88,3%; rondes 80 tot en met 124 samen: 88,3%. Van de 82 twijfels kwamen er 65 door de woorden van de niveauteksten en 17 door een feit dat het vignet openliet. De meeste twijfels: het dossierformat (acht: een casus die later in het format kwam, een partner met een eigen dossier), wegen zonder formulier of per e-mail bij de manier van wegen (zes), en wat een vaste manier van tussentijds duiden regelt (vier).',
      en: 'Round 124, per question, on the text after the 97th reading and the shortening of every sentence over 25 words (a skipped form counts only at the question on using it, a prepared agreement goes before N/A), with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 84.8% exactly one level, alpha 0.954, 92.2% of units unanimous (a region with a case-meeting format not used twice, a region with an unexpected release and police keeping their own file, a small region with little on paper: 84%, 82% and 88%). The goal is not met. Rounds 72 to 124 together: 88.3%; rounds 80 to 124 together: 88.3%. Of the 82 doubts, 65 came from the rubric’s words and 17 from a fact the vignette left open. The main doubts: the case-file format (eight: a case put into the format later, a partner with its own file), assessing without the form or by email under the way of assessing (six), and what a set method of re-interpreting covers (four).',
    },
    '2026-12-06',
  ),
  questionRound(
    'r125-2024.4',
    'set-dv',
    { fitRate: 0.8851851851851852, alpha: 0.9832376284198264, unanimous: 0.9555555555555556 },
    {
      nl: 'Ronde 125, per vraag, op de tekst na de twijfels van ronde 124 en controle 168 (wegen zonder formulier bij de manier van wegen, een vaste manier van tussentijds duiden, een dossier buiten het voorgeschreven format), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51 en drie nieuwe profielen: 88,5% exact één niveau, alpha 0,983, 95,6% van de eenheden unaniem (een regio waar één keer zonder weegformulier werd gewogen, een regio waar de reclassering een werkproces alleen voor kennisgeving aannam, een regio die na acht weken monitoren besluit over afsluiten: 86%, 92% en 88%). Het doel is niet gehaald. Rondes 72 tot en met 125 samen: 88,3%; rondes 80 tot en met 125 samen: 88,3%. Van de 62 twijfels kwamen er 39 door de woorden van de niveauteksten en 23 door een feit dat het vignet openliet. De meeste twijfels: of bij wegen zonder formulier de vaste vragen wel werden langsgelopen, wat het vignet niet zei (zes, bij de manier van wegen, en vier bij de criteria), en een weging die in een e-mail bleef staan terwijl het protocol zegt dat die partner geen kopie bewaart (vijf).',
      en: 'Round 125, per question, on the text after round 124’s doubts and check 168 (assessing without the form under the way of assessing, a set method of re-interpreting, a case file outside the prescribed format), with three new writers and nine new raters, on round 51’s briefs with three new region profiles: 88.5% exactly one level, alpha 0.983, 95.6% of units unanimous (a region that assessed once without the form, a region where probation only took note of a work process, a region that decides on closure after eight weeks of monitoring: 86%, 92% and 88%). The goal is not met. Rounds 72 to 125 together: 88.3%; rounds 80 to 125 together: 88.3%. Of the 62 doubts, 39 came from the rubric’s words and 23 from a fact the vignette left open. The main doubts: whether the set questions were gone through when assessing without the form, which the vignette did not say (six, under the way of assessing, and four under the criteria), and an assessment left in an email while the protocol says that partner keeps no copy (five).',
    },
    '2026-12-06',
  ),
];
