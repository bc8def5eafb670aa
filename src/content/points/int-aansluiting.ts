import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const LIMITED = t(
  '§1.6: systematisch afwegen welke interventies passen bij risico- en beschermende factoren gebeurt nog beperkt.',
  '§1.6: weighing systematically which interventions fit the risk and protective factors still happens to a limited extent.',
);
const FORMATS = t(
  '§1.6: een format voor het casusoverleg en een format voor de dossieropbouw helpen om die afweging systematisch te maken.',
  '§1.6: a format for the case meeting and a format for building the file help to make that weighing systematic.',
);
const PRACTICE = t(
  '§1.6: het rapport ziet als sterk punt dat professionals creatief zoeken, en dat praktische steun vaak tot meer openheid leidt.',
  '§1.6: the report sees it as a strength that professionals search creatively, and that practical support often leads to more openness.',
);

export const intAansluiting: AttentionPoint = {
  id: 'int-aansluiting',
  ref: '1.6',
  title: t('Interventies die passen bij factoren en doelen', 'Interventions that fit the factors and goals'),
  summary: t(
    'Goed zicht op risicofactoren én beschermende factoren helpt om passende interventies te kiezen. Denk aan de leefgebieden, het sociale netwerk en eventuele geweldsbereidheid. Zo kunnen partners afwegen wat op korte en lange termijn nodig is, passend bij de (sub)doelen. Dat gebeurt nog beperkt. Een format voor het casusoverleg en voor het dossier helpt daarbij. Het rapport ziet ook een sterk punt: professionals zoeken creatief, ook buiten de gebaande paden. Praktische steun, zoals bij wonen of schulden, geeft vaak resultaat en kan een cognitieve opening geven.',
    'A good view of risk factors and protective factors helps to choose fitting interventions. Think of the life domains, the social network and any readiness to use violence. Partners can then weigh what is needed in the short and long run, in line with the (sub-)goals. This still happens to a limited extent. A format for the case meeting and for the file helps. The report also sees a strength: professionals search creatively, also off the beaten track. Practical support, such as with housing or debts, often brings results and can create a cognitive opening.',
  ),
  rubric: rubric(
    lv(
      t(
        'Interventies worden gekozen zonder dat risico- en beschermende factoren in beeld zijn gebracht.',
        'Interventions are chosen without the risk and protective factors having been mapped.',
      ),
      LIMITED,
    ),
    lv(
      t(
        'Of factoren en doelen worden meegewogen, hangt af van de professionals aan tafel.',
        'Whether factors and goals are taken into account depends on the professionals at the table.',
      ),
      LIMITED,
    ),
    lv(
      t(
        'De partners hebben afgesproken interventies te koppelen aan factoren en (sub)doelen, maar gebruiken daar geen format voor.',
        'The partners have agreed to link interventions to factors and (sub-)goals, but use no format for it.',
      ),
      FORMATS,
    ),
    lv(
      t(
        'Een format voor het casusoverleg en een dossierformat met leefgebieden en geweldsbereidheid worden in elke casus gebruikt.',
        'A format for the case meeting and a file format covering life domains and readiness to use violence are used in every case.',
      ),
      FORMATS,
    ),
    lv(
      t(
        'De partners bekijken op vaste momenten of gekozen interventies pasten bij factoren en doelen, en verbeteren de formats.',
        'The partners check at set times whether chosen interventions fitted the factors and goals, and improve the formats.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'int-aansluiting-doelen',
      origin: 'report',
      reportQuestion: 12,
      text: t(
        'In hoeverre sluiten jullie interventies aan bij de (sub)doelen in de casus?',
        'To what extent do your interventions fit the (sub-)goals of the case?',
      ),
    },
    {
      id: 'int-factoren',
      origin: 'derived',
      text: t(
        'Hebben jullie in elke casus zicht op de risicofactoren én de beschermende factoren van de betrokkene?',
        'In every case, do you have a view of the person’s risk factors and protective factors?',
      ),
      help: t(
        'Denk aan de leefgebieden, het sociale netwerk en mogelijke geweldsbereidheid.',
        'Think of the life domains, the social network and any readiness to use violence.',
      ),
      basis: LIMITED,
    },
    {
      id: 'int-format-overleg',
      origin: 'derived',
      text: t(
        'Hebben jullie een format voor het casusoverleg, waarin staat welke punten aan bod komen?',
        'Do you have a format for the case meeting that sets out which points are discussed?',
      ),
      basis: FORMATS,
    },
    {
      id: 'int-format-dossier',
      origin: 'derived',
      text: t(
        'Hebben jullie een dossierformat met de verschillende aspecten, zoals leefgebieden en geweldsbereidheid?',
        'Do you have a file format that covers the different aspects, such as life domains and readiness to use violence?',
      ),
      basis: FORMATS,
    },
    {
      id: 'int-palet-breed',
      origin: 'derived',
      text: t(
        'Zoeken jullie ook buiten de gebaande paden naar interventies die passen bij de problemen op de leefgebieden?',
        'Do you also look off the beaten track for interventions that fit the problems in the life domains?',
      ),
      help: t(
        'Van praktische hulp op de leefgebieden tot gesprekken over ideologie, met een theoloog of een gemeentelijke professional met kennis van die ideologie.',
        'From practical help in the life domains to conversations about ideology, with a theologian or a municipal professional who knows that ideology.',
      ),
      basis: PRACTICE,
    },
    {
      id: 'int-cognitieve-opening',
      origin: 'derived',
      text: t(
        'Zetten jullie praktische steun bewust in om contact en een cognitieve opening te bereiken?',
        'Do you use practical support deliberately to reach contact and a cognitive opening?',
      ),
      basis: t(
        '§1.6: steun op de leefgebieden zorgt vaak voor meer openheid en bereidheid om mee te werken aan andere interventies.',
        '§1.6: support in the life domains often brings more openness and willingness to take part in other interventions.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'int-aansluiting-overleg',
      title: t('Format voor het casusoverleg', 'A format for the case meeting'),
      description: t(
        'Stel een vaste agenda op voor het casusoverleg: leefgebieden, netwerk, geweldsbereidheid, (sub)doelen, lopende interventies en besluiten.',
        'Draw up a standard agenda for the case meeting: life domains, network, readiness to use violence, (sub-)goals, current interventions and decisions.',
      ),
    },
    {
      id: 'int-aansluiting-dossier',
      title: t('Format voor de dossieropbouw', 'A format for the case file'),
      description: t(
        'Maak een dossierformat waarin risico- en beschermende factoren per leefgebied staan. Koppel elke interventie aan een (sub)doel.',
        'Create a file format that lists risk and protective factors per life domain. Link every intervention to a (sub-)goal.',
      ),
    },
  ],
};
