import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const FOUND = t(
  '§1.1: een heldere signaleringsstructuur (wanneer, bij wie en hoe zorgen worden gedeeld) is een randvoorwaarde. Maar die is niet overal op orde of bekend bij professionals. ‘Meldroute’ is het woord van de checklist.',
  '§1.1: a clear structure for spotting and reporting signals (when, to whom and how a concern is shared) is a precondition. But it is not in place everywhere, or not known to professionals. ‘Reporting route’ is the checklist’s term.',
);
const NORM = t(
  '§1.1: het is belangrijk dat professionals weten wanneer, bij wie en hoe ze zorgen kunnen delen.',
  '§1.1: it is important that professionals know when, to whom and how they can share a concern.',
);

export const sigStructuur: AttentionPoint = {
  id: 'sig-structuur',
  ref: '1.1',
  title: t('Een heldere meldroute voor signalen', 'A clear reporting route for signals'),
  summary: t(
    'Het is belangrijk dat professionals weten wanneer, bij wie en hoe ze zorgen over radicalisering kunnen delen. Meestal wordt een signaal direct bij de gemeente gemeld, of via een wijkagent. Een heldere signaleringsstructuur is daarbij een randvoorwaarde. Zo’n signaleringsstructuur is nog niet overal op orde of bekend bij professionals.',
    'It is important that professionals know when, to whom and how to share a concern about radicalisation. A signal is usually reported straight to the municipality, or through a community police officer. A clear structure for spotting and reporting signals is a precondition. Such a structure is not yet in place everywhere, and in some places professionals do not know it.',
  ),
  ...ladder({
    topic: t('de meldroute voor signalen', 'the reporting route for signals'),
    scope: t(
      'wanneer, bij wie en hoe professionals zorgen melden. Ook hoort erbij hoe ze de route leren kennen (§1.1).',
      'when, to whom and how professionals report a concern. It also covers how they get to know the route (§1.1).',
    ),
    review: t('de route bekend blijft', 'professionals still know the route'),
    basis: [FOUND, FOUND, NORM, NORM],
    agreementIsChoice: true,
  }),
  questions: [
    {
      id: 'sig-structuur-helder',
      activity: t(
        'iemand gebruikte een tekst waarin staat bij wie of waar zorgen over radicalisering worden gemeld.',
        'someone used a text that says to whom or where concerns about radicalisation are reported.',
      ),
      origin: 'report',
      reportQuestion: 1,
      text: t(
        'Hebben jullie in de gemeente of regio een heldere meldroute voor signalen van radicalisering afgesproken?',
        'Have you agreed a clear reporting route for signals of radicalisation in your municipality or region?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt naar een heldere signaleringsstructuur. Daar hoort ook bij wie signaleert en hoe die is toegerust (§1.1). Deze vraag gaat over één deel: de route waarlangs zorgen worden gemeld. Helder betekent hier: de afspraak zegt wanneer, bij wie of waar, en hoe professionals zorgen melden (§1.1).',
        'Adapted question: the report asks about a clear structure for spotting and reporting signals (‘signaleringsstructuur’). That also covers who picks up signals and how they are equipped (§1.1). This question is about one part: the route by which a concern is reported. Clear means here: the agreement says when, to whom or where, and how professionals report a concern (§1.1).',
      ),
      rules: [
        t(
          'Legt een training uit waar en hoe professionals zorgen melden? Dan telt dat deel van de training bij de volgende vraag. Een deel dat over een ander punt gaat, telt bij dat punt. De rest hoort bij ‘Kennis om signalen te herkennen’.',
          'If a training course explains where and how professionals report a concern, that part of the course counts under the next question. A part about another point counts under that point. The rest of the course belongs under ‘Knowledge to recognise signals’.',
        ),
        t(
          '‘Hoe’ is de manier van melden, zoals een formulier, e-mailadres of telefoonnummer. De route eindigt waar de melding binnenkomt. Wat daarna met de melding gebeurt, hoort niet bij deze vraag. Zegt de afspraak wat er gebeurt met een melding bij een ander dan het meldpunt? Dan is die melding geen andere weg.',
          '‘How’ is the means of reporting, such as a form, an email address or a phone number. The route ends where the concern is received. What happens to it after that is not part of this question. If the agreement says what happens to a concern reported to someone other than the reporting point, that is not another route.',
        ),
      ],
    },
    {
      id: 'sig-structuur-bekend',
      activity: t(
        'iemand vertelde professionals waar ze zorgen over radicalisering konden melden.',
        'someone told professionals where they could report a concern about radicalisation.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken hoe professionals de meldroute leren kennen, als zij bij hun werk signalen kunnen opvangen?',
        'Have you agreed how professionals who may pick up signals get to know the reporting route?',
      ),
      help: t(
        'Volgens het rapport kennen professionals de route nog niet overal (§1.1).',
        'The report finds the route not yet known to professionals everywhere (§1.1).',
      ),
      rules: [
        t(
          'Of professionals de route ook echt kennen, meten de niveaus niet. Jullie kunnen het bij de terugblik bespreken.',
          'The levels do not measure whether professionals actually know the route. You can discuss it at the review.',
        ),
      ],
      basis: FOUND,
    },
  ],
  suggestedActions: [
    {
      id: 'sig-structuur-route',
      title: t('Meldroute beschrijven en verspreiden', 'Describe and share the reporting route'),
      description: t(
        'Beschrijf kort wanneer, bij wie en hoe professionals zorgen over radicalisering melden. Verspreid die beschrijving onder alle professionals die kunnen signaleren, ook buiten het casusoverleg. Denk aan jongerenwerk of de afdeling Werk & Inkomen (voorstel van de checklist).',
        'Describe briefly when, to whom and how professionals report a concern about radicalisation. Share that description with all professionals who may pick up signals, including those outside the case meeting. Examples are youth work and the municipality’s work and income department (the checklist’s suggestion).',
      ),
    },
  ],
};
