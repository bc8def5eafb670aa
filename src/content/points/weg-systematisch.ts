import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const wegSystematisch: AttentionPoint = {
  id: 'weg-systematisch',
  ref: '1.2',
  title: t('Systematisch wegen', 'Weighing signals systematically'),
  summary: t(
    'Over hoe een signaal gewogen moet worden, met welke instrumenten en welk referentiekader, bestaat vaak geen overeenstemming. Risicotaxatie-instrumenten zoals de IR-2.0 (politie) en de VERA-2R (reclassering) worden wisselend gebruikt; veel gebruikers twijfelen aan het nut en vinden ze omslachtig. Weging op basis van kennis en ervaring kan goed zijn, mits gestructureerd. Afwegingen en conclusies worden lang niet altijd vastgelegd, terwijl dat nodig is voor verantwoording, voor casussen die maanden of jaren lopen en bij personele wisselingen.',
    'There is often no agreement on how a signal should be weighed, with which instruments and against which frame of reference. Risk-assessment instruments such as IR-2.0 (police) and VERA-2R (probation) are used unevenly; many users doubt their value and find them cumbersome. Weighing on knowledge and experience can be sound, provided it is structured. Considerations and conclusions are often not recorded, although that is needed for accountability, for cases that run for months or years, and when staff change.',
  ),
  rubric: rubric(
    t(
      'Er is geen vaste manier van wegen; het hangt af van wie aan tafel zit en van niet-pluisgevoelens.',
      'There is no set way of weighing; it depends on who is at the table and on gut feeling.',
    ),
    t(
      'Ervaren professionals wegen zorgvuldig, maar ieder op eigen wijze; afwegingen worden zelden vastgelegd.',
      'Experienced professionals weigh carefully, but each in their own way; considerations are rarely recorded.',
    ),
    t(
      'De weegploeg heeft afgesproken welke criteria en eventueel instrumenten zij gebruikt, maar past dat niet steeds toe of legt het niet vast.',
      'The weighing team has agreed which criteria and any instruments it uses, but does not always apply them or write them down.',
    ),
    t(
      'Criteria, betrokkenen en het gebruik van instrumenten zijn vastgelegd; elke weging en haar onderbouwing wordt genoteerd.',
      'Criteria, participants and the use of instruments are written down; every weighing and its grounds are recorded.',
    ),
    t(
      'De weegpraktijk wordt periodiek met de partners geëvalueerd (zijn besluiten navolgbaar en consistent?) en verbeterd.',
      'The weighing practice is evaluated with the partners at set intervals (are decisions traceable and consistent?) and improved.',
    ),
  ),
  questions: [
    {
      id: 'weg-manier',
      origin: 'report',
      reportQuestion: 6,
      text: t(
        'Wegen jullie signalen op een vaste, systematische manier?',
        'Do you weigh signals in a set, systematic way?',
      ),
    },
    {
      id: 'weg-criteria',
      origin: 'report',
      reportQuestion: 6,
      text: t(
        'Zijn de criteria die jullie bij het wegen hanteren benoemd en gedeeld?',
        'Are the criteria you use when weighing named and shared?',
      ),
    },
    {
      id: 'weg-betrokkenen',
      origin: 'report',
      reportQuestion: 6,
      text: t(
        'Is duidelijk wie er bij de weging betrokken zijn?',
        'Is it clear who takes part in the weighing?',
      ),
      help: t(
        'De weegploeg bestaat doorgaans uit gemeente, politie en OM.',
        'The weighing team usually consists of the municipality, the police and the Public Prosecution Service (OM).',
      ),
    },
    {
      id: 'weg-instrumenten',
      origin: 'derived',
      text: t(
        'Is afgesproken of en hoe een risicotaxatie-instrument (zoals de IR-2.0 of VERA-2R) bij de weging wordt gebruikt?',
        'Has it been agreed whether and how a risk-assessment instrument (such as IR-2.0 or VERA-2R) is used in the weighing?',
      ),
    },
    {
      id: 'weg-vastleggen',
      origin: 'derived',
      text: t(
        'Worden de afwegingen en conclusies van elke weging, met hun onderbouwing, vastgelegd?',
        'Are the considerations and conclusions of every weighing recorded, with their grounds?',
      ),
      help: t(
        'Zo kunnen partners later teruggrijpen op eerdere besluiten, ook na personele wisselingen, en verantwoording afleggen.',
        'This lets partners go back to earlier decisions later, also after staff changes, and account for them.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'weg-systematisch-kader',
      title: t('Weegkader opstellen', 'Draw up a weighing framework'),
      description: t(
        'Stel met gemeente, politie en OM een weegkader op: welke criteria, welk referentiekader, wie er wegen en wanneer een PGA wordt gestart, voortgezet of afgesloten.',
        'With the municipality, police and OM, draw up a weighing framework: which criteria, which frame of reference, who weighs, and when a PGA is started, continued or closed.',
      ),
    },
    {
      id: 'weg-systematisch-vastleggen',
      title: t('Weegbesluiten en onderbouwing vastleggen', 'Record weighing decisions and their grounds'),
      description: t(
        'Gebruik een vast format waarin bij elke weging de afweging, de conclusie en de onderbouwing worden genoteerd.',
        'Use a fixed format that records, for every weighing, the considerations, the conclusion and the grounds.',
      ),
    },
    {
      id: 'weg-systematisch-instrument',
      title: t('Afspraak over risicotaxatie-instrumenten', 'Agree on risk-assessment instruments'),
      description: t(
        'Spreek af of en wanneer een risicotaxatie-instrument wordt gebruikt, met welke definities, en hoe de uitkomst in de weging meetelt.',
        'Agree whether and when a risk-assessment instrument is used, with which definitions, and how its outcome counts in the weighing.',
      ),
    },
  ],
};
