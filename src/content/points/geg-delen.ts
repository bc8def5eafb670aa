import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';
import { KEEPING_QUESTIONS } from './geg-bewaren';

const QUESTIONS = t(
  '§2.2: er zijn veel vragen over wat partners in elke fase mogen delen en vastleggen.',
  '§2.2: there are many questions about what partners may share and record in each phase.',
);
const PERSON = t(
  '§2.2: professionals delen soms weinig, omdat ze niet goed weten wat mag en kan. Soms zijn er meer mogelijkheden om informatie correct te delen. Of iemand bereid is die te overwegen, hangt af van de persoon.',
  '§2.2: professionals sometimes share little because they are unsure what is allowed and possible. Sometimes there are more ways to share information correctly. Whether someone is willing to consider them depends on the individual.',
);
const HOLD_BACK = t(
  '§2.2: professionals delen soms weinig. Ze weten niet goed wat mag. Ook kan het doel of hun eigen rol, taak en verantwoordelijkheid onduidelijk zijn. Ook spelen tegenstrijdige belangen mee. En volgens professionals denken partners soms te veel vanuit hun eigen organisatie.',
  '§2.2: professionals sometimes hold back. They are unsure what is allowed. The goal or their own role, tasks and responsibilities may also be unclear. Conflicting interests also play a part. And, according to professionals, partners sometimes think too much in terms of their own organisation.',
);
const LOCAL = t(
  '§2.2: het is van belang dat lokaal afspraken op papier komen over wie wat op welk moment deelt en vastlegt. Dat geldt ook voor afspraken over wanneer informatie wordt verwijderd.',
  '§2.2: it is important that local agreements are set down on who shares and records what, at which moments, and when information should be deleted.',
);

