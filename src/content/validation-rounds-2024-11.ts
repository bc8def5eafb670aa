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
];
