import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const NOT_SYSTEMATIC = t(
  '§1.3: tussentijds duiden gebeurt niet systematisch en vaak impliciet, zonder duidelijke conclusies.',
  '§1.3: interim interpretation is not systematic and often implicit, without clear conclusions.',
);
const CRITERIA = t(
  '§1.3: het rapport vraagt hoe partners de casus gaandeweg duiden en met welke criteria voor voor- of achteruitgang.',
  '§1.3: the report asks how partners interpret the case along the way and with which criteria for progress or decline.',
);

export const duiHerijken: AttentionPoint = {
  id: 'dui-herijken',
  ref: '1.3',
  title: t('De aanpak tussentijds herijken', 'Reviewing the approach along the way'),
  summary: t(
    'Partners duiden iemands gedachtegoed en eventuele geweldsbereidheid tussentijds niet systematisch, in samenhang met de leefgebieden. Vaak gebeurt het impliciet, zonder duidelijke conclusies of gevolgen. Risicotaxatie-instrumenten van de start worden meestal niet opnieuw gebruikt. Toch kunnen ze als een thermometer de voortgang laten zien. Soms komt er lang geen nieuwe informatie binnen. Partners grijpen dan terug op de mogelijk verouderde informatie van de start. Wat er bij zo’n impasse moet gebeuren, behandelt deze checklist bij §1.7.',
    'Partners do not interpret someone’s ideas and any readiness to use violence systematically along the way, together with the life domains. It often happens implicitly, without clear conclusions or consequences. Risk-assessment instruments from the start are usually not used again. Yet, like a thermometer, they could show progress. Sometimes no new information comes in for a long time. Partners then fall back on the possibly outdated information from the start. What should happen at such an impasse is covered by this checklist under §1.7.',
  ),
  rubric: rubric(
    lv(
      t(
        'Na de start wordt de casus niet opnieuw geduid.',
        'After the start, the case is not interpreted again.',
      ),
      NOT_SYSTEMATIC,
    ),
    lv(
      t(
        'Sommige professionals duiden tussentijds opnieuw, maar zonder vaste momenten of criteria.',
        'Some professionals interpret the case again along the way, but without set moments or criteria.',
      ),
      NOT_SYSTEMATIC,
    ),
    lv(
      t(
        'De partners hebben afgesproken de casus op vaste momenten opnieuw te duiden, maar doen dat niet in elke casus.',
        'The partners have agreed to interpret each case again at set moments, but do not do so in every case.',
      ),
      CRITERIA,
    ),
    lv(
      t(
        'Criteria voor voor- en achteruitgang staan op papier, en elk casusverslag bevat een tussentijdse duiding met conclusie.',
        'Criteria for progress and decline are written down, and every case record holds an interim interpretation with a conclusion.',
      ),
      CRITERIA,
    ),
    lv(
      t(
        'De partners bekijken op vaste momenten afgesloten casussen terug (klopten de duidingen?) en passen de criteria aan.',
        'The partners review closed cases at set times (were the interpretations right?) and adjust the criteria.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'dui-gaandeweg',
      origin: 'report',
      reportQuestion: 8,
      text: t(
        'Duiden jullie de casus tijdens de PGA op een vaste manier opnieuw?',
        'Do you interpret the case again in a set way while the PGA runs?',
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
        'Gebruiken jullie benoemde criteria om te bepalen of er voor- of achteruitgang is?',
        'Do you use named criteria to decide whether there is progress or decline?',
      ),
    },
    {
      id: 'dui-informatie',
      origin: 'report',
      reportQuestion: 8,
      text: t(
        'Is duidelijk op welke informatie jullie de tussentijdse duiding baseren, en hoe recent die is?',
        'Is it clear what information your interim interpretation rests on, and how recent it is?',
      ),
    },
    {
      id: 'dui-thermometer',
      origin: 'derived',
      text: t(
        'Herhalen jullie een risicotaxatie van de start om de voortgang te volgen?',
        'Do you repeat a risk assessment from the start to follow progress?',
      ),
      basis: t(
        '§1.3: instrumenten van de start kunnen als thermometer de voortgang volgen; dat gebeurt meestal niet.',
        '§1.3: instruments from the start could follow progress like a thermometer; this usually does not happen.',
      ),
    },
    {
      id: 'dui-rechtmatig',
      origin: 'derived',
      text: t(
        'Toetsen jullie bij elke tussentijdse duiding of het nog rechtmatig is de betrokkene in de PGA te bespreken?',
        'At each interim interpretation, do you check whether it is still lawful to discuss the person in the PGA?',
      ),
      basis: t(
        '§1.3: partners moeten steeds nagaan of het bespreken en het delen van informatie nog rechtmatig is.',
        '§1.3: partners must keep checking whether discussing the person and sharing information is still lawful.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'dui-herijken-thermometer',
      title: t('Risicotaxatie herhalen als thermometer', 'Repeat the risk assessment as a thermometer'),
      description: t(
        'Herhaal een risicotaxatie-instrument van de start op vaste momenten. Zo wordt de voortgang in de casus zichtbaar.',
        'Repeat a risk-assessment instrument from the start at set moments. This makes progress in the case visible.',
      ),
    },
    {
      id: 'dui-herijken-momenten',
      title: t('Vaste herijkmomenten en criteria', 'Set review moments and criteria'),
      description: t(
        'Spreek af wanneer elke casus opnieuw wordt geduid, op welke informatie, en met welke criteria voor voor- en achteruitgang.',
        'Agree when each case is interpreted again, on what information, and with which criteria for progress and decline.',
      ),
    },
  ],
};
