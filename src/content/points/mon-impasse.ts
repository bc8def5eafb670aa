import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const monImpasse: AttentionPoint = {
  id: 'mon-impasse',
  ref: '1.7',
  title: t('Casussen in een impasse', 'Cases at an impasse'),
  summary: t(
    'Regelmatig is er in een casus voor- noch achteruitgang: maandenlang geen nieuwe informatie, geen interventiemogelijkheden meer, de betrokkene mijdt elk contact en er zijn geen nieuwe signalen. Men grijpt dan terug op oude informatie. Partners vinden het moeilijk samen te beslissen wat er moet gebeuren, omdat niet is vastgesteld wat in zulke gevallen de bedoeling is. Sommigen willen doorgaan uit angst iets te missen; anderen zien geen meerwaarde meer in actieve bespreking en willen naar monitoren.',
    'Cases regularly show neither progress nor decline: months without new information, no options for intervention left, the person avoiding all contact and no new signals. Partners then fall back on old information. They find it hard to decide together what should happen, because it has not been settled what the intention is in such cases. Some want to carry on for fear of missing something; others see no value in active discussion any more and want to move to monitoring.',
  ),
  rubric: rubric(
    t(
      'Casussen in een impasse blijven zonder besluit in de PGA.',
      'Cases at an impasse stay in the PGA without a decision.',
    ),
    t(
      'Of een impasse-casus doorgaat, naar monitoren gaat of sluit, hangt af van wie het hardst aandringt.',
      'Whether a case at an impasse continues, moves to monitoring or closes depends on who pushes hardest.',
    ),
    t(
      'Partners hebben afgesproken impasse-casussen te agenderen, maar er is geen vastgelegde werkwijze om tot een besluit te komen.',
      'Partners have agreed to put cases at an impasse on the agenda, but there is no written procedure for reaching a decision.',
    ),
    t(
      'Er is vastgelegd wanneer een casus als impasse geldt en welke stappen dan volgen (laatste poging tot contact, termijn, besluit), en zo wordt het gedaan.',
      'It is written down when a case counts as an impasse and which steps follow (a last attempt at contact, a time limit, a decision), and that is how it is done.',
    ),
    t(
      'Partners evalueren periodiek hoe impasse-casussen zijn afgelopen en scherpen de werkwijze aan.',
      'Partners evaluate at set intervals how cases at an impasse ended and sharpen the procedure.',
    ),
  ),
  questions: [
    {
      id: 'mon-impasse-afspraak',
      origin: 'derived',
      text: t(
        'Is vastgesteld wat er gebeurt met een casus waarin lange tijd voor- noch achteruitgang is, geen nieuwe informatie binnenkomt en de interventiemogelijkheden zijn opgedroogd?',
        'Has it been settled what happens to a case that shows neither progress nor decline for a long time, receives no new information and has run out of options for intervention?',
      ),
    },
    {
      id: 'mon-impasse-besluit',
      origin: 'derived',
      text: t(
        'Kunnen de partners bij een impasse samen tot een besluit komen, ook als de een wil doorgaan uit zorg iets te missen en de ander naar monitoren wil?',
        'Can the partners reach a joint decision on a case at an impasse, even when one wants to carry on for fear of missing something and another wants to move to monitoring?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'mon-impasse-protocol',
      title: t('Werkwijze voor impasse-casussen', 'A procedure for cases at an impasse'),
      description: t(
        'Leg vast wanneer een casus als impasse geldt en wat dan volgt: bijvoorbeeld een laatste poging tot contact of een afgesproken aantal weken volgen, waarna wordt besloten over afsluiten.',
        'Set down when a case counts as an impasse and what follows: for example a last attempt at contact, or following it for an agreed number of weeks, after which closure is decided.',
      ),
    },
  ],
};
