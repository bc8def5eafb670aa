import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const TWO_VIEWS = t(
  '§1.3: sommige professionals willen eerst een volledig beeld, andere willen handelen op wat bekend is.',
  '§1.3: some professionals want a full picture first, others want to act on what is known.',
);
const ASKS = t(
  '§1.3: het rapport vraagt welke afspraken partners hierover hebben gemaakt, niet welke opvatting de juiste is.',
  '§1.3: the report asks which agreements partners have made on this, not which view is right.',
);

export const duiDoorpakken: AttentionPoint = {
  id: 'dui-doorpakken',
  ref: '1.3',
  title: t('Een gedeelde keuze bij een onvolledig beeld', 'A shared choice when the picture is incomplete'),
  summary: t(
    'Professionals denken verschillend over handelen zonder volledig beeld van de betrokkene. Sommigen willen eerst meer weten, bijvoorbeeld na een gesprek over iemands ideologie. Anderen willen aan de slag met wat al bekend is, en daarna opnieuw kijken. Het rapport beschrijft beide opvattingen. Het vraagt welke afspraken partners hierover hebben gemaakt.',
    'Professionals differ on acting without a full picture of the person. Some want to know more first, for example after a conversation about the person’s ideology. Others want to start with what is already known, and look again afterwards. The report describes both views. It asks which agreements partners have made about this.',
  ),
  rubric: rubric(
    lv(
      t(
        'De partners hebben nooit besproken hoe zij handelen als het beeld onvolledig is.',
        'The partners have never discussed how they act when the picture is incomplete.',
      ),
      TWO_VIEWS,
    ),
    lv(
      t(
        'Per casus bepalen de aanwezigen opnieuw of zij wachten of handelen; er is geen gedeelde lijn.',
        'In each case those present decide afresh whether to wait or act; there is no shared line.',
      ),
      TWO_VIEWS,
    ),
    lv(
      t(
        'De partners hebben samen een lijn gekozen voor handelen bij een onvolledig beeld, maar die staat niet op papier.',
        'The partners have chosen a shared line for acting on an incomplete picture, but it is not written down.',
      ),
      ASKS,
    ),
    lv(
      t(
        'De gekozen lijn staat op papier, en casusverslagen laten zien hoe die is toegepast.',
        'The chosen line is written down, and case records show how it was applied.',
      ),
      ASKS,
    ),
    lv(
      t(
        'De partners bekijken op vaste momenten of hun lijn werkt in de praktijk, en passen haar aan.',
        'The partners check at set times whether their line works in practice, and adjust it.',
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
        'Hebben jullie afspraken over het inzetten van interventies als professionals nog geen volledig beeld hebben?',
        'Have you agreed how to go about interventions when professionals do not yet have a full picture?',
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
