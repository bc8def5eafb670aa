import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const CLASH = t(
  '§2.1: de perspectieven en belangen van veiligheids- en sociaal domein botsen geregeld.',
  '§2.1: the perspectives and interests of the security and social domains regularly clash.',
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
        'Dat veiligheids- en sociaal domein verschillend naar de betrokkene kijken, komt in het overleg niet ter sprake.',
        'That the security and social domains see the person differently is not raised in the meeting.',
      ),
      CLASH,
    ),
    lv(
      t(
        'Verschillen in perspectief komen ter sprake als iemand ze aankaart; samen is niets afgesproken over hoe de partners ze bij elkaar brengen.',
        'Differences in perspective come up when someone raises them; nothing has been agreed together on how the partners bring them together.',
      ),
      CLASH,
    ),
    lv(
      t(
        'De partners hebben samen een visie op de PGA afgesproken, met de belangen van beide domeinen. Die staat niet op papier, of staat op papier maar wordt niet in elke casus gebruikt.',
        'The partners have agreed a vision of the PGA together, with the interests of both domains. It is not written down, or it is written down but not used in every case.',
      ),
      VISION,
    ),
    lv(
      t(
        'De gezamenlijke visie staat op papier en wordt in elke casus gebruikt. Een vaste gezamenlijke terugblik hierop (niveau 5) is er niet.',
        'The shared vision is written down and used in every case. There is no joint review of this at set times (level 5).',
      ),
      VISION,
    ),
    lv(
      t(
        'Op papier en steeds toegepast, zoals bij niveau 4, en de partners bekijken op vaste momenten samen waar de perspectieven van beide domeinen in casussen botsten, en of de visie hielp. Zo nodig passen ze de visie aan.',
        'Written down and always applied, as at level 4, and the partners review together at set times where the perspectives of the two domains clashed in cases, and whether the vision helped. Where needed they adjust the vision.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'sam-perspectieven-bespreekbaar',
      origin: 'derived',
      text: t(
        'Bespreken jullie samen hoe jullie de perspectieven van veiligheids- en sociaal domein bij elkaar brengen?',
        'Do you discuss together how you bring the perspectives of the security and social domains together?',
      ),
      basis: t(
        '§2.1: botsende perspectieven leiden tot problemen in informatiedeling, vertrouwen en het gezamenlijke doel.',
        '§2.1: clashing perspectives lead to problems in information sharing, trust and the shared goal.',
      ),
    },
    {
      id: 'sam-visie',
      origin: 'derived',
      text: t(
        'Hebben jullie samen een integrale visie op de PGA opgesteld?',
        'Have you drawn up an integrated vision of the PGA together?',
      ),
      help: t(
        'Het gezamenlijke doel per casus komt aan bod bij §1.5 (doelen).',
        'The shared goal in each case is covered under §1.5 (goals).',
      ),
      basis: VISION,
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
