import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const FOUND = t(
  '§1.1: professionals met een signalerende rol kennen niet altijd alle fenomenen en uitingsvormen.',
  '§1.1: professionals who spot signals do not always know every phenomenon and how it shows.',
);
const TRAINING = t(
  '§1.1: volgens professionals helpt training van wie veel direct contact met inwoners heeft; de online vraag noemt training in online signalen.',
  '§1.1: professionals say training those in daily contact with residents helps; the online question names training in online signals.',
);

export const sigSignaalkennis: AttentionPoint = {
  id: 'sig-signaalkennis',
  ref: '1.1',
  title: t('Kennis om signalen te herkennen', 'Knowledge to recognise signals'),
  summary: t(
    'Professionals met een signalerende rol kennen niet altijd alle fenomenen en hoe die zich uiten. Daardoor zien ze signalen niet, of begrijpen ze die verkeerd. Een voorbeeld zijn rechts-extremistische stickers in de openbare ruimte, zogeheten dog whistles. Volgens professionals helpt het om wie veel contact met inwoners heeft te trainen. Denk aan wijkagenten, boa’s, jongerenwerkers, zorgorganisaties en het klantcontact van de gemeente. Zo komen ook nieuwe fenomenen sneller in beeld.',
    'Professionals who spot signals do not always know every phenomenon and how it shows. As a result they miss signals, or misread them. One example is far-right stickers in public space, known as dog whistles. Professionals say it helps to train those who are in frequent contact with residents. Think of community police officers, enforcement officers, youth workers, care organisations and the municipal contact centre. New phenomena then also come into view sooner.',
  ),
  rubric: rubric(
    lv(
      t(
        'Professionals met een signalerende rol krijgen geen training of informatie over radicalisering.',
        'Professionals who spot signals receive no training or information about radicalisation.',
      ),
      FOUND,
    ),
    lv(
      t(
        'Kennis hangt af van wat professionals zelf opzoeken; training volgen zij alleen op eigen initiatief.',
        'Knowledge depends on what professionals look up themselves; they only take training on their own initiative.',
      ),
      FOUND,
    ),
    lv(
      t(
        'De partners hebben afgesproken welke beroepsgroepen training krijgen, maar er is nog geen trainingsplan.',
        'The partners have agreed which professions receive training, but there is no training plan yet.',
      ),
      TRAINING,
    ),
    lv(
      t(
        'Er is een trainingsplan voor die beroepsgroepen, met online signalen erin; deelname wordt bijgehouden.',
        'There is a training plan for those professions, including online signals; attendance is recorded.',
      ),
      TRAINING,
    ),
    lv(
      t(
        'De partners bekijken op vaste momenten of de training nieuwe fenomenen dekt, en passen haar aan.',
        'The partners check at set times whether the training covers new phenomena, and adjust it.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'sig-kennis',
      origin: 'report',
      reportQuestion: 2,
      text: t(
        'Weten jullie professionals met een (mogelijke) signalerende rol genoeg van de fenomenen en hun uitingen om signalen te herkennen?',
        'Do your professionals who spot, or could spot, signals know enough about the phenomena and how they show to recognise signals?',
      ),
      help: t(
        'Denk aan wijkagenten, boa’s, jongerenwerkers, zorgorganisaties, het klantcontactcentrum en Werk & Inkomen. Denk ook aan subtiele signalen, zoals extremistische stickers.',
        'Think of community police officers, enforcement officers (boa’s), youth workers, care organisations, the municipal contact centre and Work & Income. Think also of subtle signals, such as extremist stickers.',
      ),
    },
    {
      id: 'sig-online-training',
      origin: 'report',
      reportQuestion: 5,
      text: t(
        'Trainen jullie professionals in het herkennen van online signalen van radicalisering?',
        'Do you train professionals to recognise online signs of radicalisation?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sig-structuur-training',
      title: t(
        'Eerstelijnsprofessionals trainen in signaleren',
        'Train front-line professionals to spot signals',
      ),
      description: t(
        'Bied wijkagenten, boa’s, jongerenwerkers, zorgorganisaties en medewerkers van klantcontact en Werk & Inkomen een training in het herkennen van signalen. Neem subtiele uitingen mee.',
        'Offer community police officers, enforcement officers, youth workers, care organisations and contact-centre and Work & Income staff training in recognising signals. Include subtle signs.',
      ),
    },
    {
      id: 'sig-online-trainen',
      title: t('Training in online signalen', 'Training in online signals'),
      description: t(
        'Neem het herkennen van online signalen van radicalisering op in de training van professionals met een signalerende rol.',
        'Include recognising online signs of radicalisation in the training of professionals who spot signals.',
      ),
    },
    {
      id: 'sig-structuur-fenomenen',
      title: t('Kennis over nieuwe fenomenen actueel houden', 'Keep knowledge of new phenomena up to date'),
      description: t(
        'Organiseer op vaste momenten een kennissessie over nieuwe stromingen en uitingsvormen, zoals dog whistles en stickers in het rechts-extremisme.',
        'Hold a knowledge session at set times on new movements and how they show, such as dog whistles and stickers in far-right extremism.',
      ),
    },
  ],
};
