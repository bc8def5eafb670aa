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
  questionRound(
    'r200-2024.10',
    'set-gq',
    { fitRate: 0.8943533697632058, alpha: 0.9558545370385366, unanimous: 0.9398907103825137 },
    {
      nl: 'Ronde 200, op de tekst na de drie regels van check 308 (commit 5ce9649), met drie nieuwe schrijvers en negen nieuwe beoordelaars (één vervangen), met drie nieuwe profielen: 89,4% exact één niveau, alpha 0,956, 94,0% van de eenheden unaniem (vijf gemeenten waar politie en OM alle meldingen wegen en een weegnotitie opstelden, zeven gemeenten met een werkproces dat maar half wordt bijgehouden en een stuurgroep van burgemeesters, tien gemeenten met een convenant, werkproces, weegkader en privacyprotocol: 96%, 82% en 91%). Rondes 199 tot en met 200 samen: 976 van 1.098 (88,9%). Van de 58 twijfels kwamen er 41 door de woorden van de niveauteksten en 17 door een feit dat het vignet openliet. De meeste twijfels: of een format voor het plan van aanpak een dossierformat is; of een mondeling besluit naast een volledige bepaling op papier die bepaling verandert; of een terugblik op een deel van het werkproces de lijst van werkstappen dekt.',
      en: 'Round 200, on the text after the three rules of check 308 (commit 5ce9649), with three new writers and nine new raters (one replaced), with three new region profiles: 89.4% exactly one level, alpha 0.956, 94.0% of units unanimous (five municipalities where the police and the OM assess every signal and wrote an assessment note, seven municipalities with a work process that is only half tracked and a steering group of mayors, ten municipalities with a covenant, work process, assessment framework and privacy protocol: 96%, 82% and 91%). Rounds 199 to 200 together: 976 of 1,098 (88.9%). Of the 58 misfits, 41 were put down to the rubric’s words and 17 to a fact the vignette left open. Most doubts: whether a template for the action plan is a case-file template; whether an oral decision beside a complete written provision changes that provision; whether a review of part of the work process covers its list of work steps.',
    },
    '2026-12-07',
    ON_2024_10,
  ),
  questionRound(
    'r201-2024.10',
    'set-gr',
    { fitRate: 0.843351548269581, alpha: 0.9581859686124212, unanimous: 0.9289617486338798 },
    {
      nl: 'Ronde 201, op de tekst na de 134e lezing (commit c2e306a), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met drie nieuwe profielen: 84,3% exact één niveau, alpha 0,958, 92,9% van de eenheden unaniem (drie gemeenten waar GGZ en sociaal domein veel doen maar weinig is vastgelegd, zes gemeenten met een nieuw werkproces dat het oude verving, acht gemeenten met één dossiersysteem met een logboek per casus: 84%, 86% en 83%). Rondes 199 tot en met 201 samen: 1.439 van 1.647 (87,4%). Van de 86 twijfels kwamen er 63 door de woorden van de niveauteksten en 23 door een feit dat het vignet openliet. De meeste twijfels: of een convenant dat enkele werkstappen noemt een afspraak over het werkproces is; of bekend is dat geheimhouding altijd is nageleefd, nu die als omgangsvorm telt; of een planformat met een veld ’doel’ noemt waarop jullie interventies kiezen.',
      en: 'Round 201, on the text after the 134th reading (commit c2e306a), with three new writers and nine new raters, with three new region profiles: 84.3% exactly one level, alpha 0.958, 92.9% of units unanimous (three municipalities where mental health care and the social domain do much but little is written down, six municipalities with a new work process that replaced the old one, eight municipalities with one case-file system with a log per case: 84%, 86% and 83%). Rounds 199 to 201 together: 1,439 of 1,647 (87.4%). Of the 86 misfits, 63 were put down to the rubric’s words and 23 to a fact the vignette left open. Most doubts: whether a covenant that names some work steps is an agreement on the work process; whether it is known that confidentiality was always kept, now that it counts as a ground rule; whether a plan template with a ’goal’ field names what you choose interventions on.',
    },
    '2026-12-07',
    ON_2024_10,
  ),
  questionRound(
    'r202-2024.10',
    'set-gs',
    { fitRate: 0.819672131147541, alpha: 0.9794098798743331, unanimous: 0.9344262295081968 },
    {
      nl: 'Ronde 202, op de tekst met de nieuwe zinnen bij niveau 1 en 2 na controle 310 (commit 002c815), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met drie nieuwe profielen: 82,0% exact één niveau, alpha 0,979, 93,4% van de eenheden unaniem (vier gemeenten waar een later aangesloten gemeente het convenant nooit tekende, vijf gemeenten waar de PGA naar het Zorg- en Veiligheidshuis verhuisde, een grote stad met een eigen PGA en een digitaal casussysteem: 79%, 79% en 88%). Rondes 199 tot en met 202 samen: 1.889 van 2.196 (86,0%). Van de 99 twijfels kwamen er 77 door de woorden van de niveauteksten en 22 door een feit dat het vignet openliet. De meeste twijfels: of een training al te laat is als de volgende sessie na de planperiode valt; welke gemeente ‘de gemeente’ in een afspraak over wegen is; of een oude keuze voor contacten, vastgelegd in een overdrachtsnotitie, als handeling telt; of een late notificatie uitstel is of een nieuwe datum.',
      en: 'Round 202, on the text with the new level 1 and 2 sentences after check 310 (commit 002c815), with three new writers and nine new raters, with three new region profiles: 82.0% exactly one level, alpha 0.979, 93.4% of units unanimous (four municipalities where one that joined later never signed the covenant, five municipalities where the PGA moved to the Zorg- en Veiligheidshuis, a large city with its own PGA and a digital case system: 79%, 79% and 88%). Rounds 199 to 202 together: 1,889 of 2,196 (86.0%). Of the 99 misfits, 77 were put down to the rubric’s words and 22 to a fact the vignette left open. Most doubts: whether a training is already late when the next session falls after the plan’s period; which municipality ’de gemeente’ is in a weighing agreement; whether an old choice of contacts, recorded in a handover note, counts as the activity; whether a late notification is a postponement or a new date.',
    },
    '2026-12-07',
    ON_2024_10,
  ),
  questionRound(
    'r203-2024.10',
    'set-gt',
    { fitRate: 0.8469945355191257, alpha: 0.968554891742414, unanimous: 0.9289617486338798 },
    {
      nl: 'Ronde 203, op de tekst na de 135e lezing en de controles 311 en 312 (commit bb77843), met drie nieuwe schrijvers en negen nieuwe beoordelaars, met drie nieuwe profielen: 84,7% exact één niveau, alpha 0,969, 92,9% van de eenheden unaniem (zeven gemeenten waar bijna alles mondeling gaat, vier gemeenten met een casus die een jaar in een impasse zat, negen gemeenten met één handboek PGA en een logboek per casus: 89%, 84% en 82%). Rondes 199 tot en met 203 samen: 2.354 van 2.745 (85,8%). Van de 84 twijfels kwamen er 57 door de woorden van de niveauteksten en 27 door een feit dat het vignet openliet. De meeste twijfels: of een risicotaxatie die de reclassering vóór het eerste tussentijdse duiden afnam het instrument van de start is; of een planformat zonder veld voor besluiten een dossierformat is, en dus of het invullen ervan de handeling is; of een eigen voorwaarde van een casus, zoals ‘subdoelen grotendeels bereikt’, vervuld was; of een latere plan, zoals een terugkeerplan, ook een plan is waarbij het format hoort.',
      en: 'Round 203, on the text after the 135th reading and checks 311 and 312 (commit bb77843), with three new writers and nine new raters, with three new region profiles: 84.7% exactly one level, alpha 0.969, 92.9% of units unanimous (seven municipalities where almost everything is oral, four municipalities with a case that was at an impasse for a year, nine municipalities with one PGA handbook and a log per case: 89%, 84% and 82%). Rounds 199 to 203 together: 2,354 of 2,745 (85.8%). Of the 84 misfits, 57 were put down to the rubric’s words and 27 to a fact the vignette left open. Most doubts: whether a risk assessment the probation service made before the first re-interpretation is the instrument of the start; whether a plan template without a field for decisions is a case-file template, and so whether filling it in is the activity; whether a case’s own condition, such as ’sub-goals largely met’, was met; whether a later plan, such as a return plan, is also a plan that the template applies to.',
    },
    '2026-12-07',
    ON_2024_10,
  ),
];
