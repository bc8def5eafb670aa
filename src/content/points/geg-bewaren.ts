import type { Question } from '../types';
import { t } from '../text';

// The question of 'Duidelijkheid over gegevensdeling' on who keeps which information (§2.2). Kept apart so the point's
// file stays under 250 lines.

/** geg-bewaren, in the point's order. */
export const KEEPING_QUESTIONS: Question[] = [
  {
    id: 'geg-bewaren',
    activity: t(
      'een partner gebruikte een tekst waarin staat welke informatie die partner per fase bewaart.',
      'a partner used a text that says what information it keeps in each phase.',
    ),
    origin: 'derived',
    text: t(
      'Hebben jullie afgesproken wie in elke fase welke informatie bewaart, ook na afsluiten?',
      'Have you agreed who keeps which information in each phase, including after closure?',
    ),
    help: t(
      '§2.2 noemt vastleggen naast delen. Deze vraag vat vastleggen op als bewaren: welke partner welke informatie heeft en houdt (keuze van de checklist). Wie in het dossier schrijft, hoort bij ‘Zorgvuldige dossiervorming’.',
      '§2.2 names recording beside sharing. This question reads recording as keeping: which partner has and keeps which information (the checklist’s choice). Who writes in the case file belongs under ‘Careful record-keeping’.',
    ),
    rules: [
      t(
        'Hoe het dossier eruitziet, hoort bij dossiervorming.',
        'What the case file looks like belongs under record-keeping.',
      ),
      t(
        'Wat jullie bij het wegen opschrijven, zoals de afwegingen en conclusies, telt niet hier maar bij ‘Systematisch wegen’. Wie in het dossier van een casus schrijft, telt niet hier maar bij ‘Zorgvuldige dossiervorming’.',
        'What you write down when assessing, such as the considerations and conclusions, counts not here but under ‘Systematic assessment’. Who writes in the case file counts not here but under ‘Careful record-keeping’.',
      ),
      t(
        'Noemt een bepaling het dossier of de gegevens van een casus zonder fasen, zoals ‘het dossier’ of ‘het casusdossier’? Dan geldt die voor alle fasen van een casus (keuze van de checklist). Maar die bepaling zegt niet wie een melding bewaart die niet tot een PGA leidde. Ook zegt die niet wie het verslag van de weging van zo’n melding bewaart. Regelt de afspraak, in die bepaling of elders, een van die twee gevallen niet? Dan regelt die een deel.',
        'Suppose a provision names the file or the data of a case without naming phases, such as ‘the file’ or ‘the case file’. Then it applies to every phase of a case (the checklist’s choice). But it does not say who keeps reported signals that did not lead to a PGA, or the records of their assessment. If the agreement, in that provision or elsewhere, leaves either of these open, it covers part.',
      ),
    ],
    doubts: [
      t(
        'Een bepaling over waar informatie wordt bewaard, geldt voor die informatie in elke vorm, niet alleen voor het formulier of document waarin die staat. Bewaarde een partner bijvoorbeeld het verslag van een weging in een e-mail, terwijl de afspraak zegt dat die partner geen kopie bewaart? Dan is dat hier een afwijking.',
        'A provision on where information is kept applies to that information in any form, not only to the form or document it is written on. Suppose a partner kept the record of an assessment in an email, while the agreement says that partner keeps no copy. That is a departure here.',
      ),
      t(
        'Zegt een zin welke partner in een fase welke informatie, het verslag van de weging of het dossier bewaart? Dan telt dat deel van de zin hier, ook in een deel over een ander punt, zoals wegen. Bij dat andere punt telt het dan niet (keuze van de checklist).',
        'Suppose a sentence says which partner keeps which information, the assessment record or the case file in a phase. That part of the sentence counts here, even in a part about another point, such as assessing signals. It then does not count under that other point (the checklist’s choice).',
      ),
      t(
        'Geldt een bepaling over bewaren voor alle fasen samen, zoals ‘de gemeente bewaart alle gegevens, van melding tot na afsluiten’? Dan regelt die dat voor elke fase. Zegt een tekst in welk systeem het dossier staat, zoals een systeem van de gemeente? Dan zegt die welke partner het dossier bewaart.',
        'Suppose a provision on keeping applies to all phases together, such as ‘the municipality keeps all data, from reported signal to after closure’. Then it covers that for every phase. If a text says which system the case file is in, such as a municipal system, it says which partner keeps the file.',
      ),
      t(
        'Zegt de afspraak over een partner alleen dat die bewaart wat nodig is voor de eigen taak, ook de wettelijke taak? Dan zegt die niet welke informatie die partner bewaart (keuze van de checklist). Zegt de afspraak wel welke informatie een andere partner bewaart? Dan regelt die een deel.',
        'Suppose the agreement says of a partner only that it keeps what its own task, even its legal task, requires. Then it does not say which information that partner keeps (the checklist’s choice). If the agreement does say which information another partner keeps, it covers part.',
      ),
      t(
        'Zegt een bepaling alleen wie iets verwijdert? Dan zegt die niet wie het bewaart (keuze van de checklist).',
        'A provision that says only who deletes something does not say who keeps it (the checklist’s choice).',
      ),
      t(
        'Noemt een tekst over het dossier geen fasen? Dan geldt die ook bij de handeling voor alle fasen. Wie doet wat de tekst zegt, bijvoorbeeld iets bewaren, gebruikt die tekst.',
        'For the activity too, a text about the case file that names no phases covers every phase. Doing what such a text says, such as keeping something, counts as using it.',
      ),
    ],
    basis: t(
      '§2.2: het is van belang dat lokaal afspraken op papier komen over wie wat op welk moment deelt en vastlegt. Vanaf de start van de PGA slaan partners gegevens op. Welke informatie dat is, verschilt per casus.',
      '§2.2: it is important that local agreements are set down on who shares and records what, at which moments. From the start of the PGA, partners store data. Which information that is differs from case to case.',
    ),
  },
];
