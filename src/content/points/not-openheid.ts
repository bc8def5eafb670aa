import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const NO_AGREEMENTS = t(
  '§1.4: wanneer en hoe iemand genotificeerd wordt, leidt geregeld tot discussie, omdat afspraken ontbreken.',
  '§1.4: because there are no agreements on it, when and how to notify someone is frequently a matter of debate.',
);
const ASKS = t(
  '§1.4: het rapport vraagt welke afspraken partners over het notificeren hebben gemaakt.',
  '§1.4: the report asks which agreements partners have made on notification.',
);
const GROUND = t(
  '§1.4: bij uitstel is het van belang vast te leggen op welke uitzonderingsgrond het besluit rust.',
  '§1.4: when notification is postponed, it matters to record which ground for an exception the decision rests on.',
);

const DUTY = t(
  '§1.4: wordt iemand opgenomen in de PGA, dan moeten de kernpartners hem of haar dat laten weten; afwijken kan alleen op beperkte gronden.',
  '§1.4: when someone is included in the PGA, the core partners must tell them so; departing from this is possible only on limited grounds.',
);

export const notOpenheid: AttentionPoint = {
  id: 'not-openheid',
  ref: '1.4',
  title: t(
    'Notificeren en openheid tegenover de betrokkene',
    'Notifying the person and being open with them',
  ),
  summary: t(
    'Notificeren kan alleen op beperkte gronden worden uitgesteld. Het rapport geeft twee voorbeelden: de nationale veiligheid, en een notificatie die een strafrechtelijk onderzoek kan verstoren. Het is dan van belang vast te leggen op welke grond het uitstel rust. Notificeren is ook een interventie: het opent het gesprek met de betrokkene. Zonder notificatie, of met een notificatie die maar een deel vertelt, zijn minder interventies mogelijk. Een gesprek met een theoloog of een andere duidingsexpert wordt dan veel lastiger, of zelfs onmogelijk. Dat kan de aanpak minder effectief maken. Ook ontstaat een afbreukrisico als iemand later merkt dat zijn of haar gesprekspartners niet open waren. De meeste professionals vinden openheid belangrijk. Afwijken kan in uitzonderlijke gevallen, als daar eenduidige afspraken over zijn.',
    'Notification can be postponed only on limited grounds. The report gives two examples: national security, and notification that could disrupt a criminal investigation. It is then important to record the ground for postponement. Notification is also an intervention: it opens the conversation with the person. Without it, or with a notification that tells only part, fewer interventions are possible. A talk with a theologian or another expert in interpreting ideology then becomes much harder, if not impossible. This can make the approach less effective. There is also a risk of lost trust if the person later finds out that the people they spoke to were not open. Most professionals consider openness important. Departing from it is possible in exceptional cases, if there are unambiguous agreements on it.',
  ),
  ...ladder({
    topic: t('notificeren en openheid', 'notification and openness with the person'),
    scope: t(
      'wanneer en hoe jullie de betrokkene notificeren (§1.4). Ook hoort erbij dat jullie bij uitstel de uitzonderingsgrond vastleggen, en wanneer jullie bij uitzondering niet open zijn (§1.4). Verder hoort erbij dat professionals open zijn over wie ze zijn en wat hun rol is (keuze van de checklist).',
      'when and how you notify the person (§1.4). It also covers recording the ground for the exception whenever notification is postponed, and the exceptional cases in which you are not open (§1.4). It further covers professionals being open about who they are and what their role is (the checklist’s choice).',
    ),
    review: t('de uitzonderingsgrond van elk uitstel wordt vastgelegd', 'each delay’s ground is recorded'),
    basis: [NO_AGREEMENTS, NO_AGREEMENTS, ASKS, DUTY],
  }),
  questions: [
    {
      id: 'not-afspraken',
      activity: t(
        'het casusoverleg bepaalde in een casus, voordat de betrokkene werd genotificeerd, wanneer of hoe dat zou gebeuren.',
        'in a case, before the person was notified, the case meeting decided when or how this would be done.',
      ),
      origin: 'report',
      reportQuestion: 10,
      text: t(
        'Hebben jullie afspraken gemaakt over wanneer en hoe jullie de betrokkene notificeren?',
        'Have you agreed when and how you notify the person?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt welke afspraken jullie over notificeren hebben gemaakt. ‘Wanneer en hoe’ komt uit §1.4. Het rapport noemt alleen beperkte uitzonderingsgronden om later te notificeren (§1.4).',
        'Adapted question: the report asks which agreements you have made on notification. ‘When and how’ comes from §1.4. For notifying later, the report names only limited grounds for an exception (§1.4).',
      ),
      rules: [
        t(
          'Een bepaling over hoe volledig jullie de betrokkene informeren, telt ook bij ‘hoe’ (§1.4 noemt ook een notificatie die niet volledig is).',
          'A provision on how fully you inform the person also counts under ‘how’ (§1.4 mentions notifying only partly).',
        ),
        t(
          'Schoof de notificatie op om een praktische reden, zoals een afgezegd gesprek? Dan is een nieuwe datum prikken geen besluit om later te notificeren. Komt de notificatie daardoor later dan de afspraak toestaat? Dan is ze te laat, zonder besluit tot uitstel. Dat geldt bij alle vragen van dit punt.',
          'Suppose the notification slipped for a practical reason, such as a cancelled meeting. Setting a new date is then not a decision to notify later. If the notification thus falls later than the agreement allows, it is late without a decision, not a postponement. This applies to every question on this point.',
        ),
        t(
          'Of de uitzonderingsgrond is vastgelegd, telt bij de volgende vraag.',
          'Whether the ground for the exception was recorded counts under the next question.',
        ),
      ],
      doubts: [
        t(
          'Zegt een bepaling alleen dát jullie de betrokkene notificeren, behalve op een uitzonderingsgrond? Dan regelt die hier niets: wanneer en hoe staan er niet in (keuze van de checklist).',
          'Suppose a provision says only that you notify the person unless there is a ground for an exception. It covers nothing here: it does not say when or how (the checklist’s choice).',
        ),
      ],
    },
    {
      id: 'not-uitzonderingsgrond',
      activity: t(
        'een partner legde bij uitstel van het notificeren vast waarom het werd uitgesteld.',
        'when notification was postponed, a partner recorded why.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken dat jullie bij elk uitstel van het notificeren de uitzonderingsgrond vastleggen?',
        'Have you agreed that, whenever you postpone notifying the person, you record the ground for that exception?',
      ),
      help: t(
        'Notificeren is volgens het rapport nodig. Uitstel kan alleen op beperkte gronden, en het rapport vindt het van belang die grond vast te leggen. De wetsartikelen staan in de begrippenlijst bij ‘UAVG’ (§1.4).',
        'According to the report, notification is necessary. Postponement is possible only on limited grounds, and the report considers it important to record the ground. The legal articles are in the glossary under ‘UAVG’ (§1.4).',
      ),
      rules: [
        t(
          'N.v.t. past alleen als jullie de afgelopen twee jaar het notificeren nooit uitstelden.',
          'N/A applies only if you never postponed notification in the past two years.',
        ),
        t(
          'Besloten jullie iemand helemaal niet te notificeren? Ook dat telt hier als uitstel (keuze van de checklist).',
          'A decision not to notify someone at all also counts as a postponement here (the checklist’s choice).',
        ),
        t(
          'Had een uitstel een uitzonderingsgrond? Dat hangt af van de reden die bij het besluit werd genoemd. Lees die met de regels over gronden bij de volgende vraag, ook die voor bijzondere gevallen. Noemde het besluit alleen een omstandigheid, zoals een opname in een crisis, en niet wat notificeren zou raken? Dan had het uitstel geen uitzonderingsgrond (keuze van de checklist). Een grond die niet gedeeld mocht worden, telt wel.',
          'Did a postponement have a ground for an exception? That depends on the reason given with the decision. Read it with the rules on grounds at the next question, including those for special cases. Suppose the decision named only a circumstance, such as a crisis admission, and not what notifying would affect. Then the postponement had no ground for an exception (the checklist’s choice). A ground that could not be shared does count.',
        ),
      ],
      doubts: [
        t(
          'Kennen een of meer partners de grond, maar mag geen van hen die delen, zoals bij een strafrechtelijk onderzoek? Dan is het genoeg dat een van hen de grond zelf vastlegt (keuze van de checklist). Legde het casusoverleg alleen vast dat de grond niet gedeeld kan worden? Dan telt de afspraak als gevolgd als een van die partners bevestigt dat die de grond zelf vastlegde.',
          'Suppose the partners who know the ground are not allowed to share it, as with a criminal investigation. Then it is enough for one of those partners to record the ground itself (the checklist’s choice). Suppose the case meeting recorded only that the ground cannot be shared. The agreement then counts as followed if one of those partners confirms that it recorded the ground itself.',
        ),
        t(
          '‘Op verzoek van de politie’ of van een andere partner zegt niet waarom de notificatie werd uitgesteld. Zo’n zin telt niet als vastgelegde reden, ook niet bij de handeling (keuze van de checklist).',
          '‘At the request of the police’, or of another partner, does not say why notification was postponed. Such a phrase does not count as a recorded reason, not even for the activity (the checklist’s choice).',
        ),
      ],
      basis: GROUND,
    },
    {
      id: 'not-afwijken',
      activity: t(
        'iemand besprak in een casus of de betrokkene bij uitzondering (nog) niet zou horen dat die in de PGA wordt besproken.',
        'in a case, someone discussed whether, as an exception, the person should not (yet) hear they are discussed in the PGA.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken op welke wettelijke gronden jullie bij uitzondering afwijken van openheid?',
        'Have you agreed on which statutory grounds you may, by exception, depart from openness?',
      ),
      help: t(
        'Het rapport noemt afwijken van openheid alleen voor uitzonderlijke gevallen, en dan met eenduidige afspraken (§1.4). Afwijken van openheid is hier: de betrokkene (nog) niet laten weten dat die in de PGA wordt besproken. Zo koppelt §1.4 openheid aan notificeren. §1.4 noemt alleen beperkte uitzonderingsgronden; de wetsartikelen staan in de voetnoten (zie ‘AVG’ en ‘UAVG’ in de begrippenlijst). Dat hier alleen wettelijke gronden tellen, is een keuze van de checklist.',
        'The report mentions departing from openness only for exceptional cases, and then with unambiguous agreements (§1.4). Here, departing from openness means not telling the person (at all, or not yet) that they are being discussed in the PGA. That is how §1.4 links openness to notification. §1.4 names only limited grounds for an exception; the legal articles are in its footnotes (see ‘GDPR (AVG)’ and ‘UAVG’ in the glossary). That only statutory grounds count here is the checklist’s choice.',
      ),
      rules: [
        t(
          'Het rapport noemt ook een notificatie die niet volledig is. Dat hoort niet bij deze vraag, maar bij de eerste vraag van dit punt (keuze van de checklist).',
          'The report also mentions notifying only partly; this question does not ask about that, but the first question of this point does (the checklist’s choice).',
        ),
        t(
          'Zegt de afspraak op welke gronden jullie het notificeren uitstellen, en zijn dat alleen wettelijke gronden? Dan regelt die alles wat deze vraag noemt. Zegt die alleen wie over uitstel besluit? Dan regelt die niets, zoals bij elke vraag naar wanneer of op welke gronden.',
          'An agreement that says on which grounds you postpone notification, naming only statutory grounds, covers everything the question asks about. If it says only who decides on postponing, it covers nothing, as with any question on when or on what grounds.',
        ),
        t(
          'Wat een professional over de eigen rol zegt, hoort bij de volgende vraag.',
          'What professionals say about their own role belongs under the next question.',
        ),
      ],
      doubts: [
        t(
          'Noemt de afspraak een wettelijke uitzonderingsgrond, of het wetsartikel daarvan? Dan zegt die op welke gronden. Het rapport spreekt van beperkte uitzonderingsgronden en geeft twee voorbeelden: de nationale veiligheid en een strafrechtelijk onderzoek (§1.4). Ook de andere gronden van art. 41 UAVG en die van art. 14 lid 5 AVG tellen (keuze van de checklist). Ze staan bij ‘UAVG’ en ‘AVG’ in de begrippenlijst. Alleen ‘de betrokkene heeft de informatie al’ telt niet: zie de volgende regel.',
          'The agreement states the grounds if it names a statutory ground or the article that contains one. The report speaks of limited grounds for exceptions and gives two examples: national security and a criminal investigation (§1.4). The other grounds of art. 41 UAVG and those of art. 14(5) GDPR count too (the checklist’s choice). They are listed under ‘UAVG’ and ‘GDPR (AVG)’ in the glossary. Only ‘the person already has the information’ does not count: see the next rule.',
        ),
        t(
          '‘De betrokkene heeft de informatie al’ telt niet als grond: dan valt er niets uit te stellen. Noemt de afspraak dat geval toch? Dan maakt dat hier niets uit: het is geen andere reden.',
          '‘The person already has the information’ does not count as a ground: then there is nothing to postpone. If the agreement names that case anyway, it makes no difference here: it is not another reason.',
        ),
        t(
          'Staat een grond in eigen woorden in de afspraak? Dan telt die als wettelijke grond als die zegt dat notificeren iets raakt waar een grond uit de wet over gaat (keuze van de checklist). Voorbeelden: een strafrechtelijk onderzoek, de nationale veiligheid (ook ‘een belang van de AIVD’), of de veiligheid van de betrokkene of anderen.',
          'A ground may be in the agreement’s own words. It counts as a statutory ground if it says notifying affects something a statutory ground is about (the checklist’s choice). Examples: a criminal investigation, national security (also ‘an AIVD interest’), or the safety of the person or others.',
        ),
        t(
          'Bij twee gronden is een strenge maatstaf nodig (keuze van de checklist). Bij het doel van de aanpak moet notificeren dat doel ernstig raken, met woorden als ‘ernstig’, ‘onhaalbaar’ of ‘onmogelijk’. Bij de grond dat informeren onmogelijk is of onevenredig veel moeite kost, moeten die woorden er staan, of woorden met dezelfde betekenis. Alleen ‘schaadt’, ‘in gevaar brengt’, ‘beter voor het doel van de aanpak’ of ‘veel moeite’ is niet genoeg. Bij de andere gronden is ‘raakt’ of ‘schaadt’ genoeg.',
          'For two grounds, a strict test is needed (the checklist’s choice). For the aim of the approach, notifying must seriously affect that aim, in words such as ‘seriously’, ‘unachievable’ or ‘impossible’. For the ground that informing is impossible or takes disproportionate effort, those words or words to the same effect must be used. ‘Harms’, ‘endangers’, ‘better for the aim of the approach’ or ‘a lot of effort’ alone is not enough. For the other grounds, ‘affects’ or ‘harms’ is enough.',
        ),
        t(
          'Noemt de afspraak alleen andere redenen, zoals ‘als een partner liever nog wacht’ of ‘als het de uitvoering van de aanpak schaadt’? Dan regelt die niets. Noemt de afspraak zo’n andere reden naast een wettelijke grond? Dan regelt die een deel (keuze van de checklist).',
          'Suppose the agreement names only other reasons, such as ‘if a partner would rather wait’ or ‘if it harms carrying out the approach’. It then covers nothing. If the agreement names one of those other reasons in addition to a statutory ground, it covers part (the checklist’s choice).',
        ),
        t(
          'De grond ‘doel van de aanpak’ telt alleen als de afspraak, of het besluit tot uitstel, het doel noemt of wat de aanpak moet bereiken. Woorden als ‘het resultaat’, ‘het effect’ of ‘het succes’ van de aanpak noemen het doel niet. Gaat de reden over de aanpak zelf, de uitvoering, hoe goed de aanpak werkt of de interventies? Dan is het een andere reden, ook met woorden als ‘ernstig’ of ‘onmogelijk’ (keuze van de checklist).',
          'The ground ‘aim of the approach’ counts only if the agreement, or the decision to postpone, names the aim or what the approach must achieve. Words such as the ‘result’, ‘effect’ or ‘success’ of the approach do not name the aim. Wording about the approach itself, carrying it out, how well it works or its interventions is another reason. That applies even with strong words such as ‘seriously’ or ‘impossible’ (the checklist’s choice).',
        ),
        t(
          'Of een grond in een casus echt opgaat, is een juridische vraag. Voor het niveau beoordelen jullie dat niet. Noemde het besluit tot uitstel een wettelijke grond uit de afspraak? Dan is het uitstel geen afwijking (keuze van de checklist). Kenden een of meer partners de grond, maar mocht geen van hen die delen, zoals bij een strafrechtelijk onderzoek? Dan is het genoeg dat een van hen zelf een wettelijke grond uit de afspraak vastlegde (zie de vorige vraag).',
          'Whether a ground applies in a case is a legal question. You do not judge it when choosing a level. If the decision to postpone named a statutory ground from the agreement, the postponement is not a departure (the checklist’s choice). Suppose no partner that knew the ground was allowed to share it, as with a criminal investigation. Then it is enough that one of those partners itself recorded a statutory ground from the agreement (see the previous question).',
        ),
        t(
          'Een bepaling om een uitstel later opnieuw te bekijken, bijvoorbeeld op een vaste datum, hoort wel hier. Vraagt de afspraak zo’n datum en ontbreekt die een keer? Dan is dat hier een afwijking.',
          'A provision to reconsider a postponement later, for example on a set date, does belong here. If the agreement asks for such a date and it is missing once, that is a departure here.',
        ),
        t(
          'Noemt de afspraak een ruime grond met voorbeelden, zoals ‘een zwaarwegend belang, zoals een strafrechtelijk onderzoek’? Beoordeel de ruime grond en elk voorbeeld dan apart, met de regels hierboven. Een ruime grond als ‘een zwaarwegend belang’ is geen wettelijke grond, maar een andere reden. Noemt de ruime grond zelf alleen wettelijke gronden, zoals ‘een wettelijke uitzonderingsgrond, zoals …’? Dan is die geen andere reden.',
          'Suppose the agreement names a broad ground with examples, such as ‘a weighty interest, such as a criminal investigation’. Then judge the broad ground and each example separately, by the rules above. A broad ground such as ‘a weighty interest’ is not a statutory ground but another reason. If the broad ground itself names only statutory grounds, such as ‘a statutory ground for an exception, such as …’, it is not another reason.',
        ),
        t(
          'Is de ruime grond een andere reden, en minstens één voorbeeld een wettelijke grond? Dan regelt de afspraak een deel (keuze van de checklist). Zijn de ruime grond en alle voorbeelden andere redenen? Dan regelt de afspraak niets. Noemt die elders wel een wettelijke grond? Dan regelt die een deel. Is de ruime grond geen andere reden? Dan beslissen alleen de andere regels bij deze vraag.',
          'If the broad ground is another reason and at least one example is a statutory ground, the agreement covers part (the checklist’s choice). If the broad ground and all the examples are other reasons, the agreement covers nothing. But if it names a statutory ground elsewhere, it covers part. If the broad ground is not another reason, only the other rules for this question decide.',
        ),
      ],
      basis: t(
        '§1.4: afwijken van openheid kan in uitzonderlijke gevallen, mits daar eenduidige afspraken over zijn.',
        '§1.4: departing from openness is possible in exceptional cases, provided there are unambiguous agreements on it.',
      ),
    },
    {
      id: 'not-transparant',
      activity: t(
        'een professional vertelde een betrokkene welke rol hij of zij zelf in de PGA had.',
        'a professional explained their own role in the PGA to the person.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken dat professionals de betrokkene openheid geven over hun rol?',
        'Have you agreed that professionals are open with the person about their role?',
      ),
      help: t(
        'Bij de rol hoort ook wie ze zijn: namens welke organisatie ze komen (uitleg van de checklist). Het rapport noemt beide (§1.4).',
        'Their role includes who they are: which organisation they represent (the checklist’s explanation). The report names both (§1.4).',
      ),
      rules: [
        t(
          'Noemt de afspraak alleen de rol of alleen de organisatie? Dan regelt die een deel.',
          'If the agreement names only the role or only the organisation, it covers part.',
        ),
        t(
          'Is de betrokkene nog niet genotificeerd, om welke reden ook? Dan is het hier geen afwijking dat een professional de PGA niet noemt. Dat geldt bij uitstel met of zonder uitzonderingsgrond, bij een besluit om niet te notificeren en als het notificeren werd vergeten.',
          'If the person has not been notified yet, for whatever reason, a professional not mentioning the PGA is not a departure here. This applies to a postponement with or without a ground for an exception, a decision not to notify, and a notification that was forgotten.',
        ),
      ],
      basis: t(
        '§1.4: verschillende professionals vinden het belangrijk iemand menselijk en onbevooroordeeld te benaderen. Ook vinden ze het belangrijk open te zijn over wie ze zijn en wat hun rol is.',
        '§1.4: several professionals find it important to approach the person humanely and without prejudice. They also find it important to be open about who they are and what their role is.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'not-openheid-werkwijze',
      title: t('Werkwijze notificeren vastleggen', 'Write down the notification procedure'),
      description: t(
        'Leg vast wanneer en hoe de betrokkene wordt genotificeerd. Leg ook vast dat openheid het uitgangspunt is (voorstel van de checklist); de meeste professionals vinden openheid belangrijk.',
        'Write down when and how the person is notified. Also write down that openness is the starting point (the checklist’s suggestion); most professionals consider openness important.',
      ),
    },
    {
      id: 'not-openheid-uitstel',
      title: t(
        'Uitstel altijd met uitzonderingsgrond registreren',
        'Always record the ground for postponing',
      ),
      description: t(
        'Neem in het dossierformat (zie §2.2, dossiervorming) een vast veld op voor de uitzonderingsgrond waarop uitstel rust (voorstel van de checklist). Mag een partner de grond niet delen, zoals bij een strafrechtelijk onderzoek? Dan staat in het veld alleen dát er uitstel is, en tot wanneer, voor zover die partner dat mag delen.',
        'Add a fixed field to the case-file template (see §2.2, record-keeping) for the ground that a postponement rests on (the checklist’s suggestion). Sometimes a partner is not allowed to share the ground, as with a criminal investigation. The field then only says that notification is postponed, and until when, as far as that partner may share this.',
      ),
    },
  ],
};
