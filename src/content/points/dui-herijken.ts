import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const duiHerijken: AttentionPoint = {
  id: 'dui-herijken',
  ref: '1.3',
  title: t('De aanpak tussentijds herijken', 'Recalibrating the approach along the way'),
  summary: t(
    'Het tussentijds duiden van iemands gedachtegoed en eventuele geweldsbereidheid, in samenhang met de situatie op de leefgebieden, gebeurt zelden systematisch en vaak impliciet, zonder duidelijke conclusies. Risicotaxatie-instrumenten die bij de start zijn gebruikt, worden meestal niet herhaald, terwijl ze als thermometer de voortgang kunnen laten zien. Als iemand contact blijft weigeren, raken de interventiemogelijkheden op en valt men terug op verouderde informatie van de start. Afspraken over wat er dan moet gebeuren ontbreken vaak, waardoor casussen lang in de PGA blijven.',
    'Interim assessment of someone’s ideas and any readiness to use violence, in relation to their situation in the life domains, is seldom systematic and often implicit, without clear conclusions. Risk-assessment instruments used at the start are usually not repeated, although as a thermometer they could show progress. When someone keeps refusing contact, the options for intervention run out and partners fall back on outdated information from the start. Agreements on what should happen then are often missing, so cases stay in the PGA for a long time.',
  ),
  rubric: rubric(
    t(
      'De casus wordt na de start niet opnieuw geduid; men gaat uit van het beeld bij de start.',
      'The case is not reassessed after the start; partners rely on the picture from the start.',
    ),
    t(
      'Sommige professionals duiden tussentijds opnieuw, maar zonder vaste momenten, criteria of conclusies.',
      'Some professionals reassess along the way, but without set moments, criteria or conclusions.',
    ),
    t(
      'Partners hebben afgesproken de casus periodiek opnieuw te duiden, maar doen dat niet steeds of zonder vaste criteria.',
      'Partners have agreed to reassess cases periodically, but do not always do so, or not against set criteria.',
    ),
    t(
      'Tussentijdse duiding gebeurt op vaste momenten, met vastgelegde criteria voor voor- en achteruitgang, recente informatie en zo nodig een herhaalde risicotaxatie; ook voor casussen zonder nieuwe informatie is vastgelegd wat er gebeurt.',
      'Interim reassessment happens at set moments, with written criteria for progress and decline, recent information and, where useful, a repeated risk assessment; what happens to cases without new information is also written down.',
    ),
    t(
      'De manier van tussentijds duiden wordt periodiek met de partners geëvalueerd, bijvoorbeeld aan de hand van afgesloten casussen, en verbeterd.',
      'The way of reassessing is evaluated with the partners at set intervals, for instance using closed cases, and improved.',
    ),
  ),
  questions: [
    {
      id: 'dui-gaandeweg',
      origin: 'report',
      reportQuestion: 8,
      text: t(
        'Duiden jullie de casus gaandeweg de looptijd van de PGA op een vaste manier opnieuw?',
        'Do you reassess the case in a set way as the PGA runs its course?',
      ),
      help: t(
        'Het gaat om gedachtegoed, eventuele geweldsbereidheid en de situatie op de leefgebieden, in samenhang.',
        'This concerns ideas, any readiness to use violence and the situation in the life domains, taken together.',
      ),
    },
    {
      id: 'dui-criteria',
      origin: 'report',
      reportQuestion: 8,
      text: t(
        'Hanteren jullie criteria om te bepalen of er sprake is van voor- of achteruitgang?',
        'Do you use criteria to decide whether there is progress or decline?',
      ),
    },
    {
      id: 'dui-informatie',
      origin: 'report',
      reportQuestion: 8,
      text: t(
        'Is duidelijk op welke informatie jullie de tussentijdse duiding baseren, en hoe recent die is?',
        'Is it clear what information your interim assessment rests on, and how recent it is?',
      ),
    },
    {
      id: 'dui-thermometer',
      origin: 'derived',
      text: t(
        'Worden risicotaxatie-instrumenten die bij de start zijn gebruikt, tijdens de casus herhaald om de voortgang te volgen?',
        'Are risk-assessment instruments used at the start repeated during the case to follow progress?',
      ),
    },
    {
      id: 'dui-rechtmatig',
      origin: 'derived',
      text: t(
        'Toetsen jullie bij de tussentijdse duiding ook of het nog rechtmatig is de betrokkene in de PGA te bespreken en informatie over hem of haar te delen?',
        'When reassessing, do you also check whether it is still lawful to discuss the person in the PGA and share information about them?',
      ),
    },
    {
      id: 'dui-geen-informatie',
      origin: 'derived',
      text: t(
        'Is afgesproken wat er besloten wordt als iemand contact blijft weigeren, er lange tijd geen nieuwe informatie komt en er geen interventiemogelijkheden meer zijn?',
        'Has it been agreed what is decided when someone keeps refusing contact, no new information comes in for a long time and no options for intervention are left?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'dui-herijken-thermometer',
      title: t('Risicotaxatie herhalen als thermometer', 'Repeat the risk assessment as a thermometer'),
      description: t(
        'Herhaal een bij de start gebruikt risicotaxatie-instrument op vaste momenten om de voortgang in de casus zichtbaar te maken.',
        'Repeat a risk-assessment instrument used at the start at set moments, to make progress in the case visible.',
      ),
    },
    {
      id: 'dui-herijken-momenten',
      title: t('Vaste herijkmomenten en criteria', 'Set review moments and criteria'),
      description: t(
        'Spreek af wanneer elke casus opnieuw wordt geduid, op welke informatie, en aan de hand van welke criteria voor voor- en achteruitgang.',
        'Agree when each case is reassessed, on what information, and against which criteria for progress and decline.',
      ),
    },
    {
      id: 'dui-herijken-impasse',
      title: t(
        'Afspraak voor casussen zonder nieuwe informatie',
        'Agreement for cases without new information',
      ),
      description: t(
        'Leg vast wat er gebeurt als er langere tijd geen contact, geen nieuwe informatie en geen interventiemogelijkheden zijn, zodat een casus niet onnodig lang in de PGA blijft.',
        'Set down what happens when there has been no contact, no new information and no options for intervention for some time, so a case does not stay in the PGA longer than needed.',
      ),
    },
  ],
};
