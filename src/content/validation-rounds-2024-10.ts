import type { ValidationRound } from './validation-types';
import { questionRound } from './validation-rounds-newest';

/** Checklist 2024.10 has 61 questions, the same ids as 2024.9. */
export const ON_2024_10 = { version: '2024.10', questions: 61 };

/** Rounds from 199: checklist 2024.10, where a weighing agreement needs a municipality and the police. */
export const ROUNDS_2024_10: readonly ValidationRound[] = [
  questionRound(
    'r199-2024.10',
    'set-gp',
    { fitRate: 0.8834244080145719, alpha: 0.9775868382906245, unanimous: 0.9398907103825137 },
    {
      nl: 'Ronde 199, de eerste op 2024.10 (commit e99d3c1), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met drie nieuwe profielen: 88,3% exact één niveau, alpha 0,978, 94,0% van de eenheden unaniem (drie gemeenten waar politie en één gemeente bijna alles doen, vijf gemeenten met een strak geregeld signaleren en wegen maar doelen en afsluiten per casus anders, acht gemeenten met een convenant, werkproces en dossiersysteem: 93%, 93% en 78%). Van de 64 twijfels kwamen er 48 door de woorden van de niveauteksten en 16 door een feit dat het vignet openliet. De sterke regio verloor de meeste oordelen: of een terugblik elk onderdeel dekt; of lege velden in lopende casussen een afwijking zijn; of een vervanger die het casusoverleg aanwees, volgens de afspraak vastlegde.',
      en: 'Round 199, the first on 2024.10 (commit e99d3c1), with three new writers and nine new raters, with three new region profiles: 88.3% exactly one level, alpha 0.978, 94.0% of units unanimous (three municipalities where the police and one municipality do almost everything, five municipalities with signalling and assessment well arranged but goals and closure different per case, eight municipalities with a covenant, work process and case-file system: 93%, 93% and 78%). Of the 64 misfits, 48 were put down to the rubric’s words and 16 to a fact the vignette left open. The strong region lost most ratings: whether a review covers each part; whether empty fields in running cases are a departure; whether a stand-in the case meeting appointed recorded as agreed.',
    },
    '2026-12-07',
    ON_2024_10,
  ),
];