export const gegDelen: AttentionPoint = {
  id: 'geg-delen',
  ref: '2.2',
  title: t('Duidelijkheid over gegevensdeling', 'Clarity on information sharing'),
  summary: t(
    'Er zijn veel vragen over wat partners in elke fase mogen delen en vastleggen: bij signaleren, wegen, tijdens de aanpak en na afsluiten. Door die onduidelijkheid zijn professionals soms terughoudend. Dat kan ook komen doordat het doel van de PGA of van een interventie onduidelijk is. Ook onduidelijkheid over hun eigen rol, taak en verantwoordelijkheid kan meespelen. Dan weten ze niet goed hoe ze moeten handelen, en delen ze weinig. Volgens professionals denken partners soms te veel vanuit hun eigen organisatie. Er lijkt dan weinig oog te zijn voor het gezamenlijke belang.\n\nOok spelen tegenstrijdige belangen mee: bij een strafrechtelijk onderzoek kunnen het OM of de politie niet alles delen. Die informatie kan voor de PGA wel waardevol zijn. De anderen horen dan alleen onduidelijke woorden, zoals ‘er zijn zorgelijke signalen’. Dat vraagt veel vertrouwen in de inschatting van de partner die de informatie heeft, en maakt een inhoudelijk gesprek moeilijk. Soms zijn er meer manieren om informatie correct te delen. Of iemand bereid is die mogelijkheden te overwegen, verschilt per persoon.',
    'There are many questions about what partners may share and record in each phase. This applies when a signal is spotted, during the assessment, during the approach and after closure. Because of this lack of clarity, professionals sometimes hold back information. Reluctance can also stem from an unclear goal of the PGA or of an intervention. Uncertainty about their own role, tasks and responsibilities can also play a part. They are then unsure how to act, and hold information back. According to professionals, partners sometimes think too much in terms of their own organisation and there seems to be little regard for the shared interest.\n\nConflicting interests also play a part: during a criminal investigation, the OM or the police cannot share everything. That information may well be valuable to the PGA. The others then hear only vague hints, such as ‘there are worrying signals’. That requires a great deal of trust in the judgement of the partner who has the information, and makes a discussion of substance difficult. Sometimes there are more ways to share information correctly. Whether someone is willing to consider them depends on the individual.',
  ),
  ...ladder({
    topic: t('informatie per fase', 'information in each phase'),
    scope: t(
      'wie wat op welk moment deelt en bewaart (§2.2). Ook hoort erbij wanneer informatie wordt verwijderd (§2.2). Verder hoort erbij hoe jullie omgaan met informatie die een partner niet kan delen. Ten slotte hoort erbij dat jullie samen bespreken waarom partners soms weinig delen. Die laatste twee zijn een keuze van de checklist. §2.2 noemt vastleggen naast delen. De checklist vat dat hier op als bewaren: welke partner welke informatie heeft en houdt. Wie in het dossier schrijft, en hoe het dossier eruitziet, hoort bij ‘Zorgvuldige dossiervorming’.',
      'who shares and keeps what, and at which moment (§2.2). It also covers when information is deleted (§2.2). It further covers how you deal with information a partner cannot share. Finally, it covers discussing together why partners sometimes share little. Those last two are the checklist’s choice. §2.2 names recording beside sharing. Here the checklist reads that as keeping: which partner has and keeps which information. Who writes in the case file, and what the file looks like, belongs under ‘Careful record-keeping’.',
    ),
    review: t('iedereen weet wat die mag delen', 'everyone knows what they may share'),
    basis: [QUESTIONS, PERSON, LOCAL, LOCAL],
  }),
  questions: [
    {
      id: 'geg-per-fase',
      activity: t(
        'een partner gebruikte een tekst waarin staat welke informatie die partner per fase deelt.',
        'a partner used a text that says what information it shares in each phase.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken wie in elke fase welke informatie deelt?',
        'Have you agreed who shares which information in each phase?',
      ),
      help: t(
        'De fasen zijn: signaleren, wegen, de aanpak zelf en de tijd na afsluiten (§2.2). Het rapport vindt lokale afspraken hierover van belang.',
        'The phases are: spotting signals, assessment, the approach itself and the time after closure (§2.2). The report considers local agreements on this important.',
      ),
      rules: [
        t(
          'Zegt een zin welke partner in een fase welke informatie deelt? Dan telt dat deel van de zin hier, ook in een deel over een ander punt, zoals wegen. Bij dat andere punt telt het dan niet (keuze van de checklist). Uitzonderingen: een meldformulier telt ook bij de meldroute (§1.1), en informatie voor het tussentijds duiden ook bij §1.3. Een afspraak over hoe elke vaste partner zich op het casusoverleg voorbereidt, telt alleen bij ‘Expliciete samenwerkingsafspraken’.',
          'Suppose a sentence says which partner shares which information in a phase. That part of the sentence counts here, even in a part about another point, such as assessing signals. It then does not count under that other point (the checklist’s choice). Exceptions: a reporting form also counts under the reporting route (§1.1), and information for re-interpreting also under §1.3. An agreement on how every standing partner prepares for the case meeting counts only under ‘Explicit collaboration agreements’.',
        ),
        t(
          'Welke partner informatie bewaart, telt niet hier maar bij de volgende vraag.',
          'Which partner keeps information counts not here but under the next question.',
        ),
        t(
          'Zegt een zin wel wie deelt, maar niet welke informatie? Dan regelt die hier niets, ook als die de fase noemt of zegt waar de informatie vandaan komt (keuze van de checklist).',
          'A sentence that says who shares, but not which information, covers nothing here. This also applies if it names the phase or says where the information comes from (the checklist’s choice).',
        ),
      ],
      doubts: [
        t(
          'Zegt de afspraak voor een fase alleen dat partners ‘de informatie die nodig is’ delen? Dan zegt die niet welke informatie. Noemt de afspraak ook een taak waarvoor de informatie nodig is, zoals ‘om de factoren te bepalen’? En is die taak kleiner dan een hele fase? Dan zegt de afspraak wel welke informatie partners delen (keuze van de checklist).',
          'If the agreement says for a phase only that partners share ‘the information needed’, it does not say which information. Suppose it also names a task that needs the information, such as ‘to determine the factors’. If that task is narrower than a whole phase, the agreement does say which information is meant (the checklist’s choice).',
        ),
        t(
          'Noemt de afspraak alleen een hele fase, het doel van een fase, de aanpak of de PGA? Dan zegt die niet welke informatie. Voorbeelden: ‘nodig voor de aanpak’, ‘nodig om te wegen’, ook bij signaleren, en ‘nodig om te besluiten of de PGA start’.',
          'It does not say which information if it names only a whole phase, the goal of a phase, the approach or the PGA. Examples are ‘needed for the approach’, ‘needed to assess’, also when spotting signals, and ‘needed to decide whether the PGA starts’.',
        ),
        t(
          'Noemt een zin alleen waar de informatie vandaan komt? Dan zegt die niet welke informatie. Voorbeelden: ‘de politie brengt politie-informatie in’, ‘het OM brengt strafrechtelijke informatie in’ en ‘informatie uit de eigen systemen’. Noemt de zin ook waarover de informatie gaat, zoals ‘informatie over schulden’? Dan zegt die wel welke informatie. ‘Informatie over de casus’ noemt niet waarover: dat is alle informatie.',
          'A sentence that names only where the information comes from does not say which information. Examples are ‘the police contribute police information’, ‘the OM contributes criminal-law information’ and ‘information from their own systems’. If the sentence also names what the information is about, such as ‘information on debts’, it does say which information. ‘Information on the case’ names no subject: that is all information.',
        ),
        t(
          'Noemt de zin een formulier met vaste vragen dat een partner deelt, zoals een meldformulier? Dan zegt die welke informatie: wat dat formulier vraagt. Zegt een zin alleen dat iemand laat weten wat het besluit over een melding of casus is? Dan regelt die hier niets (keuze van de checklist).',
          'A sentence may name a form with set questions that a partner shares, such as a reporting form. Then it says which information: what that form asks. A sentence that says only that someone passes on what was decided on a signal or case covers nothing here (the checklist’s choice).',
        ),
        t(
          'Een bepaling over waar professionals signalen melden, hoort bij de meldroute (§1.1). Die zegt hier niet welke informatie een partner deelt, ook niet met ‘signalen van radicalisering’. Noemt die een formulier met vaste vragen, zoals een meldformulier? Dan geldt de regel hierboven over zo’n formulier (keuze van de checklist).',
          'A provision on where professionals report signals belongs to the reporting route (§1.1). It does not say here what information a partner shares, even with ‘signals of radicalisation’. If it names a form with set questions, such as a reporting form, the rule above on such forms applies (the checklist’s choice).',
        ),
      ],
      basis: LOCAL,
    },
    ...KEEPING_QUESTIONS,
    {
      id: 'geg-verwijderen',
      activity: t(
        'een partner gebruikte een tekst waarin staat wanneer informatie over een melding of casus wordt verwijderd.',
        'a partner used a text that says when information about a reported signal or a case is deleted.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken wanneer jullie informatie over een melding of casus verwijderen?',
        'Have you agreed when you delete information about a reported signal or a case?',
      ),
      rules: [
        t(
          'Regelt de gezamenlijke afspraak alleen wanneer één partner, zoals het Zorg- en Veiligheidshuis, informatie verwijdert? Dan regelt die een deel van deze vraag.',
          'If a joint agreement covers only when one partner deletes information, it covers part of this question. An example of such a partner is the Care and Safety House (Zorg- en Veiligheidshuis).',
        ),
        t(
          '‘Elke partner houdt zich aan de eigen wettelijke termijnen’ verwijst naar de wet en is geen lokale afspraak over wanneer jullie informatie verwijderen. Zo’n zin regelt dus niets (keuze van de checklist). Wel vindt §2.2 het van belang dat er lokaal afspraken op papier komen over wanneer informatie wordt verwijderd.',
          '‘Each partner keeps to its own statutory retention periods’ refers to the law and is not a local agreement on when you delete information. Such a sentence therefore covers nothing (the checklist’s choice). §2.2 does, however, consider it important that local agreements on when information is deleted are set down in writing.',
        ),
        t(
          'Met ‘melding’ bedoelt deze vraag ook een melding die niet tot een PGA leidde. Zegt de afspraak alleen wanneer jullie informatie over een casus in de PGA verwijderen, en niet wanneer jullie informatie over een melding zonder PGA verwijderen? Dan regelt die een deel.',
          'Here, ‘reported signal’ also means one that did not lead to a PGA. Suppose the agreement says when you delete information on cases in the PGA. If it does not say when you delete information on reported signals that led to no PGA, it covers part.',
        ),
      ],
      doubts: [
        t(
          'Een bewaartermijn, zoals ‘verwijderen één jaar na de weging’, is een uiterste termijn. Later verwijderen is dan een afwijking, eerder verwijderen niet (keuze van de checklist). Zegt de afspraak ‘minstens’, zoals ‘minstens een jaar bewaren’? Dan is eerder verwijderen wel een afwijking.',
          'A retention period, such as ‘delete one year after the assessment’, names a final date. Deleting later is then a departure; deleting earlier is not (the checklist’s choice). If the agreement says ‘at least’, as in ‘keep for at least a year’, deleting earlier is a departure.',
        ),
        t(
          'Past een partner in de eigen systemen wettelijke bewaartermijnen toe op informatie over een casus? Zulke termijnen staan bijvoorbeeld in de Wet politiegegevens, de wet over gegevens bij de politie. Dan telt dat als de handeling bij niveau 1 en 2. Het is geen gezamenlijke afspraak (keuze van de checklist; het rapport noemt deze wet niet).',
          'Suppose a partner, in its own systems, applies statutory retention periods to information about a case. Such periods are set, for example, by the Police Data Act (Wet politiegegevens). That counts as the activity at levels 1 and 2. It is not a joint agreement (the checklist’s choice; the report does not mention this Act).',
        ),
        t(
          'Een bepaling over hoe een partner het verwijderen meldt of bevestigt, zoals per e-mail, gaat niet over wanneer jullie verwijderen. Ontbreekt zo’n melding of bevestiging, of komt die te laat? Dan is dat bij deze vraag geen afwijking. Weet niemand of een partner op tijd verwijderde? Dan wordt de afspraak niet altijd gevolgd (zie ‘Wat een afwijking is’).',
          'A provision on how a partner reports or confirms deletion, such as by email, is not about when you delete. A missing or late report or confirmation is therefore not a departure under this question. If nobody knows whether a partner deleted in time, the agreement is not always followed (see ‘What a departure is’).',
        ),
      ],
      basis: LOCAL,
    },
    {
      id: 'geg-niet-deelbaar',
      activity: t(
        'het casusoverleg besprak in een casus dat een partner informatie niet kon delen.',
        'in a case, the case meeting discussed the fact that a partner could not share information.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken hoe jullie omgaan met informatie die een partner niet kan delen?',
        'Have you agreed how you deal with information that a partner cannot share?',
      ),
      help: t(
        'Bijvoorbeeld door een strafrechtelijk onderzoek. Het gaat erom dat het gesprek aan tafel toch inhoudelijk kan blijven. Een partner hoeft niet toe te lichten wat die wettelijk niet mag delen.',
        'For example because of a criminal investigation. The point is that the discussion at the table can still be about substance. A partner need not explain what it may not share by law.',
      ),
      rules: [
        t(
          'Een afspraak die alleen herhaalt dat een partner niets deelt wat de wet verbiedt, regelt niets van wat deze vraag noemt.',
          'An agreement that only repeats that partners share nothing the law forbids covers none of what this question asks.',
        ),
        t(
          'N.v.t. past alleen als de afgelopen twee jaar niemand aan tafel liet merken dat die iets niet kon delen. Ook met onduidelijke woorden, zoals ‘er zijn zorgelijke signalen’, laat iemand dat merken.',
          'N/A applies only if nobody at the table indicated in the past two years that they could not share something. Vague hints, such as ‘there are worrying signals’, also count as indicating this.',
        ),
      ],
      basis: t(
        '§2.2: onduidelijke woorden als ‘zorgelijke signalen’ vragen veel vertrouwen en belemmeren een inhoudelijk gesprek.',
        '§2.2: vague hints such as ‘worrying signals’ require a great deal of trust and hinder a discussion of substance.',
      ),
    },
    {
      id: 'geg-terughoudend',
      activity: t(
        'twee of meer partners bespraken samen waarom partners weinig informatie deelden.',
        'two or more partners discussed together why partners shared little information.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken wanneer jullie samen bespreken waarom partners soms weinig informatie delen?',
        'Have you agreed when you will discuss together why partners sometimes share little information?',
      ),
      help: t(
        'Het rapport noemt mogelijke redenen. Professionals weten niet altijd wat mag. Ook kan het doel van de PGA of van een interventie onduidelijk zijn, of twijfelen ze over hun eigen rol, taak en verantwoordelijkheid. Belangen botsen, bijvoorbeeld bij een strafrechtelijk onderzoek. En volgens professionals denken partners soms te veel vanuit hun eigen organisatie. Een partner hoeft niet toe te lichten wat die wettelijk niet mag delen.',
        'The report gives possible reasons. Professionals do not always know what is allowed. The goal of the PGA or of an intervention may also be unclear, or they may doubt their own role, tasks and responsibilities. Interests clash, for example during a criminal investigation. And according to professionals, partners sometimes think too much in terms of their own organisation. No partner has to explain what it may not lawfully share.',
      ),
      rules: [
        t(
          'Is de bespreking die deze afspraak vraagt, ook een terugblik op de afspraak? Alleen als het agendapunt de afspraak zelf of het document noemt, zoals bij elke terugblik.',
          'Is the discussion this agreement asks for also a review of the agreement? Only if the agenda item names the agreement itself or its document, as for any review.',
        ),
      ],
      basis: HOLD_BACK,
    },
  ],
  suggestedActions: [
    {
      id: 'geg-delen-afspraken',
      title: t('Afspraken over gegevensdeling per fase', 'Agreements on information sharing per phase'),
      description: t(
        'Werk per fase uit wat door wie wordt gedeeld en bewaard, en wanneer het wordt verwijderd. Ga uit van het convenant, de Gemeentewet en de AVG, en houd rekening met nieuwe wetgeving (voorstel van de checklist). DSP, het bureau dat het rapport schreef, biedt hierbij steun aan (hoofdstuk 3).',
        'Work out per phase what is shared and kept, by whom, and when it is deleted. Start from the covenant, the Municipalities Act and the GDPR, and take account of new legislation (the checklist’s suggestion). DSP, the firm that wrote the report, offers support with this (chapter 3).',
      ),
    },
    {
      id: 'geg-delen-uitleg',
      title: t('Professionals uitleggen wat wél mag', 'Explain to professionals what is allowed'),
      description: t(
        'Leg professionals aan tafel uit hoe zij informatie correct kunnen delen (voorstel van de checklist). Zo nemen jullie één reden weg waarom professionals soms terughoudend zijn: onduidelijkheid over wat mag.',
        'Explain to professionals at the table how they can share information correctly (the checklist’s suggestion). This removes one reason why professionals sometimes hold back: not knowing what is allowed.',
      ),
    },
  ],
};
