import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const FOUND = t(
  '§1.1: professionals met een (mogelijke) signalerende rol kennen niet altijd alle stromingen en hoe die zich uiten.',
  '§1.1: professionals with a (potential) role in spotting signals are not always familiar with every movement and the forms it takes.',
);
const TRAINING = t(
  '§1.1: volgens professionals helpt het om training te bieden aan wie veel direct contact met inwoners heeft; de online vraag noemt training in online signalen.',
  '§1.1: professionals say it helps to offer training to those in frequent contact with residents; the online question names training in online signals.',
);

export const sigSignaalkennis: AttentionPoint = {
  id: 'sig-signaalkennis',
  ref: '1.1',
  title: t('Kennis om signalen te herkennen', 'Knowledge to recognise signals'),
  summary: t(
    'Professionals met een (mogelijke) signalerende rol kennen niet altijd alle stromingen en hoe die zich uiten. Daardoor zien ze signalen niet, of begrijpen ze die verkeerd. Een voorbeeld zijn rechts-extremistische stickers in de openbare ruimte, zogeheten dog whistles. Volgens professionals helpt het om mensen te trainen die veel contact hebben met inwoners. Denk aan wijkagenten, boa’s, jongerenwerkers, zorgmedewerkers en medewerkers van het klantcontactcentrum van de gemeente. Zo komen ook nieuwe ontwikkelingen en stromingen beter in beeld.',
    'Professionals with a (potential) role in spotting signals are not always familiar with every movement and the forms it takes. As a result they miss signals, or misread them. One example is far-right stickers in public space, known as dog whistles. Professionals say it helps to train people who are in frequent contact with residents, such as community police officers, special enforcement officers (BOAs), youth workers, care workers and staff of the municipal contact centre. This also gives a better view of new developments and movements.',
  ),
  rubric: ladder({
    topic: t('training in het herkennen van signalen', 'training in recognising signals'),
    none: t(
      'Geen enkele professional met een (mogelijke) signalerende rol heeft zo’n training gehad.',
      'No professional with a (potential) role in spotting signals has had such training.',
    ),
    some: t(
      'Wel hebben een of meer professionals met een (mogelijke) signalerende rol zo’n training gehad.',
      'One or more professionals with a (potential) role in spotting signals have had such training.',
    ),
    review: t('de training actueel is', 'the training is up to date'),
    basis: [FOUND, TRAINING, TRAINING, TRAINING],
  }),
  questions: [
    {
      id: 'sig-kennis',
      origin: 'report',
      reportQuestion: 2,
      text: t(
        'Weten professionals met een (mogelijke) signalerende rol in jullie gemeente of regio genoeg om radicalisering en extremisme te herkennen?',
        'Do professionals with a (potential) role in spotting signals in your area know enough to recognise radicalisation and extremism?',
      ),
      help: t(
        'Het gaat om wijkagenten, boa’s, jongerenwerkers, zorgmedewerkers en medewerkers van het klantcontactcentrum en van Werk & Inkomen. Het gaat ook om subtiele signalen, zoals extremistische stickers. De vraag van het rapport is afgebroken; deze aanvulling volgt uit §1.1. De niveaus meten training, omdat kennis zelf moeilijk te laten zien is (keuze van de checklist). De afspraak over training in het herkennen van signalen zegt wie een training krijgt en waarover, ook over subtiele en online signalen (regel van de checklist). Een training telt maar bij één punt (regel van de checklist). Is die voor professionals die signalen (kunnen) opvangen? Dan telt die hier. Is die voor de weegploeg? Dan telt die bij ‘Kennis van stromingen’.',
        'This covers community police officers, special enforcement officers (BOAs), youth workers, care workers and staff of the municipal contact centre and of the work and income department. It also covers subtle signals, such as extremist stickers. The report’s question is cut off; this completion follows from §1.1. The levels measure training, because knowledge itself is hard to show (the checklist’s choice). The agreement on training in recognising signals says who gets training and on what, including subtle and online signals (the checklist’s own rule). A training counts in one point only (the checklist’s own rule). If it is meant for professionals who (may) pick up signals, it counts here. If it is meant for the assessment team, it counts under ‘Knowledge of movements’.',
      ),
    },
    {
      id: 'sig-online-training',
      origin: 'report',
      reportQuestion: 5,
      text: t(
        'Trainen jullie de professionals met een (mogelijke) signalerende rol in het herkennen van online signalen van radicalisering?',
        'Do you train the professionals with a (potential) role in spotting signals to recognise online signals of radicalisation?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sig-structuur-training',
      title: t(
        'Professionals met veel contact met inwoners trainen in signaleren',
        'Train professionals in frequent contact with residents to spot signals',
      ),
      description: t(
        'Bied wijkagenten, boa’s, jongerenwerkers, zorgorganisaties en medewerkers van klantcontact en Werk & Inkomen een training in het herkennen van signalen. Neem subtiele uitingen mee.',
        'Offer training in recognising signals to community police officers, special enforcement officers (BOAs), youth workers, care organisations, and staff of the municipal contact centre and the work and income department. Include subtle expressions.',
      ),
    },
    {
      id: 'sig-online-trainen',
      title: t('Training in online signalen', 'Training in online signals'),
      description: t(
        'Neem het herkennen van online signalen van radicalisering op in de training van professionals met een (mogelijke) signalerende rol.',
        'Include recognising online signals of radicalisation in the training of professionals with a (potential) role in spotting signals.',
      ),
    },
    {
      id: 'sig-structuur-fenomenen',
      title: t('Kennis over nieuwe stromingen actueel houden', 'Keep knowledge of new movements up to date'),
      description: t(
        'Organiseer op vaste momenten een kennissessie over nieuwe stromingen en hoe die zich uiten, zoals dog whistles en stickers in het rechts-extremisme.',
        'Hold a briefing at set times on new movements and forms of expression, such as dog whistles and stickers in far-right extremism.',
      ),
    },
  ],
};
