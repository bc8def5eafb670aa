import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const FOUND = t(
  '§1.1: een heldere signaleringsstructuur is een randvoorwaarde, maar is niet overal op orde of bekend.',
  '§1.1: a clear reporting structure is a precondition, but it is not in order or known everywhere.',
);
const NORM = t(
  '§1.1: het is belangrijk dat professionals weten wanneer, bij wie en hoe ze een zorg kunnen delen.',
  '§1.1: it is important that professionals know when, to whom and how they can share a concern.',
);

export const sigStructuur: AttentionPoint = {
  id: 'sig-structuur',
  ref: '1.1',
  title: t('Een heldere meldroute voor signalen', 'A clear route for reporting signals'),
  summary: t(
    'Professionals moeten weten wanneer, bij wie en hoe ze een zorg over radicalisering kunnen delen. Meestal gaat een signaal direct naar de gemeente of via een wijkagent. Een heldere signaleringsstructuur is daarbij een randvoorwaarde. Op een aantal plekken is zo’n structuur nog niet op orde, of professionals kennen die structuur niet.',
    'Professionals need to know when, to whom and how to share a concern about radicalisation. A signal usually goes straight to the municipality or through a community police officer. A clear reporting structure is a precondition for this. In some places that structure is not yet in order, or professionals do not know it.',
  ),
  rubric: rubric(
    lv(
      t(
        'Er is geen meldroute: zorgen over radicalisering komen niet of alleen toevallig bij de partners terecht.',
        'There is no reporting route: concerns about radicalisation do not reach the partners, or only by chance.',
      ),
      FOUND,
    ),
    lv(
      t(
        'Zorgen komen wel binnen, maar de weg hangt af van wie de melder kent; samen is niets afgesproken.',
        'Concerns do come in, but the path depends on whom the reporter knows; nothing has been agreed together.',
      ),
      FOUND,
    ),
    lv(
      t(
        'De partners hebben samen een meldroute afgesproken. Die staat niet op papier, of staat op papier maar is niet gedeeld met elke organisatie die signalen kan opvangen.',
        'The partners have agreed a reporting route. It is not written down, or it is written down but not shared with every organisation that may pick up signals.',
      ),
      NORM,
    ),
    lv(
      t(
        'De meldroute (wanneer, bij wie, hoe) staat op papier en is gedeeld met elke organisatie die signalen kan opvangen. De terugblik van niveau 5 is er niet.',
        'The reporting route (when, to whom, how) is written down and shared with every organisation that may pick up signals. The review of level 5 does not take place.',
      ),
      NORM,
    ),
    lv(
      t(
        'Zoals niveau 4. Daarnaast bekijken de partners op vaste momenten samen of de meldingen via de route binnenkwamen en of de organisaties de route kennen. Zo nodig passen ze de route aan.',
        'As at level 4. In addition, the partners review together at set times whether reports came in through the route and whether the organisations know the route. Where needed they adjust the route.',
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
        'Do you have a clear structure in your municipality or region for reporting signals of radicalisation?',
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
      title: t('Meldroute beschrijven en verspreiden', 'Describe and share the reporting route'),
      description: t(
        'Leg op één pagina vast wanneer, bij wie en hoe professionals een zorg over radicalisering melden. Verspreid die pagina onder alle partners.',
        'Set out on one page when, to whom and how professionals report a concern about radicalisation. Share that page with all partners.',
      ),
    },
  ],
};
