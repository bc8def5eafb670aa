import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const ROLE = t(
  '§2.1: de procesregisseur heeft een belangrijke rol in het opvolgen van de samenwerkingsafspraken.',
  '§2.1: the process coordinator has an important role in helping partners keep to the collaboration agreements.',
);
const TASKS = t(
  '§2.1: het rapport noemt wat de procesregisseur kan doen: structuur brengen, afspraken en doelen vastleggen, tijd maken voor rollen en taken, knelpunten bespreekbaar maken.',
  '§2.1: the report says the process coordinator can bring structure, record agreements and goals, make time for roles and tasks, and raise problems for discussion.',
);
// The report favours written agreements on roles and tasks, the coordinator's included; what the checklist adds is a
// separate agreement on the coordinator's tasks (check 285).
const TASKS_AGREEMENT = t(
  `${TASKS.nl} Volgens §2.1 helpt het als afspraken over rollen en taken op papier staan. Dat geldt ook voor de procesregisseur (uitleg van de checklist). Dat de niveaus een aparte afspraak over zijn of haar taken meten, is een keuze van de checklist.`,
  `${TASKS.en} According to §2.1, it helps to put agreements on roles and tasks on paper. This includes the process coordinator (the checklist’s explanation). That the levels measure a separate agreement on the coordinator’s tasks is the checklist’s choice.`,
);

