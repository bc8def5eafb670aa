import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const GENERAL = t(
  '§1.5: het doel van een casus is vaak algemeen; gaandeweg komen er meestal subdoelen bij.',
  '§1.5: the goal of a case is often general; sub-goals are usually added along the way.',
);
const NOT_CONCRETE = t(
  '§1.5: subdoelen worden nog niet altijd concreet gemaakt, waardoor de keuze voor interventies niet altijd te volgen is.',
  '§1.5: sub-goals are not always made concrete, so the choice of interventions cannot always be traced.',
);
const EXPLICIT = t(
  '§1.5: het helpt om expliciet te maken waarom een subdoel wordt gesteld en wat het op langere termijn moet opleveren.',
  '§1.5: it helps to make explicit why a sub-goal is set and what it should achieve in the longer run.',
);

export const doelSubdoelen: AttentionPoint = {
  id: 'doel-subdoelen',
  ref: '1.5',
  title: t('Heldere, concrete (sub)doelen', 'Clear, concrete (sub-)goals'),
  summary: t(
    'Het is belangrijk dat doelen en subdoelen concreet zijn en dat de partners ze samen vaststellen. Ze helpen te zien of de aanpak en de interventies nog op koers liggen. Vooral subdoelen worden nog niet altijd concreet gemaakt. Dan is niet altijd te volgen waarom een interventie is gekozen. Een voorbeeld: een woning regelen, zodat iemand zijn of haar kind weer een paar dagen per week kan opvangen. Dat kan het pro-sociale netwerk versterken, een beschermende factor.',
    'It is important that goals and sub-goals are concrete and that the partners set them together. They help to see whether the approach and the interventions are still on course. Sub-goals in particular are not always made concrete. It is then not always clear why an intervention was chosen. An example: arranging a home, so that someone can again look after their child a few days a week. That can strengthen the pro-social network, a protective factor.',
  ),
  ...ladder({
    topic: t('het stellen van doelen en subdoelen', 'setting goals and sub-goals'),
    scope: t(
      'dat de partners het doel en de subdoelen samen stellen. Ook hoort erbij dat ze de subdoelen concreet maken. Verder hoort erbij dat bij elk subdoel staat waarom het er is en wat het moet opleveren (keuze van de checklist; §1.5 noemt dit helpend).',
      'that the partners set the goal and the sub-goals together, and make the sub-goals concrete. It also covers stating, for each sub-goal, why it is there and what it should achieve (the checklist’s choice; §1.5 calls this helpful).',
    ),
    review: t('de subdoelen helpen bijsturen', 'the sub-goals help to adjust the approach'),
    basis: [NOT_CONCRETE, GENERAL, EXPLICIT, EXPLICIT],
    agreementIsChoice: true,
  }),
  questions: [
    {
      id: 'doel-concreet',
      activity: t(
        'het casusoverleg of een partner stelde een concreet subdoel: een tussenstap die zegt wat bereikt moet zijn.',
        'the case meeting or a partner set a concrete sub-goal: an intermediate step stating what should have been achieved.',
      ),
      origin: 'report',
      reportQuestion: 11,
      text: t(
        'Hebben jullie afgesproken dat jullie heldere, concrete subdoelen vaststellen?',
        'Have you agreed that you set clear, concrete sub-goals?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt of jullie heldere, concrete subdoelen stellen; ‘afgesproken’ is toegevoegd. Helder en concreet betekent: er staat wat er bereikt moet zijn, zoals ‘heeft een eigen woning’ (uitleg van de checklist).',
        'Adapted question: the report asks whether you set clear, concrete sub-goals; ‘agreed’ was added. Clear and concrete means: it says what should have been achieved, such as ‘has a home of their own’ (the checklist’s explanation).',
      ),
      rules: [
        t(
          'Zegt de afspraak alleen dát jullie subdoelen vaststellen, en niet hoe concreet ze zijn? Dan regelt die een deel van deze vraag. Ook een afspraak over wie de subdoelen vaststelt, zegt dát jullie ze vaststellen.',
          'An agreement that you set sub-goals, without saying how concrete, covers part of this question. An agreement on who sets the sub-goals also says that you set them.',
        ),
        t(
          'Zegt de afspraak alleen dat het plan van aanpak van elke casus doelen bevat? Dan zegt die niet dát jullie subdoelen vaststellen: het doel van een casus is vaak het algemene doel van de PGA (§1.5). Zegt die dat de doelen passen bij de situatie van de betrokkene? Dan wel, ook zonder het woord ‘subdoel’ (keuze van de checklist).',
          'Suppose an agreement only says that each case’s action plan contains goals. It does not say that you set sub-goals: a case’s goal is often the PGA’s general goal (§1.5). If it says the goals fit the person’s situation, it does, even without the word ‘sub-goal’ (the checklist’s choice).',
        ),
        t(
          'Vraagt de afspraak een datum bij elk subdoel? Dan hoort die datum bij deze vraag. Ontbrak de datum bij het vaststellen? Dan is dat hier een afwijking (keuze van de checklist). Bij het helemaal invullen van het dossierformat telt die datum niet.',
          'If the agreement asks for a date for each sub-goal, that date belongs under this question. If the date was missing when the sub-goal was set, that is a departure here (the checklist’s choice). It does not count under filling in the whole case-file template.',
        ),
      ],
      doubts: [
        t(
          'Noemt de afspraak alleen het algemene doel van de PGA? Dan zegt die niet dát jullie subdoelen vaststellen.',
          'An agreement that names only the general goal of the PGA does not say that you set sub-goals.',
        ),
      ],
    },
    {
      id: 'doel-gezamenlijk',
      activity: t(
        'twee of meer partners stelden in een casus samen de (sub)doelen vast.',
        'two or more partners set the (sub-)goals of a case together.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken dat jullie de (sub)doelen samen met de betrokken partners vaststellen?',
        'Have you agreed that you set the goals and sub-goals together with the partners involved?',
      ),
      rules: [
        t(
          'Zegt de afspraak dat het casusoverleg de (sub)doelen, of het plan waarin ze staan, opstelt of vaststelt? Dan stellen de partners ze samen vast. Dat geldt ook als het casusoverleg ze zonder bespreking overneemt, maar niet als één partner ze daarna alleen vaststelt.',
          'If the agreement says the case meeting draws up or adopts the (sub-)goals, or the plan they are in, the partners set them together. This also applies if the case meeting adopts them without discussion, but not if one partner then adopts them alone.',
        ),
        t(
          'Was een betrokken partner er die keer niet bij? Dat is geen afwijking, zoals bij elk besluit van het casusoverleg, tenzij de afspraak zelf zegt dat alle betrokken partners erbij zijn. ‘Samen vaststellen’ of ‘met alle partners die een taak hebben’ zegt dat niet.',
          'Suppose a partner involved was absent on that occasion. As with any decision of the case meeting, that is not a departure. The exception is an agreement that itself says all partners involved must be present. ‘Set together’ or ‘with all partners that have a task’ does not say that.',
        ),
      ],
      basis: t(
        '§1.5: het is belangrijk dat de betrokken partners de (sub)doelen samen vaststellen.',
        '§1.5: it is important that the partners involved set the (sub-)goals together.',
      ),
    },
    {
      id: 'doel-onderbouwing',
      activity: t(
        'iemand zei of schreef bij een subdoel waarom het er was.',
        'someone stated or wrote down why a sub-goal was there.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken dat jullie bij elk subdoel duidelijk maken waarom het er is?',
        'Have you agreed that you make clear, for each sub-goal, why it is there?',
      ),
      help: t(
        'Bij het waarom hoort ook wat het subdoel op langere termijn moet opleveren (§1.5).',
        'The reason for a sub-goal includes what it should achieve in the longer run (§1.5).',
      ),
      basis: EXPLICIT,
    },
  ],
  suggestedActions: [
    {
      id: 'doel-subdoelen-format',
      title: t('Subdoelen concreet maken per casus', 'Make sub-goals concrete for each case'),
      description: t(
        'Neem in het dossier per subdoel op: wat, waarom en wat het op langere termijn moet opleveren (voorstel van de checklist).',
        'For each sub-goal, record in the case file: what, why and what it should achieve in the longer run (the checklist’s suggestion).',
      ),
    },
    {
      id: 'doel-subdoelen-samen',
      title: t('Doelen samen vaststellen', 'Set goals together'),
      description: t(
        'Stel (sub)doelen vast in het casusoverleg met alle betrokken partners (voorstel van de checklist).',
        'Set (sub-)goals in the case meeting with all partners involved (the checklist’s suggestion).',
      ),
    },
  ],
};
