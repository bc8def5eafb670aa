import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const samPerspectieven: AttentionPoint = {
  id: 'sam-perspectieven',
  ref: '2.1',
  title: t(
    'Verschillende perspectieven van veiligheids- en sociaal domein',
    'Different perspectives of the security and social domains',
  ),
  summary: t(
    'Partners delen een belang: de veiligheid van betrokkene en samenleving. Maar partners uit het veiligheidsdomein letten vooral op risico’s voor de openbare orde, terwijl partners uit het sociaal domein de situatie op de leefgebieden willen verbeteren en de betrokkene eerder als cliënt zien. Als die perspectieven botsen, stokt de informatiedeling, ontbreekt vertrouwen en is onduidelijk welk gezamenlijk doel wordt nagestreefd.',
    'Partners share an interest: the safety of the person and of society. But security partners look mainly at risks to public order, while social-domain partners want to improve the situation in the life domains and tend to see the person as a client. When these perspectives clash, information stops flowing, trust is lacking and it is unclear which shared goal is being pursued.',
  ),
  rubric: rubric(
    t(
      'Verschillen in perspectief worden niet benoemd en leiden tot botsingen of wantrouwen.',
      'Differences in perspective are not named and lead to clashes or distrust.',
    ),
    t(
      'Sommige professionals overbruggen de verschillen persoonlijk, maar het blijft afhankelijk van wie aan tafel zit.',
      'Some professionals bridge the differences personally, but it depends on who is at the table.',
    ),
    t(
      'Partners hebben afgesproken verschillen in perspectief te bespreken, maar dat gebeurt niet steeds.',
      'Partners have agreed to discuss differences in perspective, but do not always do so.',
    ),
    t(
      'Verschillende perspectieven worden in elke casus expliciet meegewogen en vertaald naar een gedeeld doel; hoe dat gaat, is vastgelegd.',
      'Different perspectives are explicitly weighed in every case and translated into a shared goal; how this is done is written down.',
    ),
    t(
      'De partners evalueren periodiek samen hoe zij met verschillende perspectieven omgaan en werken aan onderling vertrouwen.',
      'The partners evaluate together at set intervals how they deal with different perspectives, and work on mutual trust.',
    ),
  ),
  questions: [
    {
      id: 'sam-perspectieven-bespreekbaar',
      origin: 'derived',
      text: t(
        'Worden de verschillende perspectieven en belangen van het veiligheidsdomein en het sociaal domein in het overleg bespreekbaar gemaakt, zodat ze niet botsen in informatiedeling, vertrouwen en het gezamenlijke doel?',
        'Are the different perspectives and interests of the security and social domains made open for discussion in the meeting, so that they do not clash over information sharing, trust and the shared goal?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sam-perspectieven-visie',
      title: t('Gezamenlijke visie ontwikkelen', 'Develop a shared vision'),
      description: t(
        'Organiseer een sessie met partners uit veiligheids- en sociaal domein over een integrale visie op de PGA: wat is ieders belang en wat is het gezamenlijke doel?',
        'Hold a session with partners from the security and social domains on an integrated vision of the PGA: what is each partner’s interest and what is the shared goal?',
      ),
    },
  ],
};