export const samRegie: AttentionPoint = {
  id: 'sam-regie',
  ref: '2.1',
  title: t('De rol van de procesregisseur', 'The role of the process coordinator'),
  summary: t(
    'De procesregisseur heeft een belangrijke rol bij het opvolgen van de samenwerkingsafspraken. Hij of zij kan structuur brengen in het overleg en afspraken en doelen vastleggen. De procesregisseur kan ook tijd maken om rollen en taken te bespreken, en mogelijke knelpunten bespreekbaar maken. Door samen met de andere partners afspraken over omgangsvormen te maken, kan hij of zij een open overlegcultuur mogelijk maken.',
    'The process coordinator has an important role in helping partners keep to the collaboration agreements. They can bring structure to the meeting and record agreements and goals. The process coordinator can also make time to discuss roles and tasks, and raise possible problems for discussion. By agreeing ground rules together with the other partners, the process coordinator can also foster an open meeting culture.',
  ),
  ...ladder({
    topic: t('de taken van de procesregisseur', 'the process coordinator’s tasks'),
    scope: t(
      'wat de procesregisseur doet. Welke taken dat zijn, kiezen jullie zelf. Wel moeten die taken in de afspraak staan. Een taak hoort erbij als die helpt de samenwerkingsafspraken op te volgen (keuze van de checklist). Dat zijn de afspraken over het werkproces, de rollen en taken, en wat partners van elkaar verwachten (§2.1). Ook afspraken over omgangsvormen zijn samenwerkingsafspraken: §2.1 noemt ze samen met verwachtingen (uitleg van de checklist). ‘Bewaakt het proces’ alleen is geen taak (keuze van de checklist). Het rapport noemt wat een procesregisseur kan doen (§2.1). Wie afspraken in het dossier vastlegt, hoort bij ‘Zorgvuldige dossiervorming’ (keuze van de checklist). Wel noemt §2.1 dat als mogelijke taak van de procesregisseur.',
      'what the process coordinator does. You choose the tasks yourselves, but they must be set out in the agreement. A task belongs here if it helps partners keep to the collaboration agreements (the checklist’s choice). These are the agreements on the work process, roles and tasks, and what partners expect of each other (§2.1). Agreements on ground rules are collaboration agreements too, since §2.1 names ground rules together with expectations (the checklist’s explanation). ‘Oversees the process’ alone is not a task (the checklist’s choice). The report names what a process coordinator can do (§2.1). Who records agreements in the case file belongs under ‘Careful record-keeping’ (the checklist’s choice). This applies even though §2.1 names recording agreements as a possible task of the process coordinator.',
    ),
    review: t('de taken haalbaar zijn', 'the coordinator can carry out the tasks'),
    basis: [ROLE, TASKS, TASKS_AGREEMENT, TASKS_AGREEMENT],
  }),
  questions: [
    {
      id: 'sam-procesregie',
      activity: t(
        'iemand deed taken van een procesregisseur, zoals het overleg structuur geven of knelpunten bespreekbaar maken.',
        'someone did a process coordinator’s tasks, such as giving the meeting structure or raising problems for discussion.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken wat jullie procesregisseur doet?',
        'Have you agreed what your process coordinator does?',
      ),
      help: t(
        'Het rapport noemt wat een procesregisseur kan doen (§2.1), bijvoorbeeld structuur brengen in het overleg, tijd maken voor rollen en taken, en knelpunten bespreekbaar maken. Volgens het rapport heeft de procesregisseur op die manier een belangrijke rol bij het opvolgen van de samenwerkingsafspraken (§2.1). De afspraak hoeft dat doel niet te noemen.',
        'The report names what a process coordinator can do (§2.1). Examples are bringing structure to the meeting, making time for roles and tasks, and raising problems for discussion. According to the report, this is how the process coordinator plays an important role in helping partners keep to the collaboration agreements (§2.1). The agreement need not name that aim.',
      ),
      rules: [
        t(
          'Welke taken jullie procesregisseur heeft, kiezen jullie zelf. Een taak telt hier als die helpt de samenwerkingsafspraken op te volgen, zoals de taken die §2.1 noemt. Samenwerkingsafspraken zijn de afspraken over het werkproces, de rollen en taken, en wat partners van elkaar verwachten (§2.1). Ook afspraken over omgangsvormen horen erbij: §2.1 noemt ze samen met verwachtingen (uitleg van de checklist).',
          'You choose which tasks your process coordinator has. A task counts here if it helps partners keep to the collaboration agreements, like the tasks §2.1 names. Collaboration agreements are the agreements on the work process, roles and tasks, and what partners expect of each other (§2.1). Agreements on ground rules belong to them too: §2.1 names them together with expectations (the checklist’s explanation).',
        ),
        t(
          'Vijf taken tellen bij deze vraag niet mee (keuze van de checklist). Dat zijn: voorzitten, het overleg organiseren, de agenda maken, de actielijst rondsturen, en bijhouden welke casus wanneer aan de beurt is. Stukken voor het overleg rondsturen hoort bij het overleg organiseren. Een afwijking die alleen over een of meer van die vijf taken gaat, telt hier dus ook niet. Een voorbeeld is een actielijst die niet is rondgestuurd.',
          'Five tasks do not count under this question (the checklist’s choice). They are: chairing, organising the meeting, setting the agenda, circulating the action list, and keeping track of when each case is due for discussion. Sending out papers for the meeting is part of organising it. So a departure that concerns only one or more of those five tasks does not count here either. An example is an action list that was not circulated.',
        ),
        t(
          'Wie afspraken in het dossier vastlegt, hoort bij ‘Zorgvuldige dossiervorming’, ook al noemt §2.1 dat als mogelijke taak van de procesregisseur.',
          'Who records agreements in the case file belongs under ‘Careful record-keeping’, although §2.1 names it as a possible task of the process coordinator.',
        ),
      ],
      doubts: [
        t(
          'Geeft de afspraak iemand, zoals de voorzitter, een taak die bij deze vraag telt? Dan is die persoon hier de procesregisseur, hoe die ook heet. Een taak van die persoon die hier niet telt, zoals voorzitten, telt bij ‘Werkproces, rollen en taken’. Dat geldt niet als de checklist die taak bij een ander punt zet.',
          'If the agreement gives someone, such as the chair, a task that counts here, that person is the process coordinator here, whatever their title. A task of that person that does not count here, such as chairing, counts under ‘Work process, roles and tasks’. This does not apply if the checklist assigns the task to another point.',
        ),
        t(
          'Ook een organisatie uitnodigen die alleen bij sommige casussen aanschuift, zoals de Raad voor de Kinderbescherming, valt onder het overleg organiseren. En een casus op de agenda zetten als een termijn verloopt, valt onder bijhouden welke casus wanneer aan de beurt is. Was het een uiterste termijn voor een werkstap, en is die werkstap niet gedaan? Dan geldt dat agendapunt als melding van de procesregisseur dat de werkstap te laat is. Die taak telt hier wel.',
          'Inviting an organisation that joins only for some cases, such as the Child Care and Protection Board, falls under organising the meeting. And putting a case on the agenda when a time limit expires falls under keeping track of when each case is due. But suppose the time limit was a deadline for a work step not taken. Then that agenda item counts as the process coordinator reporting that the step is late. That task does count here.',
        ),
        t(
          'Zegt een bepaling dat de procesregisseur structuur brengt in het overleg, zoals in §2.1? Dan telt die bepaling hier wel, ook als er een van de vijf taken in staat. Een afwijking die alleen over een of meer van die taken gaat, telt hier niet.',
          'A provision that the process coordinator brings structure to the meeting, as in §2.1, does count here. This applies even if the provision names one of the five tasks. A departure that concerns only one or more of those tasks does not count here.',
        ),
        t(
          '‘Bewaakt de afspraken’ of ‘bewaakt de termijnen’ zonder te zeggen wat die persoon dan doet, is een algemene zin.',
          '‘Oversees the agreements’ or ‘oversees the time limits’ without saying what that person then does is a general phrase.',
        ),
        t(
          'Liet de procesregisseur een keer een taak liggen die hier telt? Dan is dat hier een afwijking. Dat geldt ook als die taak over een werkstap met een eigen punt gaat. Bijvoorbeeld: een te late werkstap melden, of de partner die de werkstap moest doen daarop aanspreken. De te late werkstap zelf telt nooit hier. Zo’n werkstap telt bij zijn eigen punt, maar alleen als een vraag daar gaat over het deel van de bepaling dat niet is gevolgd.',
          'If the process coordinator once did not carry out a task that counts here, that is a departure here. This also applies to a task concerning a work step with its own point. Examples are reporting a late work step, or calling the partner responsible to account. The late work step itself never counts here. It counts under that work step’s point, but only if a question there asks about the part of the provision that was not followed.',
        ),
        t(
          'Informatie ophalen voor een werkstap met een eigen punt, zoals tussentijds duiden, hoort bij dat punt, ook als de procesregisseur het doet.',
          'Gathering information for a work step with its own point, such as re-interpreting a case, belongs there, even if the process coordinator does it.',
        ),
      ],
      basis: TASKS,
    },
  ],
  suggestedActions: [
    {
      id: 'sam-afspraken-procesregisseur',
      title: t('De rol van de procesregisseur versterken', 'Strengthen the process coordinator’s role'),
      description: t(
        'Spreek samen af wat de procesregisseur doet (voorstel van de checklist). Ontwikkel zo nodig samen een vakmanschapstraject voor partners, bijvoorbeeld voor de rol van procesregisseur of om de weerbaarheid te vergroten (voorstel van de checklist). DSP biedt hierbij steun aan (hoofdstuk 3).',
        'Agree together what the process coordinator does (the checklist’s suggestion). Where needed, set up a joint professional development programme for partners, for example on the process coordinator’s role or on building resilience (the checklist’s suggestion). DSP offers support with this (chapter 3).',
      ),
    },
  ],
};
