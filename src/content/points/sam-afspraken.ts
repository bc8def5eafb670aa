import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const samAfspraken: AttentionPoint = {
  id: 'sam-afspraken',
  ref: '2.1',
  title: t(
    'Expliciete samenwerkingsafspraken en procesregie',
    'Explicit collaboration agreements and process direction',
  ),
  summary: t(
    'Veel in de samenwerking blijft impliciet: er staan geen afspraken op papier over het werkproces, de rollen en de verwachtingen naar elkaar. Samen opgestelde, expliciete afspraken brengen de neuzen dezelfde kant op en maken het mogelijk elkaar aan te spreken. De procesregisseur speelt hierin een sleutelrol: structuur brengen in het overleg, afspraken en doelen vastleggen, tijd maken voor rollen en taken, knelpunten adresseren en samen met de partners afspraken maken over omgangsvormen.',
    'Much of the collaboration stays implicit: nothing is written down about the work process, the roles or what partners expect of each other. Explicit agreements, drawn up together, get everyone pointing the same way and make it possible to hold each other to account. The process director (procesregisseur) plays a key role: structuring the meeting, recording agreements and goals, making time for roles and tasks, raising bottlenecks and agreeing ground rules with the partners.',
  ),
  rubric: rubric(
    t(
      'Er zijn geen samenwerkingsafspraken en geen procesregie.',
      'There are no collaboration agreements and no process direction.',
    ),
    t(
      'Samenwerking steunt op goede persoonlijke verhoudingen; afspraken zijn impliciet.',
      'Collaboration rests on good personal relations; agreements are implicit.',
    ),
    t(
      'Partners hebben samenwerkingsafspraken gemaakt en er is een procesregisseur, maar afspraken staan niet op papier of worden niet nagekomen.',
      'Partners have made collaboration agreements and there is a process director, but agreements are not written down or not kept.',
    ),
    t(
      'Samen opgestelde afspraken over werkwijze, verwachtingen en omgangsvormen zijn vastgelegd; de procesregisseur bewaakt ze in elk overleg.',
      'Jointly drawn-up agreements on working methods, expectations and ground rules are written down; the process director upholds them in every meeting.',
    ),
    t(
      'De samenwerking wordt periodiek met alle partners geëvalueerd; afspraken en de rol van de procesregisseur worden bijgesteld.',
      'The collaboration is evaluated with all partners at set intervals; agreements and the process director’s role are adjusted.',
    ),
  ),
  questions: [
    {
      id: 'sam-afspraken-helder',
      origin: 'report',
      reportQuestion: 14,
      text: t('Zijn er heldere samenwerkingsafspraken?', 'Are there clear collaboration agreements?'),
    },
    {
      id: 'sam-afspraken-samen',
      origin: 'derived',
      text: t(
        'Zijn de samenwerkingsafspraken, inclusief de verwachtingen naar elkaar, samen met de partners opgesteld en op papier gezet?',
        'Were the collaboration agreements, including what partners expect of each other, drawn up jointly and put on paper?',
      ),
    },
    {
      id: 'sam-procesregie',
      origin: 'derived',
      text: t(
        'Heeft de procesregisseur de rol en de ruimte om structuur te brengen in het overleg, afspraken en doelen vast te leggen en knelpunten te adresseren?',
        'Does the process director have the role and the room to structure the meeting, record agreements and goals, and raise bottlenecks?',
      ),
    },
    {
      id: 'sam-omgangsvormen',
      origin: 'derived',
      text: t(
        'Zijn er afspraken over omgangsvormen en verwachtingen in het overleg, zodat partners elkaar erop kunnen aanspreken?',
        'Are there agreements on ground rules and expectations in the meeting, so that partners can hold each other to them?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sam-afspraken-opstellen',
      title: t('Samenwerkingsafspraken opstellen', 'Draw up collaboration agreements'),
      description: t(
        'Stel met alle partners samenwerkingsafspraken op over werkwijze, verwachtingen en omgangsvormen, en leg ze vast zodat partners elkaar erop kunnen aanspreken.',
        'With all partners, draw up agreements on working methods, expectations and ground rules, and write them down so partners can hold each other to them.',
      ),
    },
    {
      id: 'sam-afspraken-procesregisseur',
      title: t('De rol van de procesregisseur versterken', 'Strengthen the process director’s role'),
      description: t(
        'Geef de procesregisseur een duidelijk mandaat en tijd, en bied zo nodig een vakmanschapstraject aan, bijvoorbeeld gericht op het voorzitten en structureren van het overleg.',
        'Give the process director a clear mandate and time, and where needed offer professional development, for example in chairing and structuring the meeting.',
      ),
    },
  ],
};
