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
    'De procesregisseur heeft een belangrijke rol bij het opvolgen van de samenwerkingsafspraken. Hij of zij brengt structuur in het overleg en legt afspraken en doelen vast. De procesregisseur maakt ook tijd om rollen en taken te bespreken, en benoemt mogelijke knelpunten. Met afspraken over omgangsvormen kan hij of zij zorgen voor een overleg waarin partners open zijn.',
    'The process coordinator has an important role in following up the collaboration agreements. He or she brings structure to the meeting and records agreements and goals. The process coordinator also makes time to discuss roles and tasks, and raises possible bottlenecks. The process coordinator can also foster an open meeting culture, with agreed ground rules.',
  ),
  rubric: rubric(
    lv(t('Er is geen procesregisseur.', 'There is no process coordinator.'), ROLE),
    lv(
      t(
        'Iemand zit het overleg voor, maar wie die rol pakt en hoe, verschilt per overleg.',
        'Someone chairs the meeting, but who takes that role and how differs from meeting to meeting.',
      ),
      ROLE,
    ),
    lv(
      t(
        'Er is een procesregisseur aangewezen, maar diens taken zijn niet beschreven.',
        'A process coordinator has been appointed, but the tasks of the role are not described.',
      ),
      TASKS,
    ),
    lv(
      t(
        'De taken van de procesregisseur staan op papier, en er zijn uren voor de rol vrijgemaakt.',
        'The process coordinator’s tasks are on paper, and hours have been set aside for the role.',
      ),
      TASKS,
    ),
    lv(
      t(
        'De partners bespreken op vaste momenten met de procesregisseur hoe de regie loopt, en passen de rol aan.',
        'The partners discuss with the process coordinator at set times how the coordination goes, and adjust the role.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'sam-procesregie',
      origin: 'derived',
      text: t(
        'Heeft jullie procesregisseur de rol en de tijd om structuur te brengen, afspraken vast te leggen en knelpunten te benoemen?',
        'Does your process coordinator have the role and the time to bring structure, record agreements and raise bottlenecks?',
      ),
      basis: TASKS,
    },
  ],
  suggestedActions: [
    {
      id: 'sam-afspraken-procesregisseur',
      title: t('De rol van de procesregisseur versterken', 'Strengthen the process coordinator’s role'),
      description: t(
        'Geef de procesregisseur een duidelijke opdracht en tijd. Bied zo nodig een vakmanschapstraject aan, bijvoorbeeld in het voorzitten en structureren van het overleg.',
        'Give the process coordinator a clear remit and time. Where needed, offer professional development, for example in chairing and structuring the meeting.',
      ),
    },
  ],
};
