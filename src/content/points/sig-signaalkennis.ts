import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const FOUND = t(
  '§1.1: professionals die signalen kunnen opvangen, hebben niet altijd genoeg kennis van alle verschijnselen en hoe die zich uiten.',
  '§1.1: professionals who may pick up signals do not always know enough about every phenomenon and the forms it takes.',
);
const TRAINING = t(
  '§1.1: volgens professionals kan de signaleringsstructuur sterker worden als er meer wordt ingezet op professionals met veel direct contact met inwoners. Trainingen voor hen vergroten de kans dat signalen worden opgepikt. De vraag van §1.1 over online contact en signalen noemt ook training, zodat professionals online signalen van radicalisering herkennen.',
  '§1.1: professionals say the structure for spotting and reporting signals can be strengthened by making more use of professionals in frequent, direct contact with residents. Training them makes it more likely that signals are picked up. The report’s question in §1.1 on online contact and signals also names training professionals to recognise online signals of radicalisation.',
);

export const sigSignaalkennis: AttentionPoint = {
  id: 'sig-signaalkennis',
  ref: '1.1',
  title: t('Kennis om signalen te herkennen', 'Knowledge to recognise signals'),
  summary: t(
    'Professionals die signalen kunnen opvangen, hebben niet altijd genoeg kennis van alle verschijnselen en hoe die zich uiten. Daardoor zien ze signalen niet, of begrijpen ze die verkeerd. Een voorbeeld: in het rechts-extremisme dienen stickers in de openbare ruimte vaak als subtiele signalen, ook wel dog whistles genoemd. Volgens professionals kan de signaleringsstructuur sterker worden als er meer wordt ingezet op professionals met veel direct contact met inwoners. Denk aan wijkagenten, boa’s, jongerenwerkers, zorgorganisaties en medewerkers van het klantcontactcentrum en van Werk & Inkomen van de gemeente. Trainingen voor hen vergroten de kans dat signalen worden opgepikt (§1.1). Zo komen ook nieuwe ontwikkelingen en verschijnselen beter in beeld.',
    'Professionals who may pick up signals do not always know enough about every phenomenon and the forms it takes. As a result they miss signals, or misread them. One example: in far-right extremism, stickers in public places often serve as subtle signals, also called dog whistles. Professionals say the structure for spotting and reporting signals can be strengthened by making more use of professionals in frequent, direct contact with residents. Examples are community police officers, special enforcement officers (BOAs), youth workers and care organisations. Municipal staff in the contact centre and the work and income department are examples too. Training them makes it more likely that signals are picked up (§1.1). This also gives a clearer picture of new developments and phenomena.',
  ),
  ...ladder({
    topic: t('training in het herkennen van signalen', 'training in recognising signals'),
    scope: t(
      'wie training krijgt en waarover (keuze van de checklist). Ook subtiele en online signalen horen erbij. Het rapport noemt professionals met veel direct contact met inwoners, zoals wijkagenten, boa’s en jongerenwerkers (§1.1). Een training voor hen én de weegploeg samen hoort bij dit punt (keuze van de checklist).',
      'who gets training and on what (the checklist’s choice). Subtle and online signals are part of it. The report names professionals in frequent direct contact with residents, such as community police officers, BOAs and youth workers (§1.1). A course for both them and the assessment team belongs here (the checklist’s choice).',
    ),
    review: t('de training actueel is', 'the training is up to date'),
    basis: [FOUND, TRAINING, TRAINING, TRAINING],
    agreementIsChoice: true,
  }),
  questions: [
    {
      id: 'sig-kennis',
      activity: t(
        'een professional die signalen kan opvangen, volgde een training over radicalisering of extremisme.',
        'a professional who may pick up signals attended a training course on radicalisation or extremism.',
      ),
      origin: 'report',
      reportQuestion: 2,
      text: t(
        'Hebben jullie afgesproken hoe professionals leren radicalisering en extremisme te herkennen, als zij bij hun werk signalen kunnen opvangen?',
        'Have you agreed how professionals who may pick up signals learn to recognise radicalisation and extremism?',
      ),
      help: t(
        'Aangepaste vraag: de rapportvraag breekt af na ‘beschikken de professionals die een belangrijke signalerende functie hebben of kunnen hebben over’. De checklist vult aan: genoeg kennis om radicalisering en extremisme te herkennen. De niveaus meten training: kennis is moeilijk te laten zien (keuze van de checklist). Het rapport noemt professionals met veel direct contact met inwoners, zoals wijkagenten, boa’s en jongerenwerkers. Let op: een hoog niveau zegt alleen dat jullie afspraak alles regelt, op papier staat en wordt gevolgd. Het zegt niet dat jullie al deze groepen trainen. Volgens het rapport helpt training om signalen op te pikken (§1.1).',
        'Adapted question: the report’s question breaks off after ‘do the professionals who have or may have an important role in spotting signals have’. The checklist adds: enough knowledge to recognise radicalisation and extremism. The levels measure training: knowledge is hard to show (the checklist’s choice). The report names professionals in frequent, direct contact with residents, like community police officers, BOAs and youth workers. Note: a high level says only that your agreement covers everything, is in writing and is followed. It does not say you train all these groups. According to the report, training helps to pick up signals (§1.1).',
      ),
      rules: [
        t(
          'Een training telt bij één van de twee punten over kennis. Is de training voor professionals die signalen kunnen opvangen? Dan hoort die hier, ook als de weegploeg meedoet. Is die alleen voor de weegploeg? Dan hoort die bij ‘Kennis van stromingen’. Dat geldt ook voor de handeling bij niveau 1 en 2.',
          'A training course counts under one of the two points on knowledge. If it is meant for professionals who may pick up signals, including a course they share with the assessment team, it belongs here. If it is meant only for the assessment team, it belongs under ‘Knowledge of movements’. This also applies to the activity at levels 1 and 2.',
        ),
      ],
      doubts: [
        t(
          'Zegt een zin alleen dat medewerkers kennis moeten hebben, zoals ‘partijen zorgen dat hun medewerkers kennis hebben van radicalisering’? Dan zegt die niet hoe zij die kennis opdoen. Zo’n zin regelt hier niets (keuze van de checklist).',
          'Take a sentence that says only that staff must have knowledge, such as ‘the parties see to it that their staff know about radicalisation’. It does not say how they gain that knowledge, so it covers nothing here (the checklist’s choice).',
        ),
      ],
    },
    {
      id: 'sig-online-training',
      activity: t(
        'een professional die signalen kan opvangen, volgde een training over online signalen van radicalisering.',
        'a professional who may pick up signals attended a training course on online signals of radicalisation.',
      ),
      origin: 'report',
      reportQuestion: 5,
      text: t(
        'Hebben jullie afgesproken dat professionals een training krijgen in het herkennen van online signalen van radicalisering?',
        'Have you agreed that professionals get training in recognising online signals of radicalisation?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt in hoeverre jullie investeren in het trainen van professionals in online signalen (§1.1). Het gaat om professionals die bij hun werk signalen kunnen opvangen. De niveaus meten de gezamenlijke afspraak over die training, niet hoeveel jullie investeren (keuze van de checklist).',
        'Adapted question: the report asks to what extent you invest in training professionals in online signals (§1.1). This means professionals who may pick up signals in their work. The levels measure the joint agreement on that training, not how much you invest (the checklist’s choice).',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sig-structuur-training',
      title: t(
        'Professionals met veel contact met inwoners trainen in signaleren',
        'Train professionals in frequent contact with residents to pick up signals',
      ),
      description: t(
        'Bied wijkagenten, boa’s, jongerenwerkers, zorgorganisaties en medewerkers van klantcontact en Werk & Inkomen een training in het herkennen van signalen. Neem subtiele uitingen mee. Volgens het rapport vergroot dat de kans dat signalen worden opgepikt (§1.1; voorstel van de checklist).',
        'Offer training in recognising signals to community police officers, special enforcement officers (BOAs), youth workers and care organisations. Offer it to staff of the municipal contact centre and the work and income department as well. Include subtle expressions. According to the report, this makes it more likely that signals are picked up (§1.1; the checklist’s suggestion).',
      ),
    },
    {
      id: 'sig-online-trainen',
      title: t('Training in online signalen', 'Training in online signals'),
      description: t(
        'Neem het herkennen van online signalen van radicalisering op in de training van professionals die signalen kunnen opvangen. §1.1 vraagt hiernaar; de actie is een voorstel van de checklist.',
        'Include recognising online signals of radicalisation in the training of professionals who may pick up signals. §1.1 asks about this; the action is the checklist’s suggestion.',
      ),
    },
    {
      id: 'sig-structuur-fenomenen',
      title: t('Kennis over nieuwe stromingen actueel houden', 'Keep knowledge of new movements up to date'),
      description: t(
        'Organiseer op vaste momenten een kennissessie over nieuwe stromingen en hoe die zich uiten (voorstel van de checklist). Voorbeelden zijn dog whistles en stickers in het rechts-extremisme.',
        'Hold a learning session at set times on new movements and forms of expression (the checklist’s suggestion). Examples of such forms are dog whistles and stickers in far-right extremism.',
      ),
    },
  ],
};
