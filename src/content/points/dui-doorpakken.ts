import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const TWO_VIEWS = t(
  '§1.3: sommige professionals willen eerst een volledig beeld, andere willen handelen op wat bekend is.',
  '§1.3: some professionals want a full picture first, others want to act on what is known.',
);
const ASKS = t(
  '§1.3: het rapport vraagt welke afspraken partners hierover hebben gemaakt.',
  '§1.3: the report asks which agreements partners have made on this.',
);

export const duiDoorpakken: AttentionPoint = {
  id: 'dui-doorpakken',
  ref: '1.3',
  title: t('Een gedeelde keuze bij een onvolledig beeld', 'A shared choice when the picture is incomplete'),
  summary: t(
    'Professionals denken verschillend over handelen zonder volledig beeld van de betrokkene. Sommigen willen eerst meer weten. Ze willen bijvoorbeeld eerst met de betrokkene over zijn of haar ideologie praten. Anderen willen aan de slag met wat al bekend is, en daarna opnieuw kijken. Het rapport beschrijft beide opvattingen. Het vraagt welke afspraken partners hierover hebben gemaakt.',
    'Professionals differ on acting without a full picture of the person. Some want to know more first. For example, they first want to talk with the person about his or her ideology. Others want to start with what is already known, and look again afterwards. The report describes both views. It asks which agreements partners have made about this.',
  ),
  rubric: rubric(
    lv(
      t(
        'In geen enkele casus bespreken de partners wat zij doen als het beeld van de betrokkene onvolledig is.',
        'In no case do the partners discuss what to do when the picture of the person is incomplete.',
      ),
      TWO_VIEWS,
    ),
    lv(
      t(
        'In sommige casussen bespreken de aanwezigen of zij wachten of handelen; de uitkomst hangt af van wie er aan tafel zit; samen is niets afgesproken.',
        'In some cases those present discuss whether to wait or act; the outcome depends on who is at the table; nothing has been agreed together.',
      ),
      TWO_VIEWS,
    ),
    lv(
      t(
        'De partners hebben samen een lijn gekozen voor interventies bij een onvolledig beeld. Die staat niet op papier, of staat op papier maar wordt niet in elke casus gevolgd.',
        'The partners have chosen a line together for interventions when the picture is incomplete. It is not written down, or it is written down but not followed in every case.',
      ),
      ASKS,
    ),
    lv(
      t(
        'De gekozen lijn staat op papier en wordt in elke casus gevolgd. De terugblik van niveau 5 is er niet.',
        'The chosen line is written down and followed in every case. The review of level 5 does not take place.',
      ),
      ASKS,
    ),
    lv(
      t(
        'Zoals niveau 4. Daarnaast bekijken de partners op vaste momenten samen of hun lijn bij een onvolledig beeld werkte: kwamen interventies op tijd, en leverden ze nieuwe inzichten op? Zo nodig passen ze de lijn aan.',
        'As at level 4. In addition, the partners review together at set times whether their line for an incomplete picture worked: did interventions come in time, and did they bring new insight? Where needed they adjust the line.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'dui-onvolledig-beeld',
      origin: 'report',
      reportQuestion: 9,
      text: t(
        'Hebben jullie afspraken over het inzetten van interventies als professionals het gevoel hebben nog geen volledig beeld te hebben?',
        'Have you agreed how to go about interventions when professionals feel they do not yet have a full picture?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'dui-doorpakken-werkwijze',
      title: t(
        'Samen een lijn kiezen bij een onvolledig beeld',
        'Choose a shared line for an incomplete picture',
      ),
      description: t(
        'Bespreek de twee opvattingen uit het rapport: eerst een volledig beeld, of handelen op wat bekend is. Leg vast welke lijn jullie samen kiezen, en wanneer jullie opnieuw kijken.',
        'Discuss the two views in the report: a full picture first, or acting on what is known. Write down which line you choose together, and when you will look again.',
      ),
    },
  ],
};
