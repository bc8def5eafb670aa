import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const monAfspraken: AttentionPoint = {
  id: 'mon-afspraken',
  ref: '1.7',
  title: t(
    'Een heldere definitie van en afspraken over monitoring',
    'A clear definition of and agreements on monitoring',
  ),
  summary: t(
    'Een casus zonder interventiemogelijkheden en zonder zicht op meerwaarde van bespreking hoort naar monitoren te gaan, eventueel na een laatste poging tot contact. Verslechtert de situatie tijdens het monitoren, dan wordt opnieuw geduid en de casus weer actief besproken; verandert er niets, dan volgt afsluiten. Heldere afspraken over wanneer monitoren begint, wat het inhoudt, wie monitort en wat er gevolgd wordt, voorkomen dat casussen onnodig en mogelijk onrechtmatig lang in de PGA blijven. Partners moeten er ook op kunnen vertrouwen dat een afgesloten casus terugkomt als er nieuwe signalen zijn.',
    'A case without options for intervention and with no prospect that discussing it adds value should move to monitoring, possibly after a last attempt at contact. If the situation worsens during monitoring, the case is reassessed and actively discussed again; if nothing changes, it is closed. Clear agreements on when monitoring starts, what it means, who monitors and what is followed prevent cases from staying in the PGA unnecessarily, and possibly unlawfully, long. Partners must also be able to trust that a closed case comes back if new signals arise.',
  ),
  rubric: rubric(
    t(
      'Er is geen gedeeld begrip van monitoren en geen afspraak over afsluiten.',
      'There is no shared understanding of monitoring and no agreement on closing.',
    ),
    t(
      'Of een casus naar monitoren gaat of sluit, besluit men per keer zonder vaste criteria.',
      'Whether a case moves to monitoring or closes is decided each time without set criteria.',
    ),
    t(
      'Partners hebben afgesproken wat monitoren is en wanneer een casus sluit, maar dat is niet vastgelegd of wordt wisselend toegepast.',
      'Partners have agreed what monitoring is and when a case closes, but this is not written down or is applied unevenly.',
    ),
    t(
      'Definitie, criteria voor overgang en afsluiten, wie monitort en wat, en de route terug bij nieuwe signalen zijn vastgelegd en worden in elke casus toegepast.',
      'The definition, the criteria for moving on and for closing, who monitors and what, and the route back on new signals are written down and applied in every case.',
    ),
    t(
      'Partners evalueren periodiek de doorlooptijd en afloop van casussen en stellen de afspraken over monitoren en afsluiten bij.',
      'Partners evaluate case durations and outcomes at set intervals and adjust the agreements on monitoring and closing.',
    ),
  ),
  questions: [
    {
      id: 'mon-definitie',
      origin: 'report',
      reportQuestion: 13,
      text: t(
        'Is er een gedeelde omschrijving van wat jullie onder monitoren verstaan?',
        'Is there a shared description of what you mean by monitoring?',
      ),
      help: t(
        'De politie kent een eigen betekenis van monitoring; hier gaat het om monitoren binnen de integrale PGA.',
        'The police use “monitoring” in a sense of their own; here it means monitoring within the integrated PGA.',
      ),
    },
    {
      id: 'mon-overgang',
      origin: 'report',
      reportQuestion: 13,
      text: t(
        'Hebben jullie afspraken gemaakt over wanneer een casus overgaat naar monitoren?',
        'Have you agreed when a case moves to monitoring?',
      ),
    },
    {
      id: 'mon-afsluiten',
      origin: 'report',
      reportQuestion: 13,
      text: t(
        'Hebben jullie afspraken gemaakt over wanneer een casus wordt afgesloten?',
        'Have you agreed when a case is closed?',
      ),
    },
    {
      id: 'mon-wie-wat',
      origin: 'derived',
      text: t(
        'Is vastgelegd wie er monitort en wat er gemonitord wordt?',
        'Is it written down who monitors and what is monitored?',
      ),
    },
    {
      id: 'mon-heropenen',
      origin: 'derived',
      text: t(
        'Is afgesproken hoe een afgesloten casus opnieuw in de PGA kan worden besproken als er nieuwe signalen zijn?',
        'Has it been agreed how a closed case can be brought back into the PGA when new signals arise?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'mon-afspraken-vastleggen',
      title: t(
        'Afspraken over monitoren en afsluiten vastleggen',
        'Write down agreements on monitoring and closing',
      ),
      description: t(
        'Leg vast wanneer een casus naar monitoren gaat, wat monitoren inhoudt, wie monitort, wat er gevolgd wordt en wanneer een casus wordt afgesloten.',
        'Set down when a case moves to monitoring, what monitoring involves, who monitors, what is followed and when a case is closed.',
      ),
    },
    {
      id: 'mon-afspraken-terugkeer',
      title: t('Route terug bij nieuwe signalen', 'A route back on new signals'),
      description: t(
        'Spreek af hoe nieuwe signalen over een afgesloten casus snel weer bij de weegploeg komen, zodat partners met vertrouwen kunnen afsluiten.',
        'Agree how new signals about a closed case reach the weighing team quickly, so partners can close cases with confidence.',
      ),
    },
  ],
};
