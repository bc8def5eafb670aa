import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const ACCOUNT = t(
  '§2.2: heldere verslagen in één vorm zijn van belang om informatie terug te vinden en voor de verantwoording.',
  '§2.2: clear, uniform records are important to retrieve information and for accountability.',
);
const DIFFERS = t(
  '§2.2: wat wordt opgeslagen en hoe, verschilt per casus; niet elke casus gebruikt hetzelfde format, en een format wordt soms maar deels ingevuld.',
  '§2.2: what is stored, and how, differs per case; not every case uses the same template, and a template is sometimes only partly filled in.',
);
const ASKS = t(
  '§2.2: het rapport vraagt op welke manier en door wie afspraken, met hun onderbouwing, worden vastgelegd. Het noemt lokale afspraken over wat wanneer door wie wordt vastgelegd van belang. In hoofdstuk 3 biedt DSP steun aan bij afspraken over dossiervorming.',
  '§2.2: the report asks how and by whom agreements, with their reasons, are recorded. It calls local agreements on what is recorded, when and by whom, important. In chapter 3, DSP offers support in drawing up agreements on record-keeping.',
);

export const gegDossier: AttentionPoint = {
  id: 'geg-dossier',
  ref: '2.2',
  title: t('Zorgvuldige dossiervorming', 'Careful record-keeping'),
  summary: t(
    'Welke informatie wordt opgeslagen en hoe, verschilt per casus. Niet elke casus gebruikt hetzelfde format, en een format wordt soms maar deels ingevuld. Casussen lopen soms lang en intussen wisselt het personeel. Daarom zijn heldere verslagen in één vaste vorm van belang, om informatie terug te kunnen vinden en voor de verantwoording. Daarvoor moeten ook afwegingen en conclusies worden vastgelegd.',
    'Which information is stored, and how, differs from case to case. Not every case uses the same template, and a template is sometimes only partly filled in. Cases sometimes run long, and staff change in the meantime. Clear, uniform records are therefore important, to be able to retrieve information and for accountability. That requires recording considerations and conclusions as well.',
  ),
  ...ladder({
    topic: t('dossiervorming', 'record-keeping'),
    scope: t(
      'hoe en door wie jullie afspraken en hun onderbouwing vastleggen (§2.2). Ook hoort erbij dat jullie dat steeds op dezelfde manier doen, in een format dat jullie helemaal invullen (keuze van de checklist). Volgens §2.2 wordt een format soms maar deels ingevuld. Het vastleggen van de weging bij de start, met de afwegingen en conclusies, hoort bij ‘Systematisch wegen’. Hier hoort ook bij: hoe jullie vastleggen waarom jullie een casus voortzetten, laten overgaan naar monitoren of afsluiten (keuze van de checklist). Volgens §1.2 is het vastleggen van afwegingen bij starten, voortzetten en afsluiten van wezenlijk belang.',
      'how and by whom you record agreements and their reasons (§2.2). It also covers doing this the same way every time, in a template you fill in completely (the checklist’s choice). According to §2.2, a template is sometimes only partly filled in. Recording the assessment at the start, with its considerations and conclusions, belongs under ‘Systematic assessment’. This point does cover how you record the reasons for continuing a case, moving it to monitoring or closing it (the checklist’s choice). According to §1.2, recording the considerations behind starting, continuing and closing is essential.',
    ),
    review: t('een opvolger besluiten kan teruglezen', 'a successor can trace the decisions'),
    basis: [DIFFERS, DIFFERS, ASKS, ACCOUNT],
  }),
  questions: [
    {
      id: 'geg-afspraken-manier',
      activity: t(
        'een partner legde in het dossier van een casus vast waarom een besluit was genomen.',
        'a partner recorded in a case file why a decision was taken.',
      ),
      origin: 'report',
      reportQuestion: 16,
      text: t(
        'Hebben jullie een vaste manier afgesproken om afspraken en hun onderbouwing in het dossier vast te leggen?',
        'Have you agreed a set way to record agreements and their reasons in the case file?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt op welke manier jullie vastleggen. ‘Een vaste manier afgesproken’ en ‘in het dossier’ zijn toegevoegd, omdat §2.2 uniforme verslaglegging van belang noemt.',
        'Adapted question: the report asks how you record. ‘Agreed a set way’ and ‘in the case file’ were added, because §2.2 calls uniform records important.',
      ),
      rules: [
        t(
          'De grond voor uitstel van notificeren telt alleen bij ‘Notificeren en openheid tegenover de betrokkene’.',
          'The ground for postponing notification counts only under ‘Notifying the person and being open with them’.',
        ),
        t(
          'Of elk subdoel een reden heeft, hoort bij ‘Heldere, concrete (sub)doelen’.',
          'Whether each sub-goal has a reason belongs under ‘Clear, concrete (sub-)goals’.',
        ),
        t(
          'Zegt een afspraak alleen wie de afspraken vastlegt en waar, zoals in het dossier of een besluitenlijst? Dan regelt die bij deze vraag alleen dát jullie ze vastleggen, en waar. Dat is maar een deel. Een vaste manier zegt ook wát jullie vastleggen, zoals de onderbouwing, en wanneer.',
          'Suppose an agreement says only who records the agreements and where (such as the case file or a list of decisions). Then it covers only that you record them, and where. That is just part of this question. A set way also says what you record, such as the reasons, and when.',
        ),
      ],
      doubts: [
        t(
          'Met ‘afspraken’ bedoelt deze vraag ook besluiten in een casus, zoals voortzetten, laten overgaan naar monitoren of afsluiten. De onderbouwing daarvan telt hier (zie §1.2 over het vastleggen van afwegingen).',
          'In this question, ‘agreements’ also means decisions in a case, such as continuing it, moving it to monitoring or closing it. Their reasons count here (see §1.2 on recording considerations).',
        ),
        t(
          'Wie vastlegt, telt bij de vraag wie de afspraken en hun onderbouwing vastlegt. Een vaste manier hoeft dus niet te zeggen wie vastlegt.',
          'Who records them counts under the question on who records the agreements and their reasons. So a set way need not say who records them.',
        ),
        t(
          'Zegt een zin alleen dat een partner het secretariaat voert of het dossier beheert? Dan zegt die niet dát en waar jullie afspraken vastleggen (keuze van de checklist).',
          'Suppose a sentence says only that a partner runs the secretariat or manages the case file. It then does not say that, or where, you record agreements (the checklist’s choice).',
        ),
      ],
    },
    {
      id: 'geg-afspraken-wie',
      activity: t(
        'het casusoverleg wees in een casus iemand aan die de afspraken in het dossier zou vastleggen.',
        'in a case, the case meeting named someone to record the agreements in the case file.',
      ),
      origin: 'report',
      reportQuestion: 16,
      text: t(
        'Hebben jullie afgesproken wie de afspraken en hun onderbouwing in het dossier vastlegt?',
        'Have you agreed who records the agreements and the reasons for them in the case file?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt door wie afspraken worden vastgelegd. ‘Afgesproken’ en ‘in het dossier’ zijn toegevoegd (§2.2). Deze vraag gaat alleen over wie vastlegt.',
        'Adapted question: the report asks by whom agreements are recorded. ‘Agreed’ and ‘in the case file’ were added (§2.2). This question is only about who records.',
      ),
      rules: [
        t(
          'Zegt de afspraak wie de afspraken of besluiten van het casusoverleg in het dossier vastlegt? Dan regelt die alles wat deze vraag noemt.',
          'If the agreement says who records the case meeting’s agreements or decisions in the case file, it covers all this question asks.',
        ),
        t(
          'Zegt een afspraak alleen dat een partner het secretariaat voert of het dossier beheert? Dan zegt die niet wie de afspraken vastlegt (keuze van de checklist). Zegt die wie de besluitenlijst of actielijst maakt, wie voor de verslaglegging zorgt of wie het dossier bijhoudt? Dan zegt die dat wel.',
          'Suppose an agreement says only that a partner runs the secretariat or manages the case file. It then does not say who records the agreements (the checklist’s choice). It does say so if it names who keeps the list of decisions or actions, the minutes or the case file.',
        ),
      ],
    },
    {
      id: 'geg-format',
      activity: t(
        'een partner gebruikte in een casus hetzelfde dossierformat als in een eerdere casus.',
        'a partner used the same case-file template in a case as in an earlier case.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken dat jullie in elke casus hetzelfde dossierformat gebruiken?',
        'Have you agreed that you use the same case-file template to record every case?',
      ),
      help: t(
        'Eén format voor het hele dossier, met bijvoorbeeld leefgebieden, geweldsbereidheid, afspraken en hun onderbouwing (§1.6 en §2.2).',
        'One template for the whole case file, covering for example areas of life, readiness to use violence, agreements and their reasons (§1.6 and §2.2).',
      ),
      rules: [
        t(
          'Een format voor het gesprek over interventies in het casusoverleg hoort bij ‘Interventies die passen bij factoren en doelen’. Dat geldt ook als het format in hetzelfde document staat.',
          'A template for discussing interventions in the case meeting belongs under ‘Interventions that fit the factors and goals’. This applies even if the template is in the same document.',
        ),
        t(
          'Legde iemand na het begin van de afspraak besluiten in het dossier vast zonder het voorgeschreven dossierformat? Dan is dat hier een afwijking, ook als de afspraak geen termijn noemt. Dat geldt ook in een casus die al liep, tenzij de afspraak zulke casussen uitzondert. Zegt de afspraak dat lopende casussen het oude format houden? Dan regelt de afspraak toch alles (keuze van de checklist). Een oud dossier later in het format overzetten, is zonder termijn geen afwijking.',
          'Suppose that, after the agreement began, someone recorded decisions in the case file without the prescribed template. That is a departure here, even if the agreement names no time limit. This also applies in a case already running, unless the agreement exempts such cases. If the agreement lets cases already running keep the old template, it still covers everything (the checklist’s choice). Moving an old file into the template later is not a departure if there is no time limit.',
        ),
        t(
          'Gaat een format over maar één deel van het dossier, zoals het plan van aanpak, een verslag of het weegformulier? Dan is het hier alleen een dossierformat als het velden heeft voor de risico- en beschermende factoren, de subdoelen én de besluiten in de casus. Velden als ‘doel’ of ‘acties’ zijn niet genoeg (keuze van de checklist). Of jullie het gebruiken bij de keuze van interventies, telt alleen bij ‘Interventies die passen bij factoren en doelen’.',
          'Suppose a template covers only one part of the case file, such as the action plan, minutes or the assessment form. It is a case-file template here only if it has fields for the risk and protective factors, the sub-goals and the decisions in the case. Fields such as ‘goal’ or ‘actions’ are not enough (the checklist’s choice). Whether you use it when choosing interventions counts only under ‘Interventions that fit the factors and goals’.',
        ),
      ],
      doubts: [
        t(
          'Het gaat om het dossier van de PGA. Houdt een partner daarnaast een eigen dossier bij, in een eigen vorm? Dan is dat hier geen afwijking.',
          'This is about the PGA’s case file. If a partner also keeps a file of its own, in its own form, that is not a departure here.',
        ),
        t(
          'Verandert iemand iets aan het format, zoals de naam van een tabblad, en gebruiken alle casussen daarna hetzelfde format? Dan is dat hier geen afwijking.',
          'Suppose someone changes something in the template, such as the name of a tab. If all cases then use the same template, that is not a departure here.',
        ),
        t(
          'Bespreken alle partners op vaste momenten het dossierformat zelf? Dan is dat ook een terugblik op deze afspraak. Een agendapunt over alleen de lege velden is dat niet. Zo’n agendapunt kan wel een terugblik zijn bij de volgende vraag (zie ‘Wat een terugblik is’).',
          'If all partners discuss the case-file template itself at set times, that is also a review of this agreement. An agenda item on empty fields only is not. Such an item can be a review under the next question (see ‘What a review is’).',
        ),
        t(
          'Schrijft het dossierformat voor één werkstap een eigen format voor, zoals het weegformulier of een format voor tussentijds duiden? En noemt ‘Wat een afwijking is’ een vraag over het gebruik van zo’n format? Dan telt een keer werken zonder dat format alleen bij die vraag, niet hier. Dit gaat vóór de regel bij deze vraag over besluiten zonder het dossierformat.',
          'Suppose the case-file template prescribes a template of its own for one work step, such as the assessment form or a re-interpretation template. And suppose ‘What a departure is’ names a question on using such a template. Then working once without that template counts only under that question, not here. This overrides this question’s rule on decisions recorded without the template.',
        ),
      ],
      basis: DIFFERS,
    },
    {
      id: 'geg-format-volledig',
      activity: t(
        'een partner vulde in een casus een dossierformat helemaal in.',
        'in a case, a partner filled in a case-file template completely.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie voor de dossiervorming afgesproken dat jullie het dossierformat in elke casus helemaal invullen?',
        'For your record-keeping, have you agreed to fill in the case-file template completely in every case?',
      ),
      help: t(
        'Het rapport ziet dat een format soms maar deels wordt ingevuld (§2.2).',
        'The report finds that a template is sometimes only partly filled in (§2.2).',
      ),
      rules: [
        t(
          'Elk veld van het format hoort hier, ook de subdoelen en de risico- en beschermende factoren. Alleen de velden in de volgende regel horen bij een ander punt. Blijft een veld uit de volgende regel leeg? Dan is dat hier geen afwijking. Had een casus geen subdoelen? Dan is een leeg veld voor subdoelen hier geen afwijking, ook niet bij afsluiten. Dat er geen subdoelen waren, telt alleen bij ‘Heldere, concrete (sub)doelen’.',
          'Every field of the template counts here, including the sub-goals and the risk and protective factors. Only the fields in the next rule belong under another point. If a field from the next rule is left empty, that is not a departure here. If a case had no sub-goals, an empty sub-goal field is not a departure here either, not even at closure. The lack of sub-goals counts only under ‘Clear, concrete (sub-)goals’.',
        ),
        t(
          'Deze velden horen bij een ander punt. Bij de start: de weging. Bij notificeren: de uitzonderingsgrond van een uitstel, en wanneer jullie het opnieuw bekijken. Bij een subdoel: de reden, de datum en wat het moet opleveren. Bij een interventie: het (sub)doel waar die bij hoort. Bij tussentijds duiden: of jullie iemand nog mogen bespreken en informatie mogen delen. Bij monitoren: de velden ‘wie monitort’ en ‘waarop’, als die meetellen bij de vragen over monitoren.',
          'These fields belong under another point. At the start: the assessment. At notification: the ground for a postponement, and when you will reconsider it. For a sub-goal: its reason, its date and what it should achieve. For an intervention: the (sub-)goal it serves. At re-interpretation: whether you may still discuss the person and share information. At monitoring: the ‘who monitors’ and ‘what they watch for’ fields, where these count under the monitoring questions.',
        ),
        t(
          'Werd in een casus het format niet gebruikt? Dat telt bij de vraag of jullie in elke casus hetzelfde format gebruiken, niet hier.',
          'If the template was not used in a case, that counts under the question whether you use the same template in every case, not here.',
        ),
      ],
      doubts: [
        t(
          'Bij deze vraag telt alleen of het format helemaal wordt ingevuld.',
          'This question only looks at whether the template is filled in completely.',
        ),
        t(
          'Hebben jullie een format vastgesteld? Dan staat op papier wat het format vraagt. Maar daarmee is nog niet afgesproken dat jullie het in elke casus helemaal invullen. Dat moet een afspraak uitdrukkelijk zeggen, zoals ‘vul alle velden in’.',
          'Once you have adopted a template, what it asks for is in writing. But that does not by itself commit you to filling it in completely in every case. An agreement must say so explicitly, such as ‘fill in every field’.',
        ),
        t(
          'Is in een lopende casus een veld nog leeg, zoals beschermende factoren? Dan is dat alleen een afwijking als een termijn uit de afspraak voorbij is. Dat geldt ook als de informatie al bekend was. Het vaststellen van een plan is alleen zo’n termijn als de afspraak dat zegt. Het rapport zegt alleen dat een format soms maar deels wordt ingevuld (§2.2).',
          'Suppose a field, such as protective factors, is still empty in a running case. That is a departure only if a time limit set by the agreement has passed. This also applies if the information was already known. Adopting a plan counts as such a time limit only if the agreement says so. The report only says that a template is sometimes filled in only partly (§2.2).',
        ),
        t(
          'Werd een casus afgesloten terwijl zo’n veld nog leeg was? Dan is dat een afwijking, ook als de afspraak geen termijn noemt. Mocht een partner die informatie wettelijk niet delen? Zie ‘Wat toch als gevolgd telt’.',
          'If a case was closed while such a field was still empty, that is a departure, even if the agreement sets no time limit. If a partner could not lawfully share that information, see ‘What still counts as followed’.',
        ),
        t(
          'Een veld dat in een casus niet van toepassing is, en waarin dat ook staat, telt als ingevuld.',
          'A field that does not apply to a case, and says so, counts as filled in.',
        ),
      ],
      basis: DIFFERS,
    },
  ],
  suggestedActions: [
    {
      id: 'geg-dossier-format',
      title: t('Uniform dossierformat invoeren', 'Introduce a uniform case-file template'),
      description: t(
        'Voer één format in voor verslaglegging in alle casussen, met vaste velden voor afspraken, afwegingen, conclusies en hun onderbouwing (voorstel van de checklist).',
        'Introduce one case-file template for all cases, with fixed fields for agreements, considerations, conclusions and their reasons (the checklist’s suggestion).',
      ),
    },
    {
      id: 'geg-dossier-verantwoordelijke',
      title: t('Verantwoordelijke voor verslaglegging benoemen', 'Name who writes up the records'),
      description: t(
        'Leg vast wie de afspraken uit het casusoverleg en hun onderbouwing in het dossier vastlegt (voorstel van de checklist).',
        'Write down who records the case meeting’s agreements and their reasons in the case file (the checklist’s suggestion).',
      ),
    },
  ],
};
