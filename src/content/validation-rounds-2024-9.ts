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
];
