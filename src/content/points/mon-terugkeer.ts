import type { Question } from '../types';
import { t } from '../text';

// The two questions of 'Monitoren' on a case coming back into active discussion: from monitoring when things get
// worse, and after closure on new signals (§1.7). Kept apart so the point's file stays readable.
const STEP_UP = t(
  '§1.7: doen zich tijdens het monitoren negatieve ontwikkelingen voor, dan worden die opnieuw geduid en wordt de casus weer actief besproken.',
  '§1.7: if negative developments occur during monitoring, they are re-interpreted and the case is again discussed actively.',
);

/** mon-opschalen and mon-heropenen, in the point's order. */
export const RETURN_QUESTIONS: Question[] = [
  {
    id: 'mon-opschalen',
    activity: t(
      'het casusoverleg haalde een casus uit monitoren terug naar actief bespreken.',
      'the case meeting brought a case back from monitoring to active discussion.',
    ),
    origin: 'derived',
    text: t(
      'Hebben jullie afgesproken wanneer een gemonitorde casus weer actief besproken wordt?',
      'Have you agreed when a case goes back from monitoring to active discussion?',
    ),
    help: t(
      'Bijvoorbeeld als er tijdens het monitoren negatieve ontwikkelingen zijn. Die worden dan opnieuw geduid.',
      'For example when negative developments occur during monitoring. These are then re-interpreted.',
    ),
    rules: [
      t(
        'Zegt de afspraak wanneer een casus terug moet, zoals ‘bij negatieve ontwikkelingen’? Dan regelt die dit helemaal, ook als het casusoverleg dan nog besluit, en ook zonder precies te zeggen wat zo’n ontwikkeling is. Zegt die alleen dat een casus terug kán? Dan regelt die niets.',
        'An agreement covers all of this if it says when a case must return, such as ‘if there are negative developments’. This is so even if the case meeting then still decides, and even if the agreement does not say exactly what such a development is. If it only says a case may return, it covers nothing.',
      ),
      t(
        'Een bepaling voor een casus die al is afgesloten, hoort bij de vraag over terugkomen na afsluiten.',
        'A provision for a case already closed belongs under the question on coming back after closure.',
      ),
      t(
        'N.v.t. past alleen als er de afgelopen twee jaar bij geen gemonitorde casus negatieve ontwikkelingen waren. Ook ging er toen geen casus van monitoren terug naar actief bespreken.',
        'N/A applies only if no monitored case showed negative developments in the past two years. Also, no case went back from monitoring to active discussion in that time.',
      ),
    ],
    basis: STEP_UP,
  },
  {
    id: 'mon-heropenen',
    activity: t(
      'het casusoverleg besprak een casus die na monitoren was afgesloten, opnieuw na nieuwe signalen.',
      'after new signals, the case meeting again discussed a case closed after monitoring.',
    ),
    origin: 'derived',
    text: t(
      'Hebben jullie afgesproken hoe een casus die na monitoren is afgesloten, terugkomt bij nieuwe signalen?',
      'Have you agreed how a case closed after monitoring returns to the PGA when new signals arise?',
    ),
    rules: [
      t(
        'N.v.t. past alleen als er de afgelopen twee jaar geen nieuwe signalen kwamen over een casus die na monitoren was afgesloten.',
        'N/A applies only if no new signals arose in the past two years about a case closed after monitoring.',
      ),
    ],
    basis: t(
      '§1.7: het gaat ook om vertrouwen dat een afgesloten casus bij nieuwe signalen opnieuw besproken kan worden.',
      '§1.7: it is also about confidence that a closed case can be discussed again when new signals arise.',
    ),
  },
];
