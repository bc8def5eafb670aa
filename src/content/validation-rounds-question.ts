import type { ValidationRound } from './validation-types';

/** Rounds 29 onwards: raters score each question, as the app does, three raters per vignette. */
export const QUESTION_ROUNDS: readonly ValidationRound[] = [
  {
    id: 'r29-2024.3',
    vignetteSet: 'set-ae',
    checklistVersion: '2024.3',
    date: '2026-12-02',
    vignettes: 3,
    raters: 9,
    ratings: 585,
    fitRate: 0.6666666666666666,
    alpha: 0.9539415621679657,
    unanimous: 0.8666666666666667,
    unit: 'question',
    note: {
      nl: 'Ronde 29, de eerste per vraag, zoals de app scoort: de niveaus 3 tot 5 zeggen nu zelf ‘alles wat de vraag noemt’ in plaats van ‘het hele onderwerp’, en de leesregel vraagt niet meer om ‘het onderwerp’ als ‘dit deel’ te lezen. Een nieuwe schrijver, en negen nieuwe beoordelaars, drie per vignet, die elk alle 65 vragen scoorden: 66,7% exact één niveau, alpha 0,954. Niet te vergelijken met eerdere rondes: per vraag moet een vignet meer feiten geven, en een ontbrekend feit telt als twijfel. De meeste twijfels kwamen uit de vignetten (of een stuurgroep alle partners omvat, of een wijkteam een eigen partner is). Uit de tekst: of ‘dat’ bij niveau 4 de hele afspraak is of het deel van de vraag, een afwijking per punt of per vraag, een deel van een document dat bij de terugblik werd overgeslagen, en twijfel tussen N.v.t. en een niveau. Elk is daarna in de tekst opgelost.',
      en: 'Round 29, the first per question, as the app scores: levels 3 to 5 now say ‘everything the question asks about’ themselves instead of ‘the whole topic’, and the reading rule no longer asks to read ‘the topic’ as ‘this part’. A new writer, and nine new raters, three per vignette, each scoring all 65 questions: 66.7% exactly one level, alpha 0.954. Not comparable with earlier rounds: per question a vignette must give more facts, and a missing fact counts as doubt. Most doubts came from the vignettes (whether a steering group includes all partners, whether a neighbourhood team is a partner of its own). From the text: whether ‘that’ at level 4 is the whole agreement or the question’s part, a departure per point or per question, part of a document skipped at the review, and doubt between N/A and a level. Each was then settled in the text.',
    },
  },
  {
    id: 'r30-2024.3',
    vignetteSet: 'set-af',
    checklistVersion: '2024.3',
    date: '2026-12-02',
    vignettes: 3,
    raters: 9,
    ratings: 585,
    fitRate: 0.7213675213675214,
    alpha: 0.976160141504885,
    unanimous: 0.958974358974359,
    unit: 'question',
    note: {
      nl: 'Ronde 30, per vraag, op de tekst na ronde 29 en de vijfentwintigste lezing, met een nieuwe schrijver die gevraagd was elk feit te geven (wie een document vaststelde, wie in een stuurgroep zit) en negen nieuwe beoordelaars: 72,1% exact één niveau, alpha 0,976, 95,9% van de eenheden unaniem. In de zwakke regio paste in 93% precies één niveau. In de twee andere regio’s ging het meeste mis op één regel: een stuurgroep met alleen de burgemeester van de centrumgemeente, terwijl elke gemeente een partner is en de regel over een stuurgroep ‘vaste partner’ zei. Daarna: een stuurgroep telt alleen met elke gemeente, zelf of met haar opdracht; ‘periodiek nagaan’ zonder wie of wanneer is een algemene zin; een afgesproken vaste terugblik die één keer plaatsvond, telt.',
      en: 'Round 30, per question, on the text after round 29 and the twenty-fifth reading, with a new writer asked to give every fact (who adopted a document, who sits in a steering group) and nine new raters: 72.1% exactly one level, alpha 0.976, 95.9% of units unanimous. In the weak region exactly one level fitted in 93%. In the other two regions most misfits came from one rule: a steering group with only the central municipality’s mayor, while every municipality is a partner and the steering-group rule said ‘standing partner’. Since: a steering group counts only with every municipality, itself or by its mandate; ‘checking periodically’ without who or when is a general phrase; an agreed review at set times that has taken place once counts.',
    },
  },
  {
    id: 'r31-2024.3',
    vignetteSet: 'set-ag',
    checklistVersion: '2024.3',
    date: '2026-12-02',
    vignettes: 3,
    raters: 9,
    ratings: 585,
    fitRate: 0.8222222222222222,
    alpha: 0.9420360528836129,
    unanimous: 0.9179487179487179,
    unit: 'question',
    note: {
      nl: 'Ronde 31, per vraag, op de tekst na ronde 30, met een nieuwe schrijver en negen nieuwe beoordelaars: 82,2% exact één niveau, alpha 0,942, 91,8% van de eenheden unaniem. De regel over een stuurgroep gaf nu één niveau, maar de beoordelaars vonden de uitkomst streng: één kleine gemeente zonder plek en zonder opdracht maakt van een heel handboek een afspraak van een deel van de partners. De twijfels: wie de weegploeg is, of samen opstellen in een bijeenkomst een besluit is, een bijeenkomst over perspectieven buiten een casus, en welke regel van een convenant bij gegevensdeling of bij het dossier hoort. Daarna: de weegploeg zijn de organisaties die wegen; samen opstellen door alle vaste partners in een bijeenkomst telt als besluit; bij de perspectieven telt ook een aparte bijeenkomst.',
      en: 'Round 31, per question, on the text after round 30, with a new writer and nine new raters: 82.2% exactly one level, alpha 0.942, 91.8% of units unanimous. The steering-group rule now gave one level, but the raters found the outcome harsh: one small municipality without a seat or a mandate turns a whole handbook into an agreement of only some partners. The doubts: who the assessment team is, whether drawing up together at a meeting is a decision, a meeting on perspectives outside a case, and which rule of a covenant belongs to information sharing or to the case file. Since: the assessment team is the organisations that assess; drawing up together by all standing partners at a meeting counts as a decision; for perspectives, a separate meeting counts too.',
    },
  },
];
