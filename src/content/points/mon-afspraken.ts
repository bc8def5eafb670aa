import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';
import { RETURN_QUESTIONS } from './mon-terugkeer';

const PHASE = t(
  '§1.7: in de fase monitoren wordt een casus minder vaak besproken, met minder of geen interventies; vaak na duidelijke vooruitgang.',
  '§1.7: in the monitoring phase a case is discussed less often, with fewer interventions or none; often after clear progress.',
);
const ASKS = t(
  '§1.7: het rapport vraagt wat partners onder monitoren verstaan, en welke afspraken zij hebben over overgang en afsluiten.',
  '§1.7: the report asks what partners mean by monitoring, and which agreements they have on moving to it and on closure.',
);
const CLEAR = t(
  '§1.7: heldere afspraken helpen voorkomen dat een casus onnodig, en misschien onrechtmatig, lang wordt besproken. Die afspraken gaan over wanneer een casus naar monitoren gaat, wat monitoren inhoudt, wie monitort en waar die op let.',
  '§1.7: clear agreements help prevent a case being discussed for longer than needed, and possibly longer than is lawful. These agreements cover when a case moves to monitoring, what monitoring involves, who monitors and what they watch for.',
);

export const monAfspraken: AttentionPoint = {
  id: 'mon-afspraken',
  ref: '1.7',
  title: t(
    'Monitoren: wat het is en wat jullie erover afspreken',
    'Monitoring: what it is and what you agree on',
  ),
  summary: t(
    'Heldere afspraken over wanneer een casus naar monitoren gaat, wat monitoren inhoudt, wie monitort en waar die op let, zijn van groot belang. Dat helpt voorkomen dat een casus onnodig, en misschien onrechtmatig, lang in de PGA wordt besproken. Het gaat daarbij ook om vertrouwen dat een afgesloten casus terug kan komen als er nieuwe signalen zijn. Let op: de politie gebruikt het woord monitoring in een andere betekenis. Gaat het tijdens het monitoren slechter, dan wordt de casus opnieuw geduid en weer actief besproken.',
    'Clear agreements on when a case moves to monitoring, what monitoring involves, who monitors and what they watch for are of great importance. This helps prevent a case from being discussed in the PGA for longer than needed, and possibly for longer than is lawful. It is also about confidence that a closed case can come back if new signals arise. Note: the police use the word monitoring in a different sense. If things get worse during monitoring, the case is re-interpreted and discussed actively again.',
  ),
  ...ladder({
    topic: t('de werkwijze bij monitoren', 'how monitoring works'),
    scope: t(
      'wanneer een casus naar monitoren gaat (§1.7). Ook hoort erbij wat monitoren inhoudt, wie monitort en waar die op let. Verder hoort erbij wanneer een casus terug naar actief bespreken gaat of wordt afgesloten. Ten slotte hoort erbij hoe een afgesloten casus bij nieuwe signalen terugkomt (§1.7). Ook afsluiten na een impasse hoort bij dit punt: volgens het rapport zou zo’n casus eerst naar monitoren moeten gaan (§1.7).',
      'when a case moves to monitoring (§1.7). It also covers what monitoring involves, who monitors and what they watch for. It further covers when a case goes back to active discussion or is closed. Finally, it covers how a closed case returns when new signals arise (§1.7). Closing a case after an impasse belongs here too: in the report’s view such a case should first move to monitoring (§1.7).',
    ),
    review: t('de afspraak past bij het verloop van casussen', 'the agreement fits how cases develop'),
    basis: [PHASE, PHASE, ASKS, CLEAR],
  }),
  questions: [
    {
      id: 'mon-definitie',
      activity: t(
        'iemand beschreef voor de partners wat monitoren inhoudt.',
        'someone described to the partners what monitoring involves.',
      ),
      origin: 'report',
      reportQuestion: 13,
      text: t(
        'Hebben jullie afgesproken wat jullie onder monitoren verstaan?',
        'Have you agreed what you mean by monitoring?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt wat jullie onder monitoren verstaan. ‘Afgesproken’ is toegevoegd (§1.7). Volgens het rapport is monitoren in de integrale PGA doorgaans een fase waarin een casus minder vaak wordt besproken, met minder of geen interventies (§1.7). De politie kent een eigen betekenis van monitoring; hier gaat het om monitoren binnen de integrale PGA.',
        'Adapted question: the report asks what you mean by monitoring. ‘Agreed’ was added (§1.7). The report says monitoring in the multi-agency PGA is usually a phase in which a case is discussed less often. There are fewer or no interventions in that phase (§1.7). The police use ‘monitoring’ in a sense of their own; here it means monitoring within the multi-agency PGA.',
      ),
      rules: [
        t(
          'Zegt de afspraak wat er gebeurt met een casus die gemonitord wordt? Dan regelt die deze vraag helemaal. Denk aan hoe vaak het casusoverleg de casus nog bespreekt, of hoe vaak degene die monitort aan het casusoverleg laat weten hoe het gaat.',
          'If the agreement says what happens to a case being monitored, it covers all of this question. Examples are how often the case meeting still discusses the case, or how often the monitoring partner reports back to the case meeting.',
        ),
        t(
          'Wie monitort en wat, zijn aparte vragen.',
          'Who monitors and what is monitored are separate questions.',
        ),
        t(
          'Het besluit bij een vastgelopen casus hoort bij ‘Casussen in een impasse’, ook als het in hetzelfde document staat.',
          'The decision on a stalled case belongs under ‘Cases at an impasse’, even if it is in the same document.',
        ),
      ],
    },
    {
      id: 'mon-overgang',
      activity: t(
        'het casusoverleg noemde in een casus vooraf onder welke voorwaarden die naar monitoren kon.',
        'in a case, the case meeting said beforehand under which conditions it could move to monitoring.',
      ),
      origin: 'report',
      reportQuestion: 13,
      text: t(
        'Hebben jullie afgesproken wanneer een casus overgaat naar monitoren?',
        'Have you agreed when a case moves to monitoring?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt welke afspraken jullie hebben gemaakt over wanneer een casus naar monitoren gaat (§1.7). ‘Wanneer’ betekent hier: onder welke voorwaarden.',
        'Adapted question: the report asks which agreements you have made on when a case moves to monitoring (§1.7). ‘When’ here means: on what conditions.',
      ),
      rules: [
        t(
          'De vraag wanneer een vastgelopen casus naar monitoren gaat, hoort bij ‘Casussen in een impasse’, ook als het in hetzelfde document staat.',
          'The question of when a stalled case moves to monitoring belongs under ‘Cases at an impasse’, even if it is in the same document.',
        ),
        t(
          'Een vast moment om te besluiten of de aanpak doorgaat, hoort bij tussentijds duiden.',
          'A set moment for deciding whether the approach goes on belongs under re-interpreting a case along the way.',
        ),
        t(
          'Zegt een bepaling dat jullie het risicotaxatie-instrument van de start herhalen voordat een casus naar monitoren gaat? Dan hoort die bepaling bij de vraag over het herhalen van dat instrument (tussentijds duiden).',
          'Suppose a provision says that you repeat the risk-assessment instrument used at the start before a case moves to monitoring. That provision belongs under the question on repeating that instrument (re-interpreting a case along the way).',
        ),
      ],
    },
    {
      id: 'mon-afsluiten',
      activity: t(
        'het casusoverleg noemde bij een gemonitorde casus vooraf onder welke voorwaarden die zou worden afgesloten.',
        'for a case being monitored, the case meeting set out in advance the conditions for closing it.',
      ),
      origin: 'report',
      reportQuestion: 13,
      text: t(
        'Hebben jullie afgesproken wanneer een casus na monitoren wordt afgesloten?',
        'Have you agreed when a case is closed after monitoring?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt welke afspraken jullie hebben gemaakt over wanneer een casus wordt afgesloten. ‘Na monitoren’ is toegevoegd: in §1.7 komt afsluiten na een periode van monitoren. §1.2 noemt afsluiten ook als uitkomst van de weging.',
        'Adapted question: the report asks which agreements you have made on when a case is closed. ‘After monitoring’ was added: in §1.7, closure follows a period of monitoring. §1.2 also names closure as an outcome of the assessment.',
      ),
      rules: [
        t(
          '‘Wanneer’ betekent hier: onder welke voorwaarden jullie een casus afsluiten, zoals ‘als er een halfjaar geen nieuwe signalen zijn’ of ‘na acht weken monitoren’. Die voorbeelden zijn van de checklist.',
          '‘When’ here means: under which conditions you close a case. Examples are ‘when there have been no new signals for six months’ or ‘after eight weeks of monitoring’. These examples are the checklist’s own.',
        ),
        t(
          'Zegt een afspraak alleen na hoeveel tijd jullie besluiten óf jullie de casus afsluiten, en niet onder welke voorwaarden? Dan regelt die hier een deel (keuze van de checklist). Zo’n periode zegt wanneer jullie besluiten, niet wanneer de casus wordt afgesloten. §1.7 noemt zo’n periode: de casus nog een aantal weken volgen en dan besluiten. Zegt de afspraak ook dat jullie afsluiten als er dan niets veranderde? Dan noemt die wel een voorwaarde.',
          'Suppose an agreement says only after how long you decide whether to close a case, and not under which conditions. Then it covers part of this question (the checklist’s choice). Such a period says when you decide, not when the case is closed. §1.7 mentions such a period: following the case for a number of weeks and then deciding. If the agreement also says you close the case when nothing has changed by then, it does name a condition.',
        ),
        t(
          'N.v.t. past alleen als er de afgelopen twee jaar geen casus gemonitord werd.',
          'N/A applies only if no case was being monitored in the past two years.',
        ),
      ],
      doubts: [
        t(
          'Geldt een bepaling over wanneer jullie een casus afsluiten voor alle casussen, niet alleen na monitoren? Dan geldt die ook voor afsluiten na monitoren.',
          'Suppose a provision on when you close a case applies to all cases, not only after monitoring. It then also applies to closing after monitoring.',
        ),
        t(
          'Zegt de afspraak dat het casusoverleg bij elke gemonitorde casus vooraf noemt onder welke voorwaarden die wordt afgesloten? Dan regelt die dit helemaal (keuze van de checklist). Zo is het ook bij de vragen wie monitort en wat er wordt gemonitord. Dat is meer dan alleen zeggen wie besluit.',
          'Suppose the agreement says the case meeting names in advance, for each monitored case, the conditions for closing it. Then it covers this fully (the checklist’s choice). The same applies to the questions on who monitors and what is monitored. That is more than saying only who decides.',
        ),
      ],
    },
    {
      id: 'mon-wie',
      activity: t(
        'het casusoverleg bepaalde bij een casus die naar monitoren ging, wie die monitorde.',
        'when a case moved to monitoring, the case meeting decided who would monitor it.',
      ),
      origin: 'derived',
      text: t('Hebben jullie afgesproken wie er monitort?', 'Have you agreed who does the monitoring?'),
      rules: [
        t(
          'Zegt de afspraak dat het casusoverleg bij elke casus die naar monitoren gaat, aanwijst of vastlegt wie monitort? Dan regelt die dit helemaal (keuze van de checklist). Dat geldt ook voor een veld ‘wie monitort’ dat het casusoverleg volgens de afspraak of het format bij zo’n casus invult.',
          'Suppose the agreement says the case meeting names or records who monitors each case that moves to monitoring. Then it covers all of this (the checklist’s choice). The same applies to a ‘who monitors’ field that, under the agreement or the template, the case meeting fills in for such a case.',
        ),
        t(
          'Staat zo’n veld in een format voor het casusoverleg, met de onderdelen die het overleg bij elke casus bespreekt? Dan regelt het veld dit helemaal, ook als geen tekst zegt wie het invult. Staat het veld in een ander format, zoals het dossierformat? Dan telt het alleen als een tekst zegt dat het casusoverleg het invult. Dat het casusoverleg het format vaststelde, is niet genoeg.',
          'A template for the case meeting lists the items it discusses for each case. If such a field is in one, it covers this fully, even if no text says who fills it in. In another template, such as the case-file template, the field counts only if a text says the case meeting fills it in. That the case meeting adopted the template is not enough.',
        ),
        t(
          'N.v.t. past alleen als er de afgelopen twee jaar geen casus gemonitord werd.',
          'N/A applies only if no case was being monitored in the past two years.',
        ),
      ],
      doubts: [
        t(
          '‘Eén of twee partners’ of ‘een partner’, zonder te zeggen welke of wie dat kiest, zegt niet wie monitort. Zo’n zin regelt hier niets (keuze van de checklist).',
          '‘One or two partners’ or ‘a partner’, without saying which or who chooses, does not say who monitors. Such a phrase covers nothing here (the checklist’s choice).',
        ),
      ],
      basis: CLEAR,
    },
    {
      id: 'mon-wat',
      activity: t(
        'het casusoverleg bepaalde bij een casus die naar monitoren ging, waar degene die monitorde op lette.',
        'when a case moved to monitoring, the case meeting decided what the monitoring partner would watch for.',
      ),
      origin: 'derived',
      text: t('Hebben jullie afgesproken wat er wordt gemonitord?', 'Have you agreed what is monitored?'),
      rules: [
        t(
          'Zegt de afspraak dat het casusoverleg bij elke casus die naar monitoren gaat, bepaalt waar degene die monitort op let? Dan regelt die dit helemaal (keuze van de checklist).',
          'Suppose the agreement says the case meeting decides, for each case that moves to monitoring, what the monitoring partner should look out for. Then the agreement covers all of this (the checklist’s choice).',
        ),
        t(
          'Hoe vaak degene die monitort aan het casusoverleg laat weten hoe het gaat, hoort bij de vraag wat jullie onder monitoren verstaan.',
          'How often the monitoring partner reports back to the case meeting belongs under the question on what you mean by monitoring.',
        ),
        t(
          'N.v.t. past alleen als er de afgelopen twee jaar geen casus gemonitord werd.',
          'N/A applies only if no case was being monitored in the past two years.',
        ),
      ],
      doubts: [
        t(
          'Zegt de afspraak alleen dat ‘nieuwe zorgen’ of ‘nieuwe signalen’ worden gemeld, en niet waar degene die monitort op let? Dan regelt de afspraak hier niets (keuze van de checklist).',
          'Suppose the agreement says only that ‘new concerns’ or ‘new signals’ are reported, and not what the monitoring partner watches for. Then it covers nothing here (the checklist’s choice).',
        ),
        t(
          'Voor een veld ‘waarop’ gelden dezelfde regels als voor een veld ‘wie monitort’ bij de vraag wie er monitort.',
          'A ‘what they watch for’ field follows the same rules as a ‘who monitors’ field under the question on who monitors.',
        ),
      ],
      basis: CLEAR,
    },
    ...RETURN_QUESTIONS,
  ],
  suggestedActions: [
    {
      id: 'mon-afspraken-vastleggen',
      title: t(
        'Afspraken over monitoren en afsluiten vastleggen',
        'Write down agreements on monitoring and closure',
      ),
      description: t(
        'Leg vast wanneer een casus naar monitoren gaat en wat monitoren inhoudt. Leg ook vast wie monitort, waar die op let en wanneer een casus wordt afgesloten. Volgens het rapport zijn heldere afspraken over monitoren van groot belang; het vraagt ook naar afspraken over afsluiten (§1.7). Dat jullie ze op papier zetten, is een voorstel van de checklist.',
        'Write down when a case moves to monitoring and what monitoring involves. Also write down who monitors, what they watch for and when a case is closed. According to the report, clear agreements on monitoring are very important, and it also asks about agreements on closure (§1.7). Putting them in writing is the checklist’s suggestion.',
      ),
    },
    {
      id: 'mon-afspraken-terugkeer',
      title: t('Route terug bij nieuwe signalen', 'A route back on new signals'),
      description: t(
        'Spreek af hoe een gemonitorde casus bij negatieve ontwikkelingen weer actief wordt besproken. Spreek ook af hoe een afgesloten casus weer besproken wordt als er nieuwe signalen zijn (voorstel van de checklist; het rapport noemt geen route). Zo kunnen partners met vertrouwen afsluiten.',
        'Agree how a case being monitored is discussed actively again when negative developments occur. Also agree how a closed case is discussed again when new signals arise (the checklist’s suggestion; the report names no route). Partners can then close cases with confidence.',
      ),
    },
  ],
};
