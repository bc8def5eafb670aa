import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const FOUND = t(
  '§1.1: een heldere signaleringsstructuur is een randvoorwaarde, maar is niet overal op orde of bekend.',
  '§1.1: a clear reporting structure is a precondition, but it is not in place or known everywhere.',
);
const NORM = t(
  '§1.1: professionals moeten weten wanneer, bij wie en hoe ze een zorg kunnen delen.',
  '§1.1: professionals need to know when, to whom and how they can share a concern.',
);

export const sigStructuur: AttentionPoint = {
  id: 'sig-structuur',
  ref: '1.1',
  title: t('Een heldere meldroute voor signalen', 'A clear route for reporting signals'),
  summary: t(
    'Professionals moeten weten wanneer, bij wie en hoe ze een zorg over radicalisering kunnen delen. Meestal gaat een signaal direct naar de gemeente of via een wijkagent. Een heldere signaleringsstructuur is daarbij een randvoorwaarde. Op een aantal plekken ontbreekt zo’n structuur, of kennen professionals haar niet.',
    'Professionals need to know when, to whom and how to share a concern about radicalisation. A signal usually goes straight to the municipality or through a community police officer. A clear reporting structure is a precondition for this. In some places there is no such structure, or professionals do not know it.',
  ),
  rubric: rubric(
    lv(
      t(
        'Er is geen afgesproken meldroute: niemand kan aanwijzen waar een zorg over radicalisering heen moet.',
        'There is no agreed reporting route: nobody can point to where a concern about radicalisation should go.',
      ),
      FOUND,
    ),
    lv(
      t(
        'Zorgen komen binnen via persoonlijke contacten; de weg van een melding hangt af van wie de melder kent.',
        'Concerns come in through personal contacts; the path of a report depends on whom the reporter knows.',
      ),
      t(
        '§1.1: een signaal komt meestal direct bij de gemeente of via een wijkagent binnen.',
        '§1.1: a signal usually reaches the municipality directly or through a community police officer.',
      ),
    ),
    lv(
      t(
        'De partners hebben afgesproken waar en hoe gemeld wordt, maar die route staat niet op papier.',
        'The partners have agreed where and how to report, but the route is not written down.',
      ),
      FOUND,
    ),
    lv(
      t(
        'De meldroute (wanneer, bij wie, hoe) staat op papier en is verspreid onder alle partners die signalen kunnen opvangen.',
        'The reporting route (when, to whom, how) is written down and has been sent to every partner who may pick up signals.',
      ),
      NORM,
    ),
    lv(
      t(
        'De partners bekijken op vaste momenten of signalen via de route binnenkomen, en passen de route daarop aan.',
        'The partners check at set times whether signals come in through the route, and adjust the route accordingly.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'sig-structuur-helder',
      origin: 'report',
      reportQuestion: 1,
      text: t(
        'Hebben jullie in de gemeente of regio een heldere structuur voor het melden van signalen van radicalisering?',
        'Do you have a clear structure in your municipality or region for reporting signs of radicalisation?',
      ),
    },
    {
      id: 'sig-structuur-bekend',
      origin: 'derived',
      text: t(
        'Weten de professionals die signalen kunnen opvangen wanneer, bij wie en hoe ze bij jullie een zorg melden?',
        'Do the professionals who may pick up signals know when, to whom and how to report a concern to you?',
      ),
      basis: FOUND,
    },
  ],
  suggestedActions: [
    {
      id: 'sig-structuur-route',
      title: t('Meldroute beschrijven en verspreiden', 'Write down and share the reporting route'),
      description: t(
        'Leg op één pagina vast wanneer, bij wie en hoe professionals een zorg over radicalisering melden. Verspreid die pagina onder alle partners.',
        'Set out on one page when, to whom and how professionals report a concern about radicalisation. Share that page with all partners.',
      ),
    },
  ],
};
