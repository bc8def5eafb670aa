import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const MEANING = t(
  '§1.7: de politie kent een andere betekenis van monitoring dan de integrale PGA.',
  '§1.7: the police give monitoring a different meaning from the integrated PGA.',
);
const UNCLEAR = t(
  '§1.7: niet duidelijk vastgesteld is wat er moet gebeuren, waardoor beslissen lastig is.',
  '§1.7: it is not clearly settled what should happen, which makes decisions hard.',
);
const ASKS = t(
  '§1.7: het rapport vraagt wat partners onder monitoren verstaan, en welke afspraken zij hebben over overgang en afsluiten.',
  '§1.7: the report asks what partners mean by monitoring, and which agreements they have on moving to it and closing.',
);
const CLEAR = t(
  '§1.7: heldere afspraken over wanneer, wat, wie en waarop gemonitord wordt, voorkomen dat een casus onnodig lang wordt besproken.',
  '§1.7: clear agreements on when, what, who and what is monitored prevent a case being discussed longer than needed.',
);

export const monAfspraken: AttentionPoint = {
  id: 'mon-afspraken',
  ref: '1.7',
  title: t(
    'Een heldere omschrijving van en afspraken over monitoren',
    'A clear description of and agreements on monitoring',
  ),
  summary: t(
    'Heldere afspraken zijn nodig over wanneer een casus naar monitoren gaat en wat monitoren inhoudt. Ook moet duidelijk zijn wie monitort en wat er gevolgd wordt. Dat voorkomt dat een casus onnodig, en misschien onrechtmatig, lang in de PGA wordt besproken. Het geeft ook vertrouwen dat een afgesloten casus terug kan komen als er nieuwe signalen zijn. Let op: de politie gebruikt het woord monitoring in een andere betekenis.',
    'Clear agreements are needed on when a case moves to monitoring and what monitoring involves. It must also be clear who monitors and what is followed. This prevents a case being discussed in the PGA longer than needed, and perhaps unlawfully. It also gives confidence that a closed case can come back if new signals arise. Note: the police use the word monitoring in a different sense.',
  ),
  rubric: rubric(
    lv(
      t(
        'Monitoren is niet omschreven; partners gebruiken het woord ieder op hun eigen manier.',
        'Monitoring is not described; each partner uses the word in their own way.',
      ),
      MEANING,
    ),
    lv(
      t(
        'Wanneer een casus naar monitoren gaat of wordt afgesloten, bepalen de aanwezigen per casus.',
        'When a case moves to monitoring or is closed is decided by those present, case by case.',
      ),
      UNCLEAR,
    ),
    lv(
      t(
        'De partners hebben afgesproken wat monitoren is en wanneer een casus overgaat of sluit, maar dat staat niet op papier.',
        'The partners have agreed what monitoring is and when a case moves on or closes, but this is not written down.',
      ),
      ASKS,
    ),
    lv(
      t(
        'Een omschrijving van monitoren, met criteria voor overgang en afsluiten, staat op papier en wordt in elke casus gebruikt.',
        'A description of monitoring, with criteria for moving on and closing, is written down and used in every case.',
      ),
      CLEAR,
    ),
    lv(
      t(
        'De partners bekijken op vaste momenten afgesloten en heropende casussen terug, en passen de afspraken aan.',
        'The partners review closed and reopened cases at set times, and adjust the agreements.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'mon-definitie',
      origin: 'report',
      reportQuestion: 13,
      text: t(
        'Hebben jullie een gedeelde omschrijving van wat jullie onder monitoren verstaan?',
        'Do you have a shared description of what you mean by monitoring?',
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
        'Hebben jullie afgesproken wanneer een casus overgaat naar monitoren?',
        'Have you agreed when a case moves to monitoring?',
      ),
    },
    {
      id: 'mon-afsluiten',
      origin: 'report',
      reportQuestion: 13,
      text: t(
        'Hebben jullie afgesproken wanneer een casus wordt afgesloten?',
        'Have you agreed when a case is closed?',
      ),
    },
    {
      id: 'mon-wie-wat',
      origin: 'derived',
      text: t(
        'Hebben jullie vastgelegd wie er monitort en wat er wordt gemonitord?',
        'Have you written down who monitors and what is monitored?',
      ),
      basis: CLEAR,
    },
    {
      id: 'mon-heropenen',
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken hoe een afgesloten casus terugkomt in de PGA bij nieuwe signalen?',
        'Have you agreed how a closed case returns to the PGA when new signals arise?',
      ),
      basis: t(
        '§1.7: partners moeten erop kunnen vertrouwen dat een afgesloten casus bij nieuwe signalen opnieuw besproken kan worden.',
        '§1.7: partners must be able to trust that a closed case can be discussed again when new signals arise.',
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
        'Leg vast wanneer een casus naar monitoren gaat en wat monitoren inhoudt. Leg ook vast wie monitort, wat er gevolgd wordt en wanneer een casus sluit.',
        'Write down when a case moves to monitoring and what monitoring involves. Also write down who monitors, what is followed and when a case closes.',
      ),
    },
    {
      id: 'mon-afspraken-terugkeer',
      title: t('Route terug bij nieuwe signalen', 'A route back on new signals'),
      description: t(
        'Spreek af hoe nieuwe signalen over een afgesloten casus snel weer bij de weegploeg komen. Zo kunnen partners met vertrouwen afsluiten.',
        'Agree how new signals about a closed case quickly reach the weighing team again. Partners can then close cases with confidence.',
      ),
    },
  ],
};
