import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const sigStructuur: AttentionPoint = {
  id: 'sig-structuur',
  ref: '1.1',
  title: t(
    'Een heldere signaleringsstructuur en de kennis om signalen te zien',
    'A clear reporting structure and the knowledge to see signals',
  ),
  summary: t(
    'Professionals moeten weten wanneer, bij wie en hoe ze een zorg kunnen melden. Die structuur is niet overal op orde of bekend. Ook kennen professionals met een signalerende rol niet altijd alle fenomenen en uitingsvormen, zodat signalen gemist of verkeerd begrepen worden, zoals rechts-extremistische stickers in de openbare ruimte. Training van professionals met veel direct contact met inwoners vergroot de kans dat signalen worden opgepikt.',
    'Professionals need to know when, to whom and how to raise a concern. That structure is not in place, or not known, everywhere. Professionals who could spot signals do not always know every phenomenon and how it shows, so signals are missed or misread, such as far-right stickers in public space. Training the professionals who see residents every day makes it more likely that signals are picked up.',
  ),
  rubric: rubric(
    t(
      'Er is geen afgesproken route voor het melden van zorgen over radicalisering.',
      'There is no agreed route for reporting concerns about radicalisation.',
    ),
    t(
      'Melden gebeurt via persoonlijke contacten; wie het weet, weet het. Kennis hangt af van individuele interesse.',
      'Reports go through personal contacts; those who know, know. Knowledge depends on individual interest.',
    ),
    t(
      'Partners hebben afgesproken waar en hoe gemeld wordt, maar niet alle signalerende professionals kennen die route; training is incidenteel.',
      'Partners have agreed where and how to report, but not every professional who might spot signals knows the route; training is occasional.',
    ),
    t(
      'De meldroute is beschreven en bekend bij de professionals die hem nodig hebben; zij worden structureel getraind, ook op nieuwe fenomenen.',
      'The reporting route is written down and known to the professionals who need it; they are trained on a regular basis, including on new phenomena.',
    ),
    t(
      'Route en training worden periodiek met de partners geëvalueerd (komen signalen binnen, en de goede?) en bijgesteld.',
      'Route and training are evaluated with the partners at set intervals (do signals come in, and the right ones?) and adjusted.',
    ),
  ),
  questions: [
    {
      id: 'sig-structuur-helder',
      origin: 'report',
      reportQuestion: 1,
      text: t(
        'Is er in uw gemeente of regio een heldere signaleringsstructuur voor signalen van radicalisering?',
        'Does your municipality or region have a clear structure for reporting signs of radicalisation?',
      ),
    },
    {
      id: 'sig-structuur-bekend',
      origin: 'derived',
      text: t(
        'Weten de professionals die signalen kunnen opvangen wanneer, bij wie en hoe ze hun zorgen kunnen delen?',
        'Do the professionals who may pick up signals know when, to whom and how to share their concerns?',
      ),
    },
    {
      id: 'sig-kennis',
      origin: 'report',
      reportQuestion: 2,
      text: t(
        'Beschikken de professionals die een belangrijke signalerende functie hebben of kunnen hebben over voldoende kennis van de verschillende fenomenen en hun uitingsvormen om signalen te herkennen en juist te interpreteren?',
        'Do the professionals who have, or could have, an important role in spotting signals know enough about the different phenomena and how they show to recognise signals and read them correctly?',
      ),
      help: t(
        'Denk aan wijkagenten, BOA’s, jongerenwerkers, zorgorganisaties, het klantcontactcentrum en Werk & Inkomen, en aan subtiele signalen zoals extremistische stickers.',
        'Think of community police officers, enforcement officers (BOAs), youth workers, care organisations, the municipal contact centre and Work & Income, and of subtle signals such as extremist stickers.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sig-structuur-route',
      title: t('Meldroute beschrijven en verspreiden', 'Write down and share the reporting route'),
      description: t(
        'Leg op één pagina vast wanneer, bij wie en hoe professionals een zorg over radicalisering melden, en verspreid die onder alle partners.',
        'Set out on one page when, to whom and how professionals report a concern about radicalisation, and share it with all partners.',
      ),
    },
    {
      id: 'sig-structuur-training',
      title: t(
        'Eerstelijnsprofessionals trainen in signaleren',
        'Train front-line professionals to spot signals',
      ),
      description: t(
        'Bied wijkagenten, BOA’s, jongerenwerkers, zorgorganisaties en medewerkers van klantcontact en Werk & Inkomen een training in het herkennen van signalen, inclusief subtiele en online uitingen.',
        'Offer community police officers, BOAs, youth workers, care organisations and contact-centre and Work & Income staff training in recognising signals, including subtle and online ones.',
      ),
    },
    {
      id: 'sig-structuur-fenomenen',
      title: t('Kennis over nieuwe fenomenen actueel houden', 'Keep knowledge of new phenomena up to date'),
      description: t(
        'Organiseer periodiek een kennissessie over nieuwe stromingen en uitingsvormen, zoals dog whistles en stickers binnen het rechts-extremisme.',
        'Hold a regular knowledge session on new movements and how they show, such as dog whistles and stickers in far-right extremism.',
      ),
    },
  ],
};
