import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const IMPLICIT = t(
  '§2.1: veel zaken in de samenwerking blijven impliciet; wat partners van elkaar verwachten, staat niet op papier.',
  '§2.1: much in the collaboration stays implicit; expectations of each other are not written down.',
);
const TOGETHER = t(
  '§2.1: samen opgestelde, expliciete afspraken helpen om dezelfde kant op te werken en elkaar aan te spreken.',
  '§2.1: explicit agreements drawn up together help partners work in the same direction and hold each other to account.',
);

export const samAfspraken: AttentionPoint = {
  id: 'sam-afspraken',
  ref: '2.1',
  title: t('Expliciete samenwerkingsafspraken', 'Explicit collaboration agreements'),
  summary: t(
    'Veel in de samenwerking blijft impliciet: er staan geen afspraken op papier over werkproces, rollen en taken, en wat partners van elkaar verwachten. Expliciete afspraken die partners samen opstellen, helpen om dezelfde kant op te werken. Partners kunnen elkaar er dan ook op aanspreken als een afspraak niet wordt nagekomen.',
    'Much in the collaboration stays implicit: there are no written agreements on the work process, roles and tasks, or what partners expect of each other. Explicit agreements that partners draw up together help them pull in the same direction. Partners can then also hold each other to account when an agreement is not kept.',
  ),
  ...ladder({
    topic: t('verwachtingen en omgangsvormen', 'expectations and ground rules'),
    scope: t(
      'wat partners in het casusoverleg van elkaar verwachten (§2.1). Bijvoorbeeld over aanwezigheid en voorbereiding; die voorbeelden zijn van de checklist. Ook hoort erbij hoe partners met elkaar omgaan (§2.1). Verder hoort erbij dat de vaste partners de afspraken samen opstelden (§2.1). Ook samen vaststellen telt hier als samen opstellen (keuze van de checklist). Ook een besluit van het casusoverleg telt hier als samen vaststellen, ook als een partner die keer afwezig was. Een partner die pas later vaste partner werd, hoeft niet mee te hebben opgesteld. Het werkproces, met rollen en taken, is een eigen punt.',
      'what partners expect of each other in the case meeting (§2.1). Examples are attendance and preparation; these examples are the checklist’s. It also covers how partners treat each other (§2.1). It further covers the standing partners drawing up the agreements together (§2.1). Adopting them together also counts as drawing them up together here (the checklist’s choice). A decision of the case meeting also counts here as adopting them together, even if a partner was absent that time. A partner that became a standing partner only later need not have helped draw them up. The work process, with roles and tasks, is a point of its own.',
    ),
    review: t('partners elkaar aanspreken op afspraken', 'partners hold each other to the agreements'),
    basis: [IMPLICIT, IMPLICIT, TOGETHER, TOGETHER],
  }),
  questions: [
    {
      id: 'sam-afspraken-helder',
      activity: t(
        'twee of meer partners spraken af wat zij in het casusoverleg van elkaar verwachten.',
        'two or more partners agreed what they expect of each other in the case meeting.',
      ),
      origin: 'report',
      reportQuestion: 14,
      text: t(
        'Hebben jullie heldere samenwerkingsafspraken over wat jullie van elkaar verwachten?',
        'Do you have clear collaboration agreements on what you expect of each other?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt of er heldere samenwerkingsafspraken zijn. ‘Over wat jullie van elkaar verwachten’ is toegevoegd. Helder betekent hier: de afspraak zegt uitdrukkelijk wat partners van elkaar verwachten (uitleg van de checklist).',
        'Adapted question: the report asks whether there are clear collaboration agreements. ‘On what you expect of each other’ was added. Clear means here: the agreement says in so many words what partners expect of each other (the checklist’s explanation).',
      ),
      rules: [
        t(
          'Zegt de afspraak wat er van elke vaste partner wordt verwacht? Dan ontbreekt er niets. Welke verwachtingen dat zijn, kiezen jullie zelf.',
          'If the agreement says what is expected of each standing partner, nothing is missing. Which expectations those are is up to you.',
        ),
        t(
          'Werkproces en rollen komen aan bod bij het vorige punt. Omgangsvormen komen aan bod bij de volgende vraag.',
          'The work process and roles are covered under the previous point, ground rules under the next question.',
        ),
        t(
          'Zegt een zin wat één partner of een deel van de partners doet, zoals ‘de politie brengt politie-informatie in’? Dan is dat een taak (keuze van de checklist). Die telt hier niet, maar bij het vorige punt, tenzij een regel daar iets anders zegt. Een verwachting geldt voor elke vaste partner (keuze van de checklist). Denk bij verwachtingen aan aanwezig zijn, zich voorbereiden en op tijd reageren. Die voorbeelden zijn van de checklist.',
          'Suppose a sentence says what one partner or some of the partners do, such as ‘the police contribute police information’. That is a task (the checklist’s choice). It does not count here but under the previous point, unless a rule there says otherwise. An expectation applies to every standing partner (the checklist’s choice). Examples of expectations are attending, preparing and responding on time; these examples are the checklist’s.',
        ),
      ],
      doubts: [
        t(
          'Een afspraak over hoe elke vaste partner zich op het casusoverleg voorbereidt, telt hier (keuze van de checklist). Dat geldt ook als die voorbereiding informatie voor het duiden oplevert. Bij de vragen over duiden telt die afspraak dan niet.',
          'An agreement on how every standing partner prepares for the case meeting counts here (the checklist’s choice). This applies even if that preparation yields information for interpreting the case. The agreement then does not count under the questions on interpreting.',
        ),
      ],
    },
    {
      id: 'sam-omgangsvormen',
      activity: t(
        'twee of meer partners spraken af hoe zij in het casusoverleg met elkaar omgaan.',
        'two or more partners agreed how they treat each other in the case meeting.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afspraken over omgangsvormen in het casusoverleg?',
        'Have you agreed ground rules for the case meeting?',
      ),
      help: t(
        'Volgens het rapport zijn zulke afspraken er zodat partners elkaar erop kunnen aanspreken (§2.1). De afspraak hoeft dat doel niet te noemen.',
        'According to the report, such agreements let partners hold each other to them (§2.1). The agreement need not name that aim.',
      ),
      rules: [
        t(
          'Welke omgangsvormen de afspraak noemt, kiezen jullie zelf. Gelden ze voor elke vaste partner? Dan ontbreekt er niets.',
          'Which ground rules the agreement names is up to you. If they apply to each standing partner, nothing is missing.',
        ),
        t(
          'Bij een omgangsvorm, zoals geheimhouding, hoeft niemand per casus bij te houden of die is gevolgd. Bevestigt elke vaste partner dat de eigen mensen zich er altijd aan hielden? En is geen keer bekend dat iemand dat niet deed? Dan wordt die altijd gevolgd (keuze van de checklist).',
          'For a ground rule, such as confidentiality, nobody needs to track case by case whether it was kept. If every standing partner confirms that its own people always kept it, and no breach is known, it is always followed (the checklist’s choice).',
        ),
      ],
      doubts: [
        t(
          'Een afspraak dat deelnemers geheimhouden wat zij in het casusoverleg horen, is een omgangsvorm. Die telt hier (keuze van de checklist).',
          'An agreement that participants keep confidential what they hear in the case meeting is a ground rule. It counts here (the checklist’s choice).',
        ),
      ],
      basis: t(
        '§2.1: de procesregisseur kan een open overlegcultuur mogelijk maken door met de partners afspraken over omgangsvormen en verwachtingen te maken, waaraan iedereen zich verbindt.',
        '§2.1: the process coordinator can make an open meeting culture possible. The coordinator can do this by making agreements with the partners on ground rules and expectations that everyone commits to.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sam-afspraken-opstellen',
      title: t('Samenwerkingsafspraken opstellen', 'Draw up collaboration agreements'),
      description: t(
        'Stel met alle partners afspraken op over verwachtingen en omgangsvormen. Leg ze vast, zodat partners elkaar erop kunnen aanspreken (§2.1; voorstel van de checklist).',
        'With all partners, draw up agreements on expectations and ground rules. Write them down, so partners can hold each other to them (§2.1; the checklist’s suggestion).',
      ),
    },
  ],
};
