import type { ValidationRound } from './validation-types';

/** Rounds from 57 on (validation-rounds-latest.ts has rounds 43 to 56): each question scored, three raters per
 *  vignette. */
export const NEWEST_ROUNDS: readonly ValidationRound[] = [
  {
    id: 'r57-2024.4',
    vignetteSet: 'set-bf',
    checklistVersion: '2024.4',
    date: '2026-12-03',
    vignettes: 3,
    raters: 9,
    ratings: 540,
    fitRate: 0.8592592592592593,
    alpha: 0.9499930803486264,
    unanimous: 0.9166666666666666,
    unit: 'question',
    note: {
      nl: 'Ronde 57, per vraag, op de tekst na ronde 56 en de regels uit haar twijfels (een terugblik telt als de laatste keer in de afgelopen twee jaar was), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met de opdrachten van ronde 51: 85,9% exact één niveau, alpha 0,950, 91,7% van de eenheden unaniem (een regio met een convenant dat de partners op verschillende momenten tekenden 84%, een stad die werkt met mondelinge besluiten en een concept-werkproces 86%, een grote regio met een stuurgroep en een vaste evaluatie 88%). Van de 76 twijfels kwamen er 72 door de woorden van de niveauteksten. Ze gingen vooral over een besluit over één deel van een concept, een veld in een format, een plan dat alleen in een nieuw format werd overgezet, een zin die de keuze aan elke gemeente laat ‘op basis van het veiligheidsbeeld’, en wanneer een intrekking ‘speelt’. Daarna kwam voor elk een regel.',
      en: 'Round 57, per question, on the text after round 56 and the rules from its doubts (a review counts if its last time was within the past two years), with three new writers and nine new raters, on round 51’s briefs: 85.9% exactly one level, alpha 0.950, 91.7% of units unanimous (a region with a covenant the partners signed at different times 84%, a city working from oral decisions and a draft work process 86%, a large region with a steering group and a set evaluation 88%). Of the 76 doubts, 72 came from the rubric’s words. They were mostly about a decision on one part of a draft, a field in a format, a plan only copied into a new format, a sentence leaving the choice to each municipality ‘on the basis of the security picture’, and when a revocation ‘plays a part’. Each got a rule after the round.',
    },
  },
];
