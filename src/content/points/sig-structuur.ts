import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const FOUND = t(
  '§1.1: een duidelijke meldroute is een randvoorwaarde, maar is niet overal op orde of bekend bij professionals.',
  '§1.1: a clear reporting route is a precondition, but it is not in place everywhere, or not known to professionals.',
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
    'Het is belangrijk dat professionals weten wanneer, bij wie en hoe ze een zorg over radicalisering kunnen delen. Meestal gaat een signaal direct naar de gemeente of via een wijkagent. Een duidelijke meldroute is daarbij een randvoorwaarde. Op een aantal plekken is zo’n structuur nog niet op orde, of professionals kennen die structuur niet.',
    'Professionals need to know when, to whom and how to share a concern about radicalisation. A signal usually goes straight to the municipality or through a community police officer. A clear reporting structure is a precondition for this. In some places that structure is not yet in place, or professionals do not know it.',
  ),
  rubric: ladder({
    topic: t('de meldroute voor signalen', 'the reporting route for signals'),
    none: t(
      'Geen enkele partner zegt professionals bij wie ze met een zorg over radicalisering terechtkunnen.',
      'No partner tells professionals whom to contact with a concern about radicalisation.',
    ),
    some: t(
      'Wel zeggen een of meer partners professionals bij wie ze met een zorg over radicalisering terechtkunnen.',
      'One or more partners do tell professionals whom to contact with a concern about radicalisation.',
    ),
    review: t('professionals de route kennen', 'professionals know the route'),
    basis: [FOUND, FOUND, NORM, NORM],
  }),
  questions: [
    {
      id: 'sig-structuur-helder',
      origin: 'report',
      reportQuestion: 1,
      text: t(
        'Hebben jullie in de gemeente of regio een heldere structuur voor het melden van signalen van radicalisering?',
        'Do you have a clear structure in your municipality or region for reporting signals of radicalisation?',
      ),
      help: t(
        'De niveaus meten of er een heldere meldroute is: wanneer, bij wie en hoe professionals een zorg melden. Of professionals de route ook echt kennen, weegt mee bij niveau 5.',
        'The levels measure whether there is a clear reporting route: when, to whom and how professionals report a concern. Whether professionals actually know the route counts at level 5.',
      ),
    },
    {
      id: 'sig-structuur-bekend',
      origin: 'derived',
      text: t(
        'Kennen de professionals die signalen kunnen opvangen jullie meldroute: wanneer, bij wie en hoe ze een zorg melden?',
        'Do professionals who may pick up signals know your reporting route: when, to whom and how to report a concern?',
      ),
      basis: FOUND,
    },
  ],
  suggestedActions: [
    {
      id: 'sig-structuur-route',
      title: t('Meldroute beschrijven en verspreiden', 'Describe and share the reporting route'),
      description: t(
        'Beschrijf kort wanneer, bij wie en hoe professionals een zorg over radicalisering melden. Verspreid die beschrijving onder alle professionals die kunnen signaleren, ook buiten de partners, zoals jongerenwerk of de afdeling Werk & Inkomen.',
        'Describe briefly when, to whom and how professionals report a concern about radicalisation. Share that description with all professionals who may spot signals, also outside the partners, such as youth work or the municipality’s work and income department.',
      ),
    },
  ],
};
