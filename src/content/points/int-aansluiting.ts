import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const LIMITED = t(
  '§1.6: partners wegen nog weinig systematisch af welke interventies passen bij de risico- en beschermende factoren.',
  '§1.6: partners still do little to weigh systematically which interventions fit the risk and protective factors.',
);
const FORMATS = t(
  '§1.6: een format voor het casusoverleg helpt om die afweging systematisch te maken. Het dossierformat dat het rapport ook noemt, komt in deze checklist aan bod bij §2.2.',
  '§1.6: a format for the case meeting helps to make that consideration systematic. The case-file format the report also names is scored in this checklist under §2.2.',
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
    'Goed zicht op risicofactoren én beschermende factoren helpt om passende interventies te kiezen. Denk aan de leefgebieden, het sociale netwerk en eventuele geweldsbereidheid. Zo kunnen partners afwegen wat op korte en lange termijn nodig is, passend bij de (sub)doelen. Dat gebeurt nog beperkt. Een format voor het casusoverleg en een dossierformat helpen daarbij. Het rapport ziet ook een sterk punt: professionals zoeken creatief, ook buiten de gebaande paden. Praktische steun, zoals bij wonen of schulden, geeft vaak resultaat en kan een cognitieve opening geven.',
    'A good view of risk factors and protective factors helps to choose fitting interventions. These include the life domains, the social network and any readiness to use violence. Partners can then weigh what is needed in the short and long run, in line with the (sub-)goals. This still happens to a limited extent. A format for the case meeting and a case-file format help. The report also sees a strength: professionals search creatively, also beyond the usual options. Practical support, such as with housing or debts, often brings results and can create a cognitive opening.',
  ),
  rubric: ladder({
    topic: t('de keuze van interventies', 'how interventions are chosen'),
    none: t(
      'Bij geen enkele interventie noemt iemand bij welk (sub)doel die past.',
      'Nobody ever states which (sub-)goal an intervention serves.',
    ),
    some: t(
      'Wel noemt iemand bij een of meer interventies bij welk (sub)doel die past.',
      'For one or more interventions, someone does state which (sub-)goal it serves.',
    ),
    review: t('de afspraak helpt bij het kiezen', 'the agreement helps partners choose'),
    basis: [LIMITED, LIMITED, FORMATS, FORMATS],
  }),
  questions: [
    {
      id: 'int-aansluiting-doelen',
      origin: 'report',
      reportQuestion: 12,
      text: t(
        'In hoeverre sluiten jullie interventies aan bij de (sub)doelen in de casus?',
        'To what extent do your interventions fit the (sub-)goals of the case?',
      ),
      help: t(
        'De afspraak over de keuze van interventies zegt waarop jullie kiezen: de risico- en beschermende factoren en de (sub)doelen. Die zegt ook dat jullie breed zoeken, ook buiten de gebaande paden, en dat praktische hulp een eerste ingang kan zijn (keuze van de checklist; het rapport ziet dat als sterk punt). Een veld in het dossierformat telt alleen bij het punt waar het over gaat.',
        'The agreement on how interventions are chosen says what you base the choice on: the risk and protective factors and the (sub-)goals. It also says that you search widely, also beyond the usual options, and that practical help can be a first way in (the checklist’s choice; the report sees this as a strength). A field in the case-file format counts only for the point it is about.',
      ),
    },
    {
      id: 'int-factoren',
      origin: 'derived',
      text: t(
        'Kiezen jullie interventies op basis van de risicofactoren én de beschermende factoren van de betrokkene?',
        'Do you choose interventions based on the person’s risk factors and protective factors?',
      ),
      help: t(
        'Denk aan de leefgebieden, het sociale netwerk en mogelijke geweldsbereidheid.',
        'This covers the life domains, the social network and any readiness to use violence.',
      ),
      basis: LIMITED,
    },
    {
      id: 'int-format-overleg',
      origin: 'derived',
      text: t(
        'Gebruiken jullie bij de keuze van interventies een format voor het casusoverleg, met de punten die aan bod komen?',
        'When choosing interventions, do you use a format for the case meeting that sets out the points to discuss?',
      ),
      help: t(
        'Het rapport noemt zo’n format een hulpmiddel, geen eis. Het dossierformat zelf komt aan bod bij §2.2 (dossiervorming).',
        'The report calls such a format a help, not a requirement. The case-file format itself is covered under §2.2 (record-keeping).',
      ),
      basis: FORMATS,
    },
    {
      id: 'int-palet-breed',
      origin: 'derived',
      text: t(
        'Zoeken jullie bij de keuze van interventies ook buiten de gebaande paden?',
        'When choosing interventions, do you also look beyond the usual options?',
      ),
      help: t(
        'Passend bij de problemen op de leefgebieden: van praktische hulp tot gesprekken over ideologie, met een theoloog (soms via bijzondere voorwaarden) of een gemeentelijke professional met kennis van die ideologie. De afspraak over de keuze van interventies zegt ook dat jullie breed zoeken (keuze van de checklist). Zegt die dat niet, dan gaat die over een deel van het onderwerp.',
        'To fit the problems in the life domains: from practical help to conversations about ideology, with a theologian (sometimes through special conditions) or a municipal professional who knows that ideology. The agreement on how interventions are chosen also says that you search widely (the checklist’s choice). If it does not, it covers only part of the topic.',
      ),
      basis: PRACTICE,
    },
    {
      id: 'int-cognitieve-opening',
      origin: 'derived',
      text: t(
        'Kiezen jullie soms interventies met praktische hulp om eerst een cognitieve opening te creëren?',
        'Do you sometimes choose interventions that offer practical help, to create a cognitive opening first?',
      ),
      help: t(
        'Praktische hulp, bijvoorbeeld bij wonen of schulden, kan ook de eerste ingang voor contact zijn. De afspraak over de keuze van interventies zegt ook dat praktische hulp een eerste ingang kan zijn (keuze van de checklist). Zegt die dat niet, dan gaat die over een deel van het onderwerp.',
        'Practical support, for example with housing or debts, can also open the door to first contact. The agreement on how interventions are chosen also says that practical help can be a first way in (the checklist’s choice). If it does not, it covers only part of the topic.',
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
      title: t(
        'Risico- en beschermende factoren in het dossierformat',
        'Risk and protective factors in the case-file format',
      ),
      description: t(
        'Neem in het dossierformat (zie §2.2, dossiervorming) de risico- en beschermende factoren per leefgebied op. Koppel elke interventie aan een (sub)doel.',
        'Include the risk and protective factors per life domain in the case-file format (see §2.2, record-keeping). Link every intervention to a (sub-)goal.',
      ),
    },
  ],
};
