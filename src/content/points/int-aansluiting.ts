import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const LIMITED = t(
  '§1.6: systematisch afwegen welke interventies passen bij de risico- en beschermende factoren, gebeurt nog beperkt.',
  '§1.6: systematically weighing which interventions fit the risk and protective factors still happens only to a limited extent.',
);
const FORMATS = t(
  '§1.6: een format voor het casusoverleg helpt om die afweging systematisch te maken. Het dossierformat dat het rapport ook noemt, komt in deze checklist aan bod bij §2.2.',
  '§1.6: a template for the case meeting helps to make that weighing systematic. The case-file template the report also names is scored in this checklist under §2.2.',
);
// Levels 3 and 4 say narrowly what the report does not ask for: §1.3 asks about agreements on interventions when the
// picture is incomplete (check 285).
const FORMATS_AGREEMENT = t(
  `${FORMATS.nl} §1.6 vraagt niet om een afspraak over de keuze van interventies. Wel vraagt §1.3 naar afspraken over interventies bij een onvolledig beeld. Die staan bij ‘Een gedeelde keuze bij een onvolledig beeld’. Dat de niveaus een afspraak meten, is een keuze van de checklist.`,
  `${FORMATS.en} §1.6 does not ask for an agreement on how interventions are chosen. §1.3 does ask about agreements on interventions when the picture is incomplete. Those are under ‘A shared choice when the picture is incomplete’. That the levels measure an agreement is the checklist’s choice.`,
);
const PRACTICE = t(
  '§1.6: volgens het rapport gaat dit goed: professionals zoeken buiten de gebaande paden naar passende interventies. Ook hoofdstuk 3 noemt hen creatief in het bedenken van interventies.',
  '§1.6: the report finds that this works well: professionals look beyond the usual options for suitable interventions. Chapter 3 also calls them creative in devising interventions.',
);

