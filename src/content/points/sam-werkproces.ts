import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const MISSING = t(
  '§2.1: een (heldere) procesbeschrijving van de aanpak ontbreekt regelmatig.',
  '§2.1: a (clear) description of the process is frequently missing.',
);
const ROLES = t(
  '§2.1: rollen, taken en bevoegdheden zijn niet altijd vastgelegd of duidelijk.',
  '§2.1: roles, tasks and powers are not always written down or clear.',
);
const ASKS = t(
  '§2.1: het rapport vraagt of er een helder, uitgewerkt werkproces is en of ieders rol duidelijk is.',
  '§2.1: the report asks whether there is a clear, detailed work process and whether everyone’s role is clear.',
);

export const samWerkproces: AttentionPoint = {
  id: 'sam-werkproces',
  ref: '2.1',
  title: t('Werkproces, rollen en taken', 'Work process, roles and tasks'),
  summary: t(
    'Regelmatig is de aanpak niet duidelijk beschreven. Welke werkstappen doorloopt de PGA, en wie doet wat en wanneer? Ook is niet altijd vastgelegd of duidelijk welke rol, taken en bevoegdheden elke partner heeft. Professionals weten dan niet goed wie wat wanneer mag en kan doen.',
    'There is frequently no clear description of the approach. Which work steps does the PGA go through, and who does what, and when? Nor is it always written down, or clear, which role, tasks and powers each partner has. Professionals are then unsure who is allowed, and able, to do what, and when.',
  ),
  ...ladder({
    topic: t('het werkproces van de PGA', 'the PGA’s work process'),
    scope: t(
      'welke werkstappen de PGA doorloopt, en in welke volgorde. Ook hoort erbij welke rol, taken en bevoegdheden elke partner heeft, voor zover een partner bevoegdheden heeft (§2.1). Heeft een werkstap een eigen punt in deze checklist? Dan telt bij dat punt hoe die werkstap gaat en wie die doet. Dat geldt voor signaleren, wegen, duiden, notificeren, (sub)doelen in het plan van aanpak, interventies en monitoren. Hier telt voor die werkstappen alleen of ze er zijn, en in welke volgorde.',
      'which work steps the PGA goes through, and in what order. It also covers each partner’s role, tasks and powers, as far as a partner has powers (§2.1). Where a work step has its own point in this checklist, how it is done and who does it are scored under that point. This applies to spotting signals, assessment, interpretation, notification, (sub-)goals in the action plan, interventions and monitoring. For those work steps, only whether they exist, and in what order, counts here.',
    ),
    review: t('het werkproces duidelijk maakt wie wat doet', 'the work process makes clear who does what'),
    basis: [MISSING, ROLES, ASKS, ASKS],
  }),
  questions: [
    {
      id: 'sam-werkproces-helder',
      activity: t(
        'een partner gebruikte een tekst die de werkstappen van de PGA noemt, van signaal tot afsluiting.',
        'a partner used a text that names the PGA’s work steps, from signal to closure.',
      ),
      origin: 'report',
      reportQuestion: 15,
      text: t(
        'Hebben jullie een helder, uitgewerkt werkproces afgesproken?',
        'Have you agreed a clear, detailed work process?',
      ),
      help: t(
        'Aangepaste vraag: ‘afgesproken’ is toegevoegd. Helder en uitgewerkt betekent hier: het werkproces noemt elke werkstap met een eigen punt, en ook het afsluiten van een casus. Ook noemt het de volgorde daarvan (uitleg van de checklist).',
        'Adapted question: ‘agreed’ was added. Clear and detailed means here: the work process names every work step with its own point, and also the closure of a case. It also gives their order (the checklist’s explanation).',
      ),
      rules: [
        t(
          'Een werkstap telt ook als die anders heet of samen met een andere werkstap staat, zoals doelen en interventies samen in het ‘plan van aanpak’. Het werkproces hoeft de volgorde binnen zo’n samengevoegde werkstap niet te noemen.',
          'A work step counts even if it has another name or is combined with another, such as goals and interventions together in the ‘action plan’. The work process need not give the order within such a combined work step.',
        ),
        t(
          'Ontbreekt in het werkproces een werkstap die een eigen punt heeft, zoals tussentijds duiden? Dan regelt het werkproces niet alles (keuze van de checklist). Volgens het rapport zegt een heldere procesbeschrijving namelijk welke werkstappen er worden doorlopen (§2.1). Wat jullie over die werkstap zelf afspraken, telt alleen bij het eigen punt van die werkstap (keuze van de checklist).',
          'If the work process leaves out a work step with its own point, it does not cover everything (the checklist’s choice). An example of such a work step is re-interpreting a case along the way. According to the report, a clear process description names the work steps that are taken (§2.1). What you agreed on that work step itself counts only under that work step’s own point (the checklist’s choice).',
        ),
        t(
          'Gaat een casus terug naar een eerdere werkstap, zoals van monitoren naar actief bespreken? Dan is dat bij het werkproces geen andere volgorde en geen afwijking. Of die terugkeer mocht, telt alleen bij het punt van de werkstap waaruit de casus terugging. Bij het voorbeeld is dat ‘Monitoren: wat het is en wat jullie erover afspreken’ (keuze van de checklist).',
          'Suppose a case goes back to an earlier work step, such as from monitoring to active discussion. For the work-process question, that is neither a change of order nor a departure. Whether the return was allowed counts only under the point of the work step the case left. In the example, that is ‘Monitoring: what it is and what you agree on’ (the checklist’s choice).',
        ),
      ],
      doubts: [
        t(
          'Een werkstap telt ook als die niet in de lijst van werkstappen staat, maar elders in het werkproces. Bijvoorbeeld in de beschrijving van een andere werkstap: ‘in het eerste overleg besluiten jullie wie de betrokkene notificeert’.',
          'A work step also counts if it is not in the list of work steps but appears elsewhere in the work process. An example is the description of another work step: ‘at the first meeting you decide who notifies the person’.',
        ),
        t(
          'Voor de terugblik bij deze vraag telt alleen het deel dat de werkstappen met een eigen punt, het afsluiten en hun volgorde noemt. Andere werkstappen, zoals inventariseren, tellen hier niet mee. Stond het werkproces op vaste momenten op de agenda, en sloegen jullie de laatste keer een deel over? Noemen de delen die jullie wel bespraken samen nog alle werkstappen met een eigen punt, het afsluiten en de volgorde? Dan is er bij deze vraag toch een terugblik.',
          'For this question’s review, only parts of the work process count. They are the parts naming the work steps with their own point, the closure of a case and their order. Other work steps, such as taking stock, do not count here. Suppose the work process was on the agenda at set times, and last time you skipped a part. If the parts you discussed still name all of these between them, there is still a review for this question.',
        ),
        t(
          'Bijvoorbeeld: jullie sloegen het hoofdstuk ‘Monitoren en afsluiten’ over. Het besproken overzicht noemt wel alle werkstappen met een eigen punt en het afsluiten, op volgorde. Dan is er bij deze vraag toch een terugblik. Noemt alleen het overgeslagen deel zo’n werkstap, het afsluiten of een deel van de volgorde? Dan geldt de algemene regel over een overgeslagen deel (zie ‘Wat een terugblik is’).',
          'For example, you skipped the chapter ‘Monitoring and closure’. The overview you discussed does name all the work steps with their own point, and closure, in order. Then there is still a review for this question. If only the skipped part names such a work step, closure or part of the order, the general rule on skipped parts applies. See ‘What a review is’.',
        ),
        t(
          'Een afspraak over het werkproces zegt hoe de PGA als geheel verloopt. Noemt een afspraak over iets anders, zoals gegevensdeling of wegen, ook fasen of de volgende stap? Dan telt die hier niet (keuze van de checklist). Gebruikte een partner het deel van zo’n tekst dat de werkstappen noemt, van signaal tot afsluiting? Dan telt dat wel als de handeling bij niveau 1 en 2.',
          'An agreement on the work process says how the PGA runs as a whole. Suppose an agreement on something else, such as information sharing or assessment, also lists phases or the next step. Then it does not count here (the checklist’s choice). Suppose a partner used the part of such a text that names the work steps from signal to closure. That does count as the activity at levels 1 and 2.',
        ),
        t(
          'Noemt een convenant of een andere afspraak over de hele PGA een aantal werkstappen, zoals melden, wegen en een plan van aanpak? Dan regelt die hier een deel, ook als die werkstappen in verschillende artikelen staan (keuze van de checklist).',
          'Suppose a covenant or another agreement on the whole PGA names some work steps, such as reporting, assessing and an action plan. It then covers part of this question, even if those steps are in different articles (the checklist’s choice).',
        ),
      ],
    },
    {
      id: 'sam-rollen',
      activity: t(
        'iemand zei of schreef wat de rol, taken of bevoegdheden van een partner in de PGA zijn.',
        'someone stated or wrote down what a partner’s role, tasks or powers in the PGA are.',
      ),
      origin: 'report',
      reportQuestion: 14,
      text: t(
        'Hebben jullie in het werkproces of elders afgesproken wat de rol van elke partner is, met taken en bevoegdheden?',
        'Have you agreed, in the work process or elsewhere, what each partner’s role is, with its tasks and powers?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt of duidelijk is wat ieders rol en taken zijn. ‘In het werkproces of elders afgesproken’ is toegevoegd: het mag ook een ander document zijn. Het rapport noemt rollen en taken in het verlengde van de procesbeschrijving (§2.1). ‘Bevoegdheden’ is toegevoegd, omdat het rapport ook die niet altijd vastgelegd of duidelijk vindt (§2.1).',
        'Adapted question: the report asks whether each partner’s role and tasks are clear. ‘Agreed, in the work process or elsewhere’ was added: another document will do too. The report names roles and tasks as following on from the process description (§2.1). ‘Powers’ was added, because the report finds that these too are not always written down or clear (§2.1).',
      ),
      rules: [
        t(
          'Schuift een organisatie alleen bij sommige casussen aan, zoals de Raad voor de Kinderbescherming (§2.1)? Dan tellen bepalingen voor die organisatie hier niet mee, en afwijkingen daarvan ook niet. Een gemeente in jullie gebied telt hier altijd mee, ook als zij alleen bij haar eigen casussen aanschuift.',
          'Provisions for an organisation that joins only for some cases do not count here, and nor do departures from them. An example of such an organisation is the Child Care and Protection Board (§2.1). A municipality in your area always counts here, even if it joins only for its own cases.',
        ),
        t(
          'Telt een taak van de procesregisseur niet bij ‘De rol van de procesregisseur’? Dan telt die taak hier, en ook een afwijking ervan (keuze van de checklist). Dat geldt vooral voor de vijf taken die daar niet meetellen, zoals voorzitten en de agenda maken. Hoort de taak volgens de checklist bij een ander punt, zoals ‘Zorgvuldige dossiervorming’? Dan telt die taak alleen bij dat punt.',
          'Suppose a task of the process coordinator does not count under ‘The role of the process coordinator’. Then it counts here, and so does a departure from it (the checklist’s choice). This applies in particular to the five tasks that do not count there, such as chairing and setting the agenda. If the checklist sends the task to another point, such as ‘Careful record-keeping’, it counts only under that point.',
        ),
        t(
          'Wat de afspraak zegt over wie een werkstap met een eigen punt doet, zoals wegen of monitoren, telt bij dat punt, niet hier. Wie afspraken in het dossier vastlegt, telt bij ‘Zorgvuldige dossiervorming’, niet hier.',
          'Some work steps have their own point, such as assessment or monitoring. What the agreement says about who takes such a work step counts under that point, not here. Who records agreements in the case file counts under ‘Careful record-keeping’, not here.',
        ),
      ],
      doubts: [
        t(
          'Staan de rol, taken en bevoegdheden van de organisatie die het casusoverleg organiseert of voorzit, alleen bij de taken van de procesregisseur? Dan hoeven ze hier niet apart te staan.',
          'Suppose the role, tasks and powers of the organisation that hosts or chairs the case meeting appear only among the process coordinator’s tasks. Then they need not appear separately here.',
        ),
        t(
          'Een bepaling dat een vaste partner of de procesregisseur een organisatie uitnodigt die alleen bij sommige casussen aanschuift, is geen bepaling voor die organisatie. Die bepaling telt als taak van wie uitnodigt. Bij de procesregisseur valt die taak onder het overleg organiseren, een van de vijf taken (keuze van de checklist). Noemt de bepaling niet wie uitnodigt? Dan is het een bepaling voor die organisatie.',
          'Suppose a provision says that a standing partner or the process coordinator invites an organisation that joins only for some cases. That is not a provision for that organisation. It counts as a task of whoever invites. For the process coordinator, that task falls under organising the meeting, one of the five tasks (the checklist’s choice). If the provision does not say who invites, it is a provision for that organisation.',
        ),
        t(
          'Zegt een bepaling dat de procesregisseur structuur brengt in het overleg? En noemt die bepaling ook een van de vijf taken, zoals voorzitten of de agenda maken? Dan telt die bepaling bij ‘De rol van de procesregisseur’, niet hier. Een afwijking die alleen over een of meer van die taken gaat, telt wel hier (keuze van de checklist).',
          'Suppose a provision says that the process coordinator brings structure to the meeting, and also names one of the five tasks. Examples of those tasks are chairing and setting the agenda. That provision then counts under ‘The role of the process coordinator’, not here. A departure that concerns only one or more of those tasks does count here (the checklist’s choice).',
        ),
        t(
          'Telt een taak van de procesregisseur wel bij ‘De rol van de procesregisseur’? Dan telt die taak hier niet, en ook een afwijking ervan niet.',
          'If a task of the process coordinator counts under ‘The role of the process coordinator’, neither the task nor a departure from it counts here.',
        ),
        t(
          'Een bepaling over wie beslist als partners het oneens zijn over een casus in een impasse, telt bij ‘Casussen in een impasse’, niet hier. Dat geldt ook voor een bepaling over elke onenigheid, zoals ‘bij onenigheid beslist de gemeente’.',
          'A provision on who decides when partners disagree about a case at an impasse counts under ‘Cases at an impasse’, not here. So does a provision on any disagreement, such as ‘in case of disagreement the municipality decides’.',
        ),
        t(
          'Beschrijft het document de rol van ‘de gemeente’ in het algemeen? Dan geldt die rol voor elke gemeente in jullie gebied. Dat geldt ook voor de rol van ‘de woongemeente’ of van de burgemeester van de woongemeente.',
          'If the document describes the role of ‘the municipality’ in general, that role applies to every municipality in your area. This also applies to the role of ‘the home municipality’ or of its mayor.',
        ),
        t(
          'Laten weten wat het besluit over een melding is, hoort niet bij het wegen zelf. Hier telt het als een taak, niet als het delen van informatie (keuze van de checklist). Zegt een bepaling wie dat doet, zoals de voorzitter van het casusoverleg? Dan telt die hier. Zegt een bepaling alleen welke partner het casusoverleg organiseert, faciliteert of voorzit? Dan regelt die hier een deel: de rol van die partner.',
          'Communicating the decision on a reported signal is not part of the assessment itself. Here it counts as a task, not as sharing information (the checklist’s choice). If a provision says who does it, such as the chair of the case meeting, it counts here. If a provision says only which partner hosts, facilitates or chairs the case meeting, it covers part here: that partner’s role.',
        ),
        t(
          'Noemt een bepaling niemand die iets doet, ook geen functie zoals de procesregisseur? Een voorbeeld is ‘de agenda gaat twee werkdagen vooraf rond’. Dan is het geen taak van een partner, en telt die hier niet. Wat een partner deelt of inbrengt, telt bij de vraag wie in elke fase welke informatie deelt (§2.2), niet hier (keuze van de checklist).',
          'Suppose a provision names no one who does something, not even a role such as the process coordinator. An example is ‘the agenda goes out two working days ahead’. Then it is not a partner’s task and does not count here. What a partner shares or contributes counts under the question on who shares which information in each phase (§2.2), not here (the checklist’s choice).',
        ),
      ],
    },
  ],
  suggestedActions: [
    {
      id: 'sam-werkproces-beschrijven',
      title: t('Werkproces beschrijven', 'Describe the work process'),
      description: t(
        'Beschrijf samen met de partners het werkproces van signaal tot afsluiting: welke werkstappen, wie wat wanneer doet, en met welke bevoegdheid. DSP, het bureau dat het rapport schreef, biedt hierbij steun aan (hoofdstuk 3). De actie is een voorstel van de checklist.',
        'With the partners, describe the work process from signal to closure: which work steps, who does what and when, and with which powers. DSP, the firm that wrote the report, offers support with this (chapter 3). The action is the checklist’s suggestion.',
      ),
    },
    {
      id: 'sam-werkproces-rollen',
      title: t('Rollen en taken per partner vastleggen', 'Write down roles and tasks per partner'),
      description: t(
        'Beschrijf in het werkproces de rollen, taken en bevoegdheden van elke partner (voorstel van de checklist). Het rapport ziet dat die niet altijd zijn vastgelegd of duidelijk zijn (§2.1).',
        'Set out the roles, tasks and powers of each partner in the work process (the checklist’s suggestion). The report finds that these are not always written down or clear (§2.1).',
      ),
    },
  ],
};
