import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const IMPLICIT = t(
  '§2.1: veel zaken in de samenwerking blijven impliciet; verwachtingen naar elkaar staan niet op papier.',
  '§2.1: much in the collaboration stays implicit; expectations of each other are not on paper.',
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
    'Veel in de samenwerking blijft impliciet. Werkproces, rollen en wederzijdse verwachtingen zijn vaak niet opgeschreven. Afspraken die partners samen expliciet maken, helpen om dezelfde kant op te werken. Partners kunnen elkaar er dan ook op aanspreken als een afspraak niet wordt nagekomen.',
    'Much in the collaboration stays implicit. Nothing is on paper about the work process, the roles and what partners expect of each other. Agreements that partners make explicit together help them work in the same direction. Partners can then also hold each other to account when an agreement is not kept.',
  ),
  rubric: rubric(
    lv(
      t(
        'Er zijn geen samenwerkingsafspraken, en verwachtingen naar elkaar zijn nooit uitgesproken.',
        'There are no collaboration agreements, and expectations of each other have never been spoken.',
      ),
      IMPLICIT,
    ),
    lv(
      t(
        'De samenwerking steunt op persoonlijke verhoudingen; wat partners van elkaar verwachten, blijft impliciet.',
        'The collaboration rests on personal relations; what partners expect of each other stays implicit.',
      ),
      IMPLICIT,
    ),
    lv(
      t(
        'De partners hebben samen afspraken gemaakt over werkwijze en verwachtingen, maar die staan niet op papier.',
        'The partners have made agreements together on working methods and expectations, but these are not on paper.',
      ),
      TOGETHER,
    ),
    lv(
      t(
        'De samen opgestelde afspraken staan op papier en zijn door alle partners onderschreven.',
        'The agreements drawn up together are on paper and endorsed by all partners.',
      ),
      TOGETHER,
    ),
    lv(
      t(
        'De partners bespreken op vaste momenten of de afspraken worden nagekomen, en passen ze aan.',
        'The partners discuss at set times whether the agreements are kept, and adjust them.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'sam-afspraken-helder',
      origin: 'report',
      reportQuestion: 14,
      text: t('Hebben jullie heldere samenwerkingsafspraken?', 'Do you have clear collaboration agreements?'),
    },
    {
      id: 'sam-afspraken-samen',
      origin: 'derived',
      text: t(
        'Hebben jullie de samenwerkingsafspraken, met de verwachtingen naar elkaar, samen opgesteld en op papier gezet?',
        'Have you drawn up the collaboration agreements, including what you expect of each other, together and on paper?',
      ),
      basis: TOGETHER,
    },
    {
      id: 'sam-omgangsvormen',
      origin: 'derived',
      text: t(
        'Hebben jullie afspraken over omgangsvormen in het overleg, zodat jullie elkaar erop kunnen aanspreken?',
        'Have you agreed ground rules for the meeting, so that you can hold each other to them?',
      ),
      basis: t(
        '§2.1: afspraken over omgangsvormen en verwachtingen, waaraan iedereen zich verbindt, maken een open overlegcultuur mogelijk.',
        '§2.1: agreements on ground rules and expectations that everyone commits to make an open meeting culture possible.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sam-afspraken-opstellen',
      title: t('Samenwerkingsafspraken opstellen', 'Draw up collaboration agreements'),
      description: t(
        'Stel met alle partners afspraken op over werkwijze, verwachtingen en omgangsvormen. Leg ze vast, zodat partners elkaar erop kunnen aanspreken.',
        'With all partners, draw up agreements on working methods, expectations and ground rules. Write them down, so partners can hold each other to them.',
      ),
    },
  ],
};
