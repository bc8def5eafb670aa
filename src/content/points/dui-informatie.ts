import type { Question } from '../types';
import { t } from '../text';

// The two questions of 'De aanpak tussentijds herijken' on the information a case is re-interpreted on (§1.3). Kept
// apart so the point's file stays readable.

/** dui-informatie and dui-informatie-recent, in the point's order. */
export const INFORMATION_QUESTIONS: Question[] = [
  {
    id: 'dui-informatie',
    activity: t(
      'iemand zei of schreef bij het tussentijds duiden welke informatie was gebruikt.',
      'when re-interpreting a case, someone stated or wrote down which information was used.',
    ),
    origin: 'report',
    reportQuestion: 8,
    text: t(
      'Hebben jullie afgesproken welke informatie jullie gebruiken bij het tussentijds duiden?',
      'Have you agreed what information you use when re-interpreting a case along the way?',
    ),
    help: t(
      'Aangepaste vraag: het rapport vraagt op welke informatie jullie het tussentijds duiden van de casus baseren. ‘Afgesproken’ is toegevoegd (§1.3).',
      'Adapted question: the report asks what information you base your re-interpretation on. ‘Agreed’ was added (§1.3).',
    ),
    rules: [
      t(
        'Zegt een afspraak bij welke partners of bronnen jullie informatie ophalen? Dan regelt die ook welke informatie jullie gebruiken, ook zonder het woord ‘informatie’. Zo regelt een vaste ronde waarin elke partner vertelt hoe het gaat, dat jullie informatie van elke partner gebruiken. Dat geldt ook voor een afspraak als ‘de voorzitter vraagt alle partners vooraf om nieuwe informatie’. Antwoordde een partner niet op zo’n vraag? Dan is dat hier geen afwijking.',
        'If an agreement says from which partners or sources you gather information, it also covers what information you use, even without the word ‘information’. So a standing round-the-table update, in which each partner reports how things are going, covers using information from every partner. The same goes for an agreement that ‘the chair asks all partners for new information beforehand’. If a partner did not answer such a request, that is not a departure here.',
      ),
      t(
        'Een afwijking in het moment waarop jullie informatie opvragen of krijgen, telt niet hier maar bij de volgende vraag. Een voorbeeld is een verzoek om informatie dat niet of te laat is verstuurd. Een ander voorbeeld: de afspraak noemt een vast moment waarop een partner ongevraagd informatie stuurt, en die partner stuurde die niet of te laat.',
        'A departure in the timing of asking for or receiving information counts under the next question, not here. One example is a request for information that was not sent, or was sent late. Another example: the agreement sets a moment for a partner to send information unasked. That partner did not send it, or sent it late.',
      ),
      t(
        'Een bepaling om de informatie sinds de vorige duiding samen te vatten, ook met de bron van elk stuk, regelt bij deze vraag niets. Die bepaling telt bij de volgende vraag. Noemt die bepaling ook vaste bronnen die jullie raadplegen, zoals politie en reclassering? Dan regelt die hier wel welke informatie jullie gebruiken (zie de regel over partners of bronnen).',
        'A provision to summarise the information received since the last interpretation, even with the source of each item, covers nothing under this question. That provision counts under the next question. If that provision also names set sources you consult, such as the police and probation, it does cover which information you use. See the rule on partners or sources.',
      ),
    ],
    doubts: [
      t(
        'Antwoordde een partner te laat op een verzoek om informatie? Dan geldt hetzelfde als bij geen antwoord: het is geen afwijking, hier niet en ook niet bij de vraag over recente informatie.',
        'Treat a late answer to a request for information as no answer. It is not a departure, either here or under the question on recent information.',
      ),
      t(
        'Een veld of bepaling om te noteren of samen te vatten welke informatie of bronnen jullie gebruikten, regelt bij deze vraag niets. Noteerde iemand het een keer niet? Dan is dat hier geen afwijking. Noemt een format welke bronnen jullie raadplegen? Dan regelt het wel welke informatie jullie gebruiken. Voor niveau 1 en 2 telt het noteren wel: dat is de handeling bij deze vraag.',
        'A field or provision for noting or summarising which information or sources you used covers nothing under this question. If someone once did not note it, that is not a departure here. If a template names which sources you consult, it does cover which information you use. At levels 1 and 2, noting it does count: that is the activity named for this question.',
      ),
    ],
  },
  {
    id: 'dui-informatie-recent',
    activity: t(
      'iemand haalde voor het tussentijds duiden van een casus nieuwe informatie op bij een partner.',
      'to re-interpret a case, someone gathered new information from a partner.',
    ),
    origin: 'derived',
    text: t(
      'Hebben jullie afgesproken dat jullie een casus tussentijds opnieuw duiden op basis van recente informatie?',
      'Have you agreed that you re-interpret a case along the way using recent information?',
    ),
    help: t(
      'Recent betekent hier: opgehaald sinds de vorige keer dat jullie de casus duidden (uitleg van de checklist). Zonder nieuwe informatie grijpen partners regelmatig terug op wat bij de start bekend was.',
      'Recent means here: gathered since the last time you interpreted the case (the checklist’s explanation). Without new information, partners frequently fall back on what was known at the start.',
    ),
    rules: [
      t(
        'Komt er ondanks pogingen geen nieuwe informatie, zoals bij een impasse of als een partner niet antwoordt? Dan is dat geen afwijking van een afspraak die vraagt om informatie op te halen. Wat er bij een impasse gebeurt, staat bij §1.7.',
        'Sometimes no new information comes in despite efforts, as at an impasse or when a partner does not answer. That is not a departure from an agreement that asks you to gather information. What happens at an impasse is covered under §1.7.',
      ),
      t(
        'Zegt een afspraak dat jullie bij het duiden de informatie gebruiken of samenvatten die sinds de vorige duiding binnenkwam? Dan is dat een afspraak om op recente informatie te duiden.',
        'Suppose an agreement says that, when re-interpreting, you use or summarise the information that came in since the last interpretation. That is an agreement to re-interpret using recent information.',
      ),
      t(
        'Zegt een afspraak alleen hoe oud de informatie mag zijn, zoals ‘niet ouder dan drie maanden’? Dan regelt die een deel. Die zegt niet dat jullie de informatie ophalen sinds de vorige duiding.',
        'Suppose an agreement says only how old the information may be, such as ‘no older than three months’. Then it covers part. It does not say that you gather the information after the last interpretation.',
      ),
    ],
    basis: t(
      '§1.3: soms wordt lang geen nieuwe informatie verzameld en grijpen partners terug op mogelijk verouderde informatie van de start.',
      '§1.3: sometimes no new information is gathered for a long time and partners fall back on possibly outdated information from the start.',
    ),
  },
];
