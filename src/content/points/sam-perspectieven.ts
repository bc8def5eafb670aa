import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const CLASH = t(
  '§2.1: de perspectieven en belangen van het veiligheidsdomein en het sociaal domein botsen geregeld.',
  '§2.1: the perspectives and interests of the security and social domains frequently clash.',
);
const OWN = t(
  '§2.1: de domeinen botsen geregeld; de procesregisseur kan knelpunten bespreekbaar maken. Een afspraak om botsingen te bespreken is een eigen toevoeging van de checklist.',
  '§2.1: the domains frequently clash; the process coordinator can raise problems for discussion. An agreement to discuss clashes is the checklist’s own addition.',
);
const VISION = t(
  '§2.1 en hoofdstuk 3: botsende perspectieven maken het gezamenlijke doel onduidelijk. DSP, het bureau dat het rapport schreef, biedt brainstormsessies over een integrale visie aan als steun; het rapport stelt zo’n visie niet als eis.',
  '§2.1 and chapter 3: clashing perspectives blur the shared goal. As support, DSP, the firm that wrote the report, offers brainstorming sessions about an integrated vision. The report does not require such a vision.',
);

export const samPerspectieven: AttentionPoint = {
  id: 'sam-perspectieven',
  ref: '2.1',
  title: t(
    'De perspectieven van het veiligheidsdomein en het sociaal domein',
    'The perspectives of the security and social domains',
  ),
  summary: t(
    'Partners delen meestal één belang: de veiligheid van de betrokkene en van de samenleving. Over de weg daarheen kunnen ze verschillend denken. Bij de start van een PGA en de keuze van interventies willen partners uit het veiligheidsdomein vooral risico’s voor de openbare orde voorkomen. Partners uit het sociaal domein richten zich meer op de leefgebieden, en hebben vaak een andere relatie met de betrokkene. Ze zien hem of haar bijvoorbeeld als cliënt die hulp nodig heeft, niet als iemand die een gevaar vormt. Geregeld botsen die perspectieven. Dat geeft problemen in de informatiedeling, een gebrek aan vertrouwen en onduidelijkheid over het gezamenlijke doel.',
    'Partners usually share one interest: the safety of the person and of society. They may differ on how to get there. At the start of a PGA and in choosing interventions, partners from the security domain focus mainly on preventing risks to public order. Partners from the social domain focus more on the areas of life, and often have a different relationship with the person. For example, they see the person as a client who needs help, not as a danger. These perspectives frequently clash. This causes problems in information sharing, a lack of trust and a lack of clarity about the shared goal.',
  ),
  ...ladder({
    topic: t('botsende perspectieven', 'clashing perspectives'),
    scope: t(
      'wanneer en hoe het casusoverleg botsende perspectieven bespreekt. Het gaat om het veiligheidsdomein en het sociaal domein (§2.1). Ook hoort erbij of jullie werken aan een gedeelde visie (keuze van de checklist, volgt uit hoofdstuk 3). Een afspraak om niet aan een gedeelde visie te werken, telt ook. Wie het gesprek over botsende perspectieven leidt, hoort bij ‘De rol van de procesregisseur’.',
      'when and how the case meeting discusses clashing perspectives of the security and social domains (§2.1). It also covers whether you work towards a shared vision (the checklist’s choice, following chapter 3). An agreement not to work towards a shared vision counts too. Who leads the discussion of clashing perspectives belongs under ‘The role of the process coordinator’.',
    ),
    review: t(
      'de afspraak nog past bij de botsingen die er zijn',
      'the agreement still fits the clashes that arise',
    ),
    basis: [CLASH, CLASH, OWN, OWN],
  }),
  questions: [
    {
      id: 'sam-perspectieven-bespreekbaar',
      activity: t(
        'het casusoverleg besprak, in een casus of apart, waar de perspectieven van de domeinen botsen.',
        'the case meeting discussed, in a case or separately, where the domains’ perspectives clash.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken hoe jullie samen de perspectieven van beide domeinen bespreken?',
        'Have you agreed how you discuss the perspectives of both domains together?',
      ),
      rules: [
        t(
          'Noemde één partner een bezwaar, zoals tegen een besluit, en gaf het andere domein er geen eigen kijk op? Dan bespraken jullie nog niet waar de perspectieven botsen. Dat telt niet als de handeling. Gaven partners uit het veiligheidsdomein en het sociaal domein elk hun kijk op dat bezwaar? Dan telt het wel.',
          'Suppose one partner raised an objection, such as to a decision, and the other domain gave no view of its own on it. Then you did not yet discuss where the perspectives clash, and it does not count as the activity. If partners from the security domain and the social domain each gave their view on that objection, it does count.',
        ),
      ],
      basis: t(
        '§2.1: botsende perspectieven leiden tot problemen in informatiedeling, vertrouwen en het gezamenlijke doel.',
        '§2.1: clashing perspectives lead to problems in information sharing, trust and the shared goal.',
      ),
    },
    {
      id: 'sam-visie',
      activity: t(
        'partners uit beide domeinen bespraken samen hoe zij naar radicalisering kijken.',
        'partners from both domains discussed together how they see radicalisation.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken of jullie de perspectieven van beide domeinen samenbrengen in een gedeelde visie?',
        'Have you agreed whether you bring the perspectives of both domains together in a shared vision?',
      ),
      help: t(
        'Een gedeelde visie is een mogelijkheid, geen eis. DSP, het bureau dat het rapport schreef, biedt als steun brainstormsessies aan over een integrale visie op het thema (hoofdstuk 3). Met ‘gedeelde visie’ bedoelt deze vraag zo’n integrale visie. Let op: een hoog niveau zegt alleen dat jullie afspraak alles regelt, op papier staat en wordt gevolgd. Het zegt niet dat jullie een gedeelde visie hebben.',
        'A shared vision is an option, not a requirement. As support, DSP, the firm that wrote the report, offers brainstorming sessions about an integrated vision of the issue (chapter 3). By ‘shared vision’, this question means such an integrated vision. Note: a high level says only that your agreement covers everything, is in writing and is followed. It does not say that you have a shared vision.',
      ),
      rules: [
        t(
          'Bij deze vraag telt alleen het deel van de afspraak dat zegt of jullie aan een gedeelde visie werken. Stelden de partners samen een gedeelde visie vast? Dan is dat zo’n afspraak.',
          'For this question, only the part of the agreement that says whether you work towards a shared vision counts. If the partners jointly adopted a shared vision, that is such an agreement.',
        ),
        t(
          'Besloten de partners samen een gedeelde visie te schrijven? Dan is dat besluit hier de afspraak, want de vraag is óf jullie dat doen. Noemt het besluit een datum? Dan is het alleen gevolgd als de visie op die datum klaar is. Noemt het besluit een periode, zoals ‘in 2025 schrijven we een visie’? Dan is het einde van die periode de datum.',
          'If the partners decided together to write a shared vision, that decision is the agreement here, since the question is whether you do so. If the decision sets a date, it counts as followed only if the vision is finished by that date. If the decision names a period, such as ‘in 2025 we will write a vision’, the end of that period is the date.',
        ),
        t(
          'Een bespreking over één casus telt niet als de handeling. Ook een gesprek over hoe partners de ideeën van één betrokkene zien, is een bespreking over één casus.',
          'A discussion about a single case does not count as the activity. A conversation on how partners see one person’s ideas is also a discussion about a single case.',
        ),
      ],
      doubts: [
        t(
          'Zegt het besluit over een gedeelde visie alleen dat jullie in een periode aan een visie werken, zoals ‘in 2025 werken we aan een visie’? Dan hoeft de visie niet klaar te zijn. Het besluit is dan gevolgd als partners uit beide domeinen er in die periode samen aan werkten.',
          'If the decision on a shared vision only says you will work on a vision during a period, the vision need not be finished. An example of such a decision is ‘in 2025 we will work on a vision’. The decision then counts as followed if partners from both domains worked on it together during that period.',
        ),
      ],
      basis: VISION,
    },
  ],
  suggestedActions: [
    {
      id: 'sam-perspectieven-visie',
      title: t('Samen praten over een integrale visie', 'Talk together about an integrated vision'),
      description: t(
        'Overweeg een brainstormsessie met partners uit beide domeinen over een integrale visie op radicalisering en extremisme. Wat is ieders belang, en wat is het gezamenlijke doel? (§2.1; hoofdstuk 3; voorstel van de checklist)',
        'Consider a brainstorming session with partners from the security and social domains about an integrated vision of radicalisation and extremism. What is each partner’s interest, and what is the shared goal? (§2.1; chapter 3; the checklist’s suggestion)',
      ),
    },
  ],
};
