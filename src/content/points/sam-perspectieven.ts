import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const CLASH = t(
  '§2.1: de perspectieven en belangen van veiligheids- en sociaal domein botsen geregeld.',
  '§2.1: the perspectives and interests of the security and social domains regularly clash.',
);
const EXPLICIT = t(
  '§2.1: samen opgestelde, expliciete afspraken helpen om dezelfde kant op te werken.',
  '§2.1: explicit agreements drawn up together help partners work in the same direction.',
);
const VISION = t(
  '§2.1 en H3: botsende perspectieven maken het gezamenlijke doel onduidelijk; het rapport noemt sessies over een integrale visie.',
  '§2.1 and ch. 3: clashing perspectives blur the shared goal; the report mentions sessions on an integrated vision.',
);

export const samPerspectieven: AttentionPoint = {
  id: 'sam-perspectieven',
  ref: '2.1',
  title: t(
    'De perspectieven van veiligheids- en sociaal domein',
    'The perspectives of the security and social domains',
  ),
  summary: t(
    'Partners delen meestal één belang: de veiligheid van de betrokkene en van de samenleving. Over de weg daarheen denken ze verschillend. Het veiligheidsdomein wil vooral risico’s voor de openbare orde voorkomen. Partners uit het sociaal domein richten zich meer op de leefgebieden, en zien de betrokkene vaak als cliënt die hulp nodig heeft. Geregeld botsen die perspectieven. Dat geeft problemen in de informatiedeling, een gebrek aan vertrouwen en onduidelijkheid over het gezamenlijke doel.',
    'Partners usually share one interest: the safety of the person and of society. They differ on how to get there. Partners from the security domain focus mainly on preventing risks to public order. Partners from the social domain focus more on the life domains, and often see the person as a client who needs help. These perspectives regularly clash. This causes problems in information sharing, a lack of trust and a lack of clarity about the shared goal.',
  ),
  rubric: rubric(
    lv(
      t(
        'De verschillende perspectieven worden in het overleg niet benoemd.',
        'The different perspectives are not named in the meeting.',
      ),
      CLASH,
    ),
    lv(
      t(
        'Of verschillen in perspectief ter sprake komen, hangt af van de voorzitter of de aanwezigen.',
        'Whether differences in perspective come up depends on the chair or those present.',
      ),
      CLASH,
    ),
    lv(
      t(
        'De partners hebben afgesproken verschillen in perspectief open te bespreken, maar dat gebeurt niet in elk overleg.',
        'The partners have agreed to discuss differences in perspective openly, but this does not happen in every meeting.',
      ),
      EXPLICIT,
    ),
    lv(
      t(
        'Een samen vastgelegde visie beschrijft beide perspectieven, en elk casusplan noemt het gezamenlijke doel.',
        'A vision written down together describes both perspectives, and every case plan names the shared goal.',
      ),
      VISION,
    ),
    lv(
      t(
        'De partners bespreken op vaste momenten hoe de samenwerking tussen beide domeinen loopt, en passen de visie aan.',
        'The partners discuss at set times how the work between both domains goes, and adjust the vision.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'sam-perspectieven-bespreekbaar',
      origin: 'derived',
      text: t(
        'Bespreken jullie in het overleg openlijk de verschillende perspectieven en belangen van veiligheids- en sociaal domein?',
        'In your meetings, do you openly discuss the different perspectives and interests of the security and social domains?',
      ),
      basis: t(
        '§2.1: botsende perspectieven leiden tot problemen in informatiedeling, vertrouwen en het gezamenlijke doel.',
        '§2.1: clashing perspectives lead to problems in information sharing, trust and the shared goal.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sam-perspectieven-visie',
      title: t('Gezamenlijke visie ontwikkelen', 'Develop a shared vision'),
      description: t(
        'Organiseer een sessie met partners uit veiligheids- en sociaal domein over een integrale visie op de PGA. Wat is ieders belang, en wat is het gezamenlijke doel?',
        'Hold a session with partners from the security and social domains on an integrated vision of the PGA. What is each partner’s interest, and what is the shared goal?',
      ),
    },
  ],
};
