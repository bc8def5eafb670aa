import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const ROLE = t(
  '§2.1: de procesregisseur heeft een belangrijke rol in het opvolgen van de samenwerkingsafspraken.',
  '§2.1: the process coordinator has an important role in following up the collaboration agreements.',
);
const TASKS = t(
  '§2.1: het rapport noemt wat de procesregisseur kan doen: structuur brengen, afspraken en doelen vastleggen, tijd maken voor rollen en taken, knelpunten benoemen.',
  '§2.1: the report names what the process coordinator can do: bring structure, record agreements and goals, make time for roles and tasks, raise bottlenecks.',
);

export const samRegie: AttentionPoint = {
  id: 'sam-regie',
  ref: '2.1',
  title: t('De rol van de procesregisseur', 'The role of the process coordinator'),
  summary: t(
    'De procesregisseur heeft een belangrijke rol bij het opvolgen van de samenwerkingsafspraken. Hij of zij kan structuur brengen in het overleg en afspraken en doelen vastleggen. De procesregisseur kan ook tijd maken om rollen en taken te bespreken, en mogelijke knelpunten bespreekbaar maken. Met afspraken over omgangsvormen kan hij of zij zorgen voor een overleg waarin partners open zijn.',
    'The process coordinator has an important role in following up the collaboration agreements. He or she can bring structure to the meeting and record agreements and goals. The process coordinator can also make time to discuss roles and tasks, and raise possible bottlenecks. The process coordinator can also foster an open meeting culture, with agreed ground rules.',
  ),
  rubric: rubric(
    lv(
      t(
        'Niemand zit het overleg voor of houdt afspraken en knelpunten bij.',
        'Nobody chairs the meeting or keeps track of agreements and bottlenecks.',
      ),
      ROLE,
    ),
    lv(
      t(
        'Iemand doet (een deel van) dit werk, zoals voorzitten of acties bijhouden, maar wat die doet hangt af van de persoon; samen is niets afgesproken over de rol.',
        'Someone does (part of) this work, such as chairing or tracking actions, but what they do depends on the person; nothing has been agreed together about the role.',
      ),
      TASKS,
    ),
    lv(
      t(
        'De partners hebben samen afgesproken wat de procesregisseur doet. Dat staat niet op papier, of staat op papier maar gebeurt niet in elke casus.',
        'The partners have agreed what the process coordinator does. It is not written down, or it is written down but not done in every case.',
      ),
      TASKS,
    ),
    lv(
      t(
        'De taken van de procesregisseur staan op papier en worden in elke casus uitgevoerd. De terugblik van niveau 5 is er niet.',
        'The process coordinator’s tasks are written down and carried out in every case. The review of level 5 does not take place.',
      ),
      TASKS,
    ),
    lv(
      t(
        'Zoals niveau 4. Daarnaast bespreken de partners op vaste momenten samen met de procesregisseur of afspraken werden opgevolgd en knelpunten op tafel kwamen. Zo nodig passen ze de taken aan.',
        'As at level 4. In addition, the partners discuss together at set times with the process coordinator whether agreements were followed up and bottlenecks were raised. Where needed they adjust the tasks.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'sam-procesregie',
      origin: 'derived',
      text: t(
        'Is beschreven wat jullie procesregisseur doet om de samenwerkingsafspraken op te volgen?',
        'Is it set out what your process coordinator does to follow up the collaboration agreements?',
      ),
      basis: TASKS,
    },
  ],
  suggestedActions: [
    {
      id: 'sam-afspraken-procesregisseur',
      title: t('De rol van de procesregisseur versterken', 'Strengthen the process coordinator’s role'),
      description: t(
        'Geef de procesregisseur een duidelijke opdracht. Ontwikkel zo nodig samen een vakmanschapstraject voor partners, bijvoorbeeld voor de rol van procesregisseur of om de weerbaarheid te vergroten (H3).',
        'Give the process coordinator a clear remit. Where needed, develop a professional development programme together for partners, for example on the process coordinator’s role or on building resilience (ch. 3).',
      ),
    },
  ],
};
