import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

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
    'Professionals denken verschillend over handelen zonder volledig beeld van de betrokkene. Sommigen willen eerst meer weten. Ze willen bijvoorbeeld eerst met de betrokkene over zijn of haar ideologie praten. Daardoor zijn zij volgens het rapport terughoudend met interventies. Anderen willen aan de slag met wat al bekend is, en daarna opnieuw kijken. Volgens de professionals die willen handelen, kan het steeds opnieuw duiden de aanpak ophouden. Dat kan gebeuren als partners niet samen durven te zeggen: dit weten we, en hiermee gaan we aan de slag. Het rapport noemt dit bij de knelpunten van tussentijds duiden, en vraagt welke afspraken partners hierover hebben gemaakt.',
    'Professionals differ on acting without a full picture of the person. Some want to know more first. For example, they first want to talk with the person about their ideology. As a result, the report notes, they hold back on interventions. Others want to start with what is already known, and look again afterwards. According to the professionals who want to act, ongoing interpretation can itself hold up the approach. This can happen if partners do not dare to say to each other: this is what we know, and we will act on it. The report names this among the problems with re-interpreting cases along the way, and asks which agreements partners have made on this.',
  ),
  ...ladder({
    topic: t('wat jullie doen bij een onvolledig beeld', 'what to do when the picture is incomplete'),
    scope: t(
      'hoe jullie dan samen kiezen wat jullie doen. Ook hoort erbij wanneer jullie opnieuw kijken. Dit is een keuze van de checklist; het volgt uit §1.3.',
      'how you then choose together what to do. It also covers when you look again. This is the checklist’s choice, following §1.3.',
    ),
    review: t('de partners achter de werkwijze staan', 'the partners still back it'),
    basis: [TWO_VIEWS, TWO_VIEWS, ASKS, ASKS],
  }),
  questions: [
    {
      id: 'dui-onvolledig-beeld',
      activity: t(
        'het casusoverleg besloot wat te doen bij een onvolledig beeld. Een besluit om eerst meer uit te zoeken telt ook.',
        'the case meeting decided what to do with an incomplete picture. A decision to find out more first counts too.',
      ),
      origin: 'report',
      reportQuestion: 9,
      text: t(
        'Hebben jullie afspraken over interventies als professionals het beeld van de betrokkene nog onvolledig vinden?',
        'Do you have agreements on interventions for cases where professionals feel their picture of the person is still incomplete?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt welke afspraken jullie hierover hebben gemaakt (§1.3).',
        'Adapted question: the report asks which agreements you have made on this (§1.3).',
      ),
      rules: [
        t(
          'De niveaus meten niet welke keuze jullie maken, maar of jullie die samen maken.',
          'The levels do not measure which choice you make, but whether you make it together.',
        ),
        t(
          'Bij deze vraag hoort alles waar het punt over gaat: hoe jullie samen kiezen, en wanneer jullie opnieuw kijken.',
          'This question covers the whole scope: how you choose together, and when you look again.',
        ),
        t(
          'Deze vraag gaat niet over wie beslist als partners het oneens zijn. Bij een impasse komt dat aan bod bij ‘Casussen in een impasse’ (keuze van de checklist).',
          'This question does not ask who decides when partners disagree. At an impasse, that comes up under ‘Cases at an impasse’ (the checklist’s choice).',
        ),
      ],
    },
  ],
  suggestedActions: [
    {
      id: 'dui-doorpakken-werkwijze',
      title: t(
        'Samen een werkwijze kiezen bij een onvolledig beeld',
        'Choose a shared approach for an incomplete picture',
      ),
      description: t(
        'Bespreek de twee opvattingen uit het rapport: eerst een volledig beeld, of handelen op wat bekend is. Leg vast welke werkwijze jullie samen kiezen, en wanneer jullie opnieuw kijken (voorstel van de checklist).',
        'Discuss the two views in the report: a full picture first, or acting on what is known. Write down which approach you choose together, and when you will look again (the checklist’s suggestion).',
      ),
    },
  ],
};