export const intAansluiting: AttentionPoint = {
  id: 'int-aansluiting',
  ref: '1.6',
  title: t('Interventies die passen bij factoren en doelen', 'Interventions that fit the factors and goals'),
  summary: t(
    'Goed zicht op risicofactoren én beschermende factoren is belangrijk om passende interventies te kiezen. Denk aan de leefgebieden, het sociale netwerk en eventuele geweldsbereidheid. Zo kunnen partners systematisch afwegen wat op kortere en langere termijn nodig is, passend bij de (sub)doelen. Zo’n systematische afweging gebeurt nog beperkt. Een format voor het casusoverleg en een dossierformat helpen om die afweging systematisch te maken. Aan het begin van een casus zijn interventies vooral gericht op contact krijgen, informatie verzamelen en vertrouwen opbouwen; later meer op de leefgebieden. Het rapport noemt ook een sterk punt: professionals zoeken creatief, ook buiten de gebaande paden. Praktische steun, zoals bij wonen of schulden, geeft vaak resultaat en kan een cognitieve opening geven.',
    'A clear picture of risk factors and protective factors is important for choosing suitable interventions. These include the areas of life, the social network and any readiness to use violence. Partners can then weigh systematically what is needed in the shorter and longer term, in line with the (sub-)goals. Such systematic weighing still happens only to a limited extent. A template for the case meeting and a case-file template help to make it systematic. Early in a case, interventions mainly aim at making contact, gathering information and building trust; later, more at the areas of life. The report also notes a strength: professionals search creatively, including beyond the usual options. Practical support, such as with housing or debts, often brings results and can create a cognitive opening.',
  ),
  ...ladder({
    topic: t('de keuze van interventies', 'how interventions are chosen'),
    scope: t(
      'waarop jullie interventies kiezen (§1.6). Dat zijn de risicofactoren, de beschermende factoren en de (sub)doelen. Ook hoort erbij of jullie een format voor het casusoverleg gebruiken: een vaste lijst van punten die bij elke casus aan bod komen (§1.6). Een afspraak om geen format te gebruiken, telt ook. Verder hoort erbij welke soorten interventies jullie overwegen, ook buiten de gebaande paden. Een voorbeeld is praktische hulp die ervoor zorgt dat iemand daarna wel openstaat voor contact (keuze van de checklist). Het rapport vindt dat dit goed gaat (§1.6).',
      'what you base the choice on (§1.6). These are the risk factors, the protective factors and the (sub-)goals. It also covers whether you use a template for the case meeting: a set list of items discussed for every case (§1.6). An agreement not to use one counts too. It further covers which kinds of intervention you consider, including less usual ones. An example is practical help that makes someone open to contact in the first place (the checklist’s choice; the report finds this works well, §1.6).',
    ),
    review: t('de reden van elke keuze te volgen is', 'the reason for each choice can be traced'),
    basis: [LIMITED, LIMITED, FORMATS_AGREEMENT, FORMATS_AGREEMENT],
  }),
  questions: [
    {
      id: 'int-aansluiting-doelen',
      activity: t(
        'iemand zei of schreef bij een interventie bij welk (sub)doel die paste.',
        'for an intervention, someone stated or wrote down which (sub-)goal it served.',
      ),
      origin: 'report',
      reportQuestion: 12,
      text: t(
        'Hebben jullie afgesproken hoe jullie interventies laten aansluiten bij de (sub)doelen in de casus?',
        'Have you agreed how you make interventions fit the (sub-)goals of the case?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt in hoeverre interventies aansluiten bij de (sub)doelen. De niveaus meten de afspraak over de keuze van interventies, niet hoe goed ze aansluiten (keuze van de checklist).',
        'Adapted question: the report asks to what extent interventions fit the (sub-)goals. The levels measure the agreement on how interventions are chosen, not how well they fit (the checklist’s choice).',
      ),
      rules: [
        t(
          'Heeft een casus geen subdoelen? Dan is dat hier geen afwijking; het telt bij ‘Heldere, concrete (sub)doelen’.',
          'If a case has no sub-goals, that is not a departure here; it counts under ‘Clear, concrete (sub-)goals’.',
        ),
        t(
          'Staat in een afspraak of format dat jullie bij elke interventie het bijbehorende (sub)doel noemen? Dan regelt die afspraak of dat format hoe jullie interventies laten aansluiten.',
          'If an agreement or template says that for each intervention you name the (sub-)goal it serves, it covers how you make interventions fit.',
        ),
      ],
    },
    {
      id: 'int-factoren',
      activity: t(
        'iemand noemde bij de keuze van een interventie een risicofactor of een beschermende factor van de betrokkene.',
        'when an intervention was chosen, someone named a risk factor or a protective factor of the person.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken dat jullie interventies kiezen op basis van de risicofactoren én de beschermende factoren?',
        'Have you agreed that you choose interventions based on the person’s risk factors and protective factors?',
      ),
      help: t(
        'Denk aan de leefgebieden, het sociale netwerk en mogelijke geweldsbereidheid.',
        'For example, the areas of life, the social network and any readiness to use violence.',
      ),
      rules: [
        t(
          'Vraagt de afspraak om beide soorten factoren? Dan is het een afwijking als niemand beschermende factoren noemde of besprak bij de keuze van interventies. Waren er toen nog geen bekend? Dan is het geen afwijking. Maar dat moet dan blijken, bijvoorbeeld uit het plan of het verslag. Het telt ook als de partners het bevestigen en niemand het tegenspreekt (keuze van de checklist). Mocht een partner wat die wist wettelijk niet delen? Zie ‘Wat toch als gevolgd telt’.',
          'Suppose the agreement asks for both kinds of factor. Then it is a departure if nobody named or discussed protective factors when choosing interventions. If none were known yet, it is not a departure. But that must be evident, for example from the plan or the minutes. It also counts if the partners confirm it and nobody disputes it (the checklist’s choice). If a partner could not lawfully share what it knew, see ‘What still counts as followed’.',
        ),
        t(
          'Noemt de afspraak beide soorten factoren als grond voor de keuze, zoals ‘interventies die een risicofactor verminderen of een beschermende factor versterken’? Dan regelt die alles wat de vraag noemt, ook met ‘of’. Ze vraagt dan om beide soorten factoren (keuze van de checklist).',
          'Suppose the agreement names both kinds of factor as grounds, such as ‘interventions that reduce a risk factor or strengthen a protective factor’. Then it covers everything the question asks about, even with ‘or’. It then asks for both kinds of factor (the checklist’s choice).',
        ),
        t(
          'Vraagt de afspraak dat het casusoverleg bij de keuze van interventies een format langsloopt met punten over risicofactoren én beschermende factoren? Dan noemt die beide als grond voor de keuze. Zegt de afspraak alleen dat iemand het format na het overleg invult? Dan regelt die hier niets.',
          'Suppose the agreement asks the case meeting to go through a template with items on risk and protective factors when choosing interventions. Then it names both as grounds for the choice. If it says only that someone fills in the template after the meeting, it covers nothing here.',
        ),
      ],
      basis: LIMITED,
    },
    {
      id: 'int-format-overleg',
      activity: t(
        'het casusoverleg gebruikte bij de keuze van interventies een format met vaste onderdelen, of besprak of het dat zou doen.',
        'when choosing interventions, the case meeting used a template with set items, or discussed whether to use one.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken of jullie bij de keuze van interventies een format met vaste onderdelen gebruiken?',
        'Have you agreed whether you use a template with set items when choosing interventions?',
      ),
      help: t(
        'Volgens het rapport helpt zo’n format (§1.6). Deze checklist stelt het niet als eis. Let op: een hoog niveau zegt alleen dat jullie afspraak alles regelt, op papier staat en wordt gevolgd. Het zegt niet dat jullie een format gebruiken.',
        'According to the report, such a template helps (§1.6). This checklist does not make it a requirement. Note: a high level says only that your agreement covers everything, is in writing and is followed. It does not say that you use a template.',
      ),
      rules: [
        t(
          'Hier telt alleen de bespreking van een casus waarin jullie interventies kozen. Ook een besluit om een interventie voort te zetten of te stoppen, is zo’n keuze. Kozen jullie bij een casus geen interventies, zoals bij een bespreking van alleen praktische zaken? Dan is het hier geen afwijking dat jullie het format bij die casus niet gebruikten. Dat geldt ook als jullie in hetzelfde overleg bij een andere casus wel interventies kozen.',
          'Only the discussion of a case in which you chose interventions counts here. A decision to continue or stop an intervention is such a choice too. Suppose you chose no interventions for a case, for instance because you discussed only practical matters. Then not using the template for that case is not a departure here. This also applies if you chose interventions for another case at the same meeting.',
        ),
        t(
          'Het dossierformat zelf komt aan bod bij §2.2 (dossiervorming).',
          'The case-file template itself is covered under §2.2 (record-keeping).',
        ),
        t(
          'Noemt de afspraak alleen het eerste plan van aanpak, of alleen sommige besprekingen? En zegt die niets over andere keuzes van interventies? Dan regelt die een deel, ook als jullie het format daar wel gebruikten. Maar geldt die bij elke bespreking van een plan, ook elke herijking? Dan geldt die ook voor keuzes daartussen (zie de bijlage). Zegt de afspraak uitdrukkelijk dat jullie het format alleen daar gebruiken? Dan ontbreekt er niets.',
          'Suppose the agreement names only the first action plan, or only some discussions, and says nothing about other choices of interventions. Then it covers part, even if you did use the template there. But if it applies to every discussion of a plan, including every adjustment, it also applies to choices in between (see the annex). If it says explicitly that you use the template only there, nothing is missing.',
        ),
      ],
      doubts: [
        t(
          'Hebben jullie een format voor het plan van aanpak of voor het hele casusoverleg? Dan telt het hier alleen als het noemt waarop jullie bij de keuze van interventies letten. Denk aan risico- en beschermende factoren of subdoelen. Alleen een veld voor de interventies, of één veld ‘doel’, is dat niet (keuze van de checklist).',
          'Some templates are for the action plan, or for the whole case meeting. Such a template counts here only if it names what you look at when choosing interventions. Examples are risk and protective factors or sub-goals. A mere field for the interventions, or a single ‘goal’ field, is not enough (the checklist’s choice).',
        ),
        t(
          'Vult iemand een format voor het plan van aanpak pas na het overleg in, en liep het overleg de onderdelen ervan niet langs? Dan gebruikte het casusoverleg dat format niet bij de keuze van interventies. Liep het overleg die onderdelen wel langs? Dan gebruikte het dat format wel. Zegt een bepaling alleen dat iemand dat format na het overleg invult? Dan regelt die hier niets.',
          'Suppose someone fills in a template for the action plan only after the meeting, and the meeting did not go through its items. Then the case meeting did not use that template when choosing interventions. If the meeting did go through those items, it did use the template. A provision saying only that someone fills in that template after the meeting covers nothing here.',
        ),
        t(
          'Een latere keuze of wijziging van interventies in een casus hoort bij het plan van aanpak van die casus. Dat geldt ook voor een keuze in een bespreking tussen twee besprekingen van het plan. Geldt de afspraak bij elk plan of elke bespreking van een plan? Dan geldt die ook voor zo’n keuze. Viel de keuze buiten het casusoverleg? Dan telt de eerstvolgende bespreking van die casus als bespreking waarin jullie interventies kozen.',
          'A later choice or change of interventions in a case belongs to that case’s action plan. This includes a choice made at a case discussion held between two discussions of the plan. If the agreement applies to every plan or every discussion of a plan, it applies to such a choice too. If the choice was made outside the case meeting, the next discussion of that case counts as one in which you chose interventions.',
        ),
      ],
      basis: FORMATS,
    },
    {
      id: 'int-palet-breed',
      activity: t(
        'iemand stelde in een casus een interventie voor die buiten het gebruikelijke aanbod viel.',
        'in a case, someone proposed an intervention outside the usual range.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken ook buiten de gebaande paden naar interventies te zoeken?',
        'Have you agreed to look beyond the usual interventions?',
      ),
      help: t(
        'Het rapport noemt een grote verscheidenheid aan interventies (§1.6). Bijvoorbeeld gesprekken over ideologie met een theoloog, soms via bijzondere voorwaarden. Zo proberen partners eerst zicht te krijgen op iemands ideologie, en later andere denkwijzen aan te bieden. Komt er geen gesprek met een expert tot stand? Dan zet de gemeente volgens het rapport eigen professionals in die de ideologie kennen. Volgens het rapport zoeken professionals goed buiten de gebaande paden (§1.6). Dat de niveaus een afspraak meten, is een keuze van de checklist: het rapport vraagt er niet om. Een laag niveau zegt dus niet dat jullie dit slecht doen.',
        'The report names a wide variety of interventions (§1.6). For example talks on ideology with a theologian, sometimes through special conditions. Partners first try to understand a person’s ideology, later to offer other ways of thinking about it. If no talk with an expert can be arranged, the municipality deploys its own staff who know the ideology, the report says. The report finds professionals good at looking beyond the usual options (§1.6). That the levels measure an agreement is the checklist’s choice; the report does not ask for one. So a low level does not mean you do this badly.',
      ),
      rules: [
        t(
          'Een zin als ‘het casusoverleg bekijkt ook andere interventies’ zegt niet wanneer. Jullie kunnen dan niet nagaan of die gevolgd is. Zo’n zin regelt dus niets.',
          '‘The case meeting also looks at other interventions’, without saying when, cannot be checked and so covers nothing.',
        ),
        t(
          'Zegt de afspraak wanneer jullie interventies buiten het gebruikelijke aanbod bespreken, zoals ‘bij elke keuze van interventies’, ‘bij elke casus’ of ‘in elke casus’? Dan regelt die alles wat deze vraag noemt. Een andere zin die niets regelt, zoals hierboven, maakt dan niets uit, ook niet als die niet altijd gevolgd is.',
          'Suppose the agreement says when you discuss interventions outside the usual range: for example, ‘whenever interventions are chosen’, ‘for every case’ or ‘in every case’. Then it covers everything this question asks about. Another sentence that covers nothing, as above, then makes no difference, even if it was not always followed.',
        ),
      ],
      basis: PRACTICE,
    },
    {
      id: 'int-cognitieve-opening',
      activity: t(
        'een partner bood in een casus praktische hulp aan, om contact of openheid voor andere interventies te krijgen.',
        'in a case, a partner offered practical help, to gain contact or openness to other interventions.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken praktische hulp te overwegen, om contact en openheid voor andere interventies te krijgen?',
        'Have you agreed to consider practical help as a way to gain contact and openness to other interventions?',
      ),
      help: t(
        'Een cognitieve opening is er als de betrokkene openstaat voor contact en voor de invloed van professionals. Soms vraagt de betrokkene zelf al om gesprekken of steun. Soms is eerst een interventie nodig om die opening te krijgen (§1.6). Hulp bij schulden of andere problemen kan een ingang zijn voor een eerste gesprek (§1.4). Ook zorgt die vaak voor meer openheid om mee te werken aan andere interventies (§1.6). Het rapport vraagt niet om een afspraak; dat jullie het afspreken, is een keuze van de checklist.',
        'A cognitive opening exists when the person is open to contact and to the influence of professionals. Sometimes the person already asks for conversations or support. Sometimes an intervention is needed first to create that opening (§1.6). Help with debts or other problems can open the way to a first conversation (§1.4). It also often brings more openness to take part in other interventions (§1.6). The report asks for no agreement; agreeing on it is the checklist’s choice.',
      ),
      rules: [
        t(
          'De afspraak hoeft het doel (contact en openheid) niet te noemen.',
          'The agreement need not name the aim (contact and openness).',
        ),
        t(
          'Zegt een zin niet wanneer jullie praktische hulp overwegen? Dan regelt die niets, net als bij de vorige vraag. Zegt die het wel, zoals ‘bij elk nieuw plan’, ‘bij elke casus’ of ‘in elke casus’? Dan regelt die alles wat deze vraag noemt.',
          'As with the previous question, a sentence that does not say when you consider practical help covers nothing. If it does say when, for example ‘for every new plan’, ‘for every case’ or ‘in every case’, it covers everything this question asks about.',
        ),
      ],
      basis: t(
        '§1.6: steun op de leefgebieden zorgt vaak voor meer openheid en bereidheid om mee te werken aan andere interventies.',
        '§1.6: support in areas of life often brings more openness and willingness to take part in other interventions.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'int-aansluiting-overleg',
      title: t('Format voor het casusoverleg', 'A template for the case meeting'),
      description: t(
        'Stel een format op voor hoe jullie een casus in het casusoverleg bespreken en welke punten daarbij aan bod komen (§1.6; voorstel van de checklist).',
        'Draw up a template for how you discuss a case in the case meeting and which items come up (§1.6; the checklist’s suggestion).',
      ),
    },
    {
      id: 'int-aansluiting-dossier',
      title: t(
        'Risico- en beschermende factoren in het dossierformat',
        'Risk and protective factors in the case-file template',
      ),
      description: t(
        'Neem in het dossierformat (zie §2.2, dossiervorming) de risico- en beschermende factoren per leefgebied op. Koppel elke interventie aan een (sub)doel (voorstel van de checklist).',
        'Include the risk and protective factors per area of life in the case-file template (see §2.2, record-keeping). Link every intervention to a (sub-)goal (the checklist’s suggestion).',
      ),
    },
  ],
};
