import type { ValidationRound } from './validation-types';
import { questionRound } from './validation-rounds-newest';

/** Checklist 2024.11 has 61 questions, the same ids as 2024.10. */
export const ON_2024_11 = { version: '2024.11', questions: 61 };

/** Rounds from 204: checklist 2024.11, where a provision counts under one point. */
export const ROUNDS_2024_11: readonly ValidationRound[] = [
  questionRound(
    'r204-2024.11',
    'set-gu',
    { fitRate: 0.8998178506375227, alpha: 0.968567173827823, unanimous: 0.9344262295081968 },
    {
      nl: 'Ronde 204, de eerste op 2024.11 (commit 044dcc6), met drie nieuwe schrijvers, drie nieuwe aanvullers die elk vignet zonder de niveauteksten aanvulden waar een feit ontbrak, en negen nieuwe beoordelaars, met drie nieuwe profielen: 89,98% exact één niveau, alpha 0,969, 93,4% van de eenheden unaniem (vijf gemeenten waar politie en centrumgemeente bijna alles regelen, zes gemeenten met spelregels die één partner later vaststelde, tien gemeenten met een werkproces en privacyprotocol en een jaarlijkse evaluatie per hoofdstuk: 92%, 86% en 91%). Van de 55 twijfels kwamen er 38 door de woorden van de niveauteksten en 17 door een feit dat het vignet openliet. De meeste twijfels: of een planformat zonder veld voor besluiten een dossierformat is, en dus of het invullen ervan de handeling is; of ‘kunnen worden gemeld bij’ een meldroute vastlegt of alleen iets toestaat; of partners die zeggen ‘geen geval te kennen’ bevestigen dat omgangsvormen altijd zijn nageleefd; of een mondeling besluit naast een afspraak op papier een deel van papier haalt.',
      en: 'Round 204, the first on 2024.11 (commit 044dcc6), with three new writers, three new completers who, without the rubric, filled in each vignette where a fact was missing, and nine new raters, with three new region profiles: 89.98% exactly one level, alpha 0.969, 93.4% of units unanimous (five municipalities where the police and the central municipality arrange almost everything, six municipalities with ground rules that one partner adopted later, ten municipalities with a work process and privacy protocol and a yearly evaluation per chapter: 92%, 86% and 91%). Of the 55 misfits, 38 were put down to the rubric’s words and 17 to a fact the vignette left open. Most doubts: whether a plan template without a field for decisions is a case-file template, and so whether filling it in is the activity; whether ’kunnen worden gemeld bij’ sets a reporting route or only permits one; whether partners who say they ’know of no case’ confirm that ground rules were always kept; whether an oral decision beside a written agreement takes part of it off paper.',
    },
    '2026-12-08',
    ON_2024_11,
  ),
  questionRound(
    'r205-2024.11',
    'set-gv',
    { fitRate: 0.8816029143897997, alpha: 0.9680435233379416, unanimous: 0.9234972677595629 },
    {
      nl: 'Ronde 205, op dezelfde tekst als ronde 204 (commit ddf9a8e), met drie nieuwe schrijvers, drie nieuwe aanvullers en negen nieuwe beoordelaars, met drie nieuwe profielen: 88,2% exact één niveau, alpha 0,968, 92,3% van de eenheden unaniem (zes gemeenten waar een adviseur en de wijkagenten zonder vaste afspraken signaleren en wegen, drie gemeenten met een werkproces van een stuurgroep waar niet elke partner in zit, acht gemeenten met een handboek, privacyprotocol en dossierformat: 97%, 87% en 80%). Rondes 204 tot en met 205 samen: 978 van 1.098 (89,1%). Van de 65 twijfels kwamen er 49 door de woorden van de niveauteksten en 16 door een feit dat het vignet openliet. De sterke regio verloor de meeste oordelen, telkens tussen niveau 3 en 5: of een terugblik elk onderdeel van een bepaling dekte; of een termijn die nog loopt of een uitzondering die de stuurgroep besloot een afwijking is; of een ander document naast de afspraak een deel ervan is.',
      en: 'Round 205, on the same text as round 204 (commit ddf9a8e), with three new writers, three new completers and nine new raters, with three new region profiles: 88.2% exactly one level, alpha 0.968, 92.3% of units unanimous (six municipalities where an adviser and the community police officers spot and assess signals without set agreements, three municipalities with a work process from a steering group that not every partner sits on, eight municipalities with a handbook, privacy protocol and case-file template: 97%, 87% and 80%). Rounds 204 to 205 together: 978 of 1,098 (89.1%). Of the 65 misfits, 49 were put down to the rubric’s words and 16 to a fact the vignette left open. The strong region lost most ratings, each time between levels 3 and 5: whether a review covered each part of a provision; whether a time limit still running, or an exception the steering group decided, is a departure; whether another document beside the agreement is part of it.',
    },
    '2026-12-08',
    ON_2024_11,
  ),
];
