import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const intAansluiting: AttentionPoint = {
  id: 'int-aansluiting',
  ref: '1.6',
  title: t(
    'Interventies die aansluiten op risico- en beschermende factoren',
    'Interventions matched to risk and protective factors',
  ),
  summary: t(
    'Wie zicht heeft op de risicofactoren én de beschermende factoren van iemand (de leefgebieden, het sociale netwerk, mogelijke geweldsbereidheid) kan systematisch afwegen welke interventies op korte en langere termijn nodig zijn, passend bij de (sub)doelen. Dat gebeurt nog beperkt. Een format voor het PGA-overleg (welke punten komen aan bod) en een format voor de dossieropbouw waarin die aspecten staan, helpen daarbij.',
    'With a view of a person’s risk factors and protective factors (life domains, social network, possible readiness to use violence), partners can weigh systematically which interventions are needed in the short and longer term, in line with the (sub-)goals. This happens only to a limited extent. A format for the PGA meeting (which points are discussed) and a format for building the file that covers those aspects help.',
  ),
  rubric: rubric(
    t(
      'Interventies worden gekozen zonder zicht op risico- en beschermende factoren of verband met doelen.',
      'Interventions are chosen without a view of risk and protective factors or a link to goals.',
    ),
    t(
      'Sommige professionals wegen factoren en doelen af, maar zonder gedeelde werkwijze of format.',
      'Some professionals weigh factors and goals, but without a shared way of working or format.',
    ),
    t(
      'Partners hebben afgesproken interventies te koppelen aan factoren en doelen, maar er is geen vast format voor overleg of dossier.',
      'Partners have agreed to link interventions to factors and goals, but there is no set format for the meeting or the file.',
    ),
    t(
      'Er zijn formats voor het casusoverleg en de dossieropbouw met leefgebieden, netwerk en geweldsbereidheid; elke interventie is herleidbaar tot een (sub)doel.',
      'There are formats for the case meeting and the file covering life domains, network and readiness to use violence; every intervention can be traced to a (sub-)goal.',
    ),
    t(
      'Formats en de aansluiting van interventies op doelen worden periodiek met de partners geëvalueerd en verbeterd.',
      'The formats and the fit between interventions and goals are evaluated with the partners at set intervals and improved.',
    ),
  ),
  questions: [
    {
      id: 'int-aansluiting-doelen',
      origin: 'report',
      reportQuestion: 12,
      text: t(
        'In hoeverre sluiten de interventies aan bij de (sub)doelen in de casus?',
        'To what extent do the interventions match the (sub-)goals in the case?',
      ),
    },
    {
      id: 'int-factoren',
      origin: 'derived',
      text: t(
        'Is er in elke casus zicht op zowel de risicofactoren als de beschermende factoren, zoals de leefgebieden, het sociale netwerk en mogelijke geweldsbereidheid?',
        'In each case, is there a view of both risk factors and protective factors, such as the life domains, the social network and possible readiness to use violence?',
      ),
    },
    {
      id: 'int-format-overleg',
      origin: 'derived',
      text: t(
        'Is er een format voor het casusoverleg waarin staat welke punten aan bod moeten komen?',
        'Is there a format for the case meeting that sets out which points must be discussed?',
      ),
    },
    {
      id: 'int-format-dossier',
      origin: 'derived',
      text: t(
        'Is er een format voor de dossieropbouw waarin de verschillende aspecten (leefgebieden, geweldsbereidheid en dergelijke) zijn opgenomen?',
        'Is there a format for building the case file that covers the different aspects (life domains, readiness to use violence and the like)?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'int-aansluiting-overleg',
      title: t('Format voor het casusoverleg', 'A format for the case meeting'),
      description: t(
        'Stel een vaste agenda voor het casusoverleg op: stand op de leefgebieden, netwerk, geweldsbereidheid, (sub)doelen, lopende interventies en besluiten.',
        'Draw up a standard agenda for the case meeting: situation in the life domains, network, readiness to use violence, (sub-)goals, current interventions and decisions.',
      ),
    },
    {
      id: 'int-aansluiting-dossier',
      title: t('Format voor de dossieropbouw', 'A format for the case file'),
      description: t(
        'Maak een dossierformat waarin risico- en beschermende factoren per leefgebied worden bijgehouden en elke interventie aan een (sub)doel is gekoppeld.',
        'Create a file format that tracks risk and protective factors per life domain and links every intervention to a (sub-)goal.',
      ),
    },
  ],
};
