import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';
import { RECORDING_QUESTIONS } from './weg-vastleggen';

const NO_CONSENSUS = t(
  '§1.2: vaak is er geen consensus over hoe, met welke instrumenten en welk referentiekader, een casus gewogen wordt.',
  '§1.2: there is often no consensus on how, with which instruments and which frame of reference, a case is assessed.',
);
const NOT_UNIFORM = t(
  '§1.2: niet overal wordt op dezelfde, vaste manier gewogen.',
  '§1.2: assessment is not done in a uniform, systematic way everywhere.',
);
const STRUCTURED = t(
  '§1.2: wegen op kennis en ervaring kan passend zijn, als het zorgvuldig en gestructureerd gebeurt; het is belangrijk dat afwegingen terug te lezen zijn.',
  '§1.2: an assessment based on knowledge and experience can be adequate if it is thorough and structured. It is important that the reasoning can be traced.',
);

export const wegSystematisch: AttentionPoint = {
  id: 'weg-systematisch',
  ref: '1.2',
  title: t('Systematisch wegen', 'Systematic assessment'),
  /* '(bestuurlijk) gevoelig' (R 118) is rendered 'sensitive, politically as well': the brackets make the sensitivity
   * general and in part the authority's, and 'bestuurlijk gevoelig' is 'politically sensitive' (check 299). Readers
   * proposed many renderings; keep this unless one shows a meaning error. */
  summary: t(
    'Niet overal wordt op dezelfde, vaste manier gewogen. Vaak is er geen overeenstemming over de instrumenten en het referentiekader. De politie gebruikt bijvoorbeeld de IR-2.0, de reclassering de VERA-2R. Hoe vaak zulke instrumenten worden gebruikt, verschilt per regio. Sommigen twijfelen of ze het juiste meten en helpen bij het besluit. Niet alle instrumenten gebruiken dezelfde definities, en veel gebruikers vinden ze omslachtig. Wegen op kennis en ervaring kan passend zijn, als het zorgvuldig en gestructureerd gebeurt.\n\nAfwegingen en conclusies worden niet altijd (goed) vastgelegd. Dat is wel van wezenlijk belang. Het onderwerp is (bestuurlijk) gevoelig, het raakt de privacy van betrokkenen, en er gelden wettelijke voorwaarden. Vastleggen is ook van belang om verantwoording af te leggen. En casussen lopen soms lang, terwijl het personeel wisselt.',
    'Assessment is not done in a uniform, systematic way everywhere. There is often no consensus on the instruments and the frame of reference. The police use IR-2.0, for example, and the probation service VERA-2R. How often such instruments are used differs by region. Some doubt whether they measure the right things and help the decision. Not all instruments use the same definitions, and many users find them cumbersome. Assessment based on knowledge and experience can be adequate, if it is thorough and structured.\n\nConsiderations and conclusions are not always (properly) recorded. Yet that is essential. The subject is sensitive, including for the authorities. It affects the privacy of the people discussed, and legal conditions apply. Recording also matters for accountability. And cases sometimes run for a long time, while staff change.',
  ),
  ...ladder({
    topic: t('de manier van wegen', 'how signals are assessed'),
    scope: t(
      'de criteria, het referentiekader en het gebruik van een instrument (§1.2). Ook hoort erbij wie er weegt en hoe jullie de weging vastleggen (§1.2). Het gaat om de weging door de weegploeg bij de start (§1.2). Het rapport noemt ook de weging over voortzetten of afsluiten (§1.2). Voortzetten hoort bij ‘De aanpak tussentijds herijken’. De vraag wanneer een casus naar monitoren gaat of wordt afgesloten, hoort bij ‘Monitoren: wat het is en wat jullie erover afspreken’. Wat jullie besluiten over een casus in een impasse, hoort bij ‘Casussen in een impasse’.',
      'the criteria, the frame of reference and the use of an instrument (§1.2). It also covers who assesses and how you record the assessment (§1.2). This concerns the assessment team’s assessment at the start (§1.2). The report also names the assessment of whether to continue or close (§1.2). Continuing belongs under ‘Adjusting the approach along the way’. The question of when a case moves to monitoring or is closed belongs under ‘Monitoring: what it is and what you agree on’. What you decide about a case at an impasse belongs under ‘Cases at an impasse’.',
    ),
    review: t('er eenduidig gewogen wordt', 'signals are assessed consistently'),
    basis: [NOT_UNIFORM, NO_CONSENSUS, STRUCTURED, STRUCTURED],
    agreementIsChoice: true,
  }),
  questions: [
    {
      id: 'weg-manier',
      activity: t(
        'iemand in de weegploeg woog een melding met vaste vragen, criteria of een instrument.',
        'someone in the assessment team assessed a reported signal with set questions, criteria or an instrument.',
      ),
      origin: 'report',
      reportQuestion: 6,
      text: t(
        'Hebben jullie een vaste, systematische manier van wegen afgesproken?',
        'Have you agreed a set, systematic way of assessing signals?',
      ),
      help: t(
        'Aangepaste vraag: het rapport stelt de open vraag op welke manier jullie wegen. ‘Vast en systematisch’ en ‘afgesproken’ zijn toegevoegd; ze volgen uit §1.2. Vast en systematisch betekent: jullie wegen elke melding op dezelfde manier. Jullie gebruiken dan elke keer dezelfde vragen, dezelfde criteria of hetzelfde instrument. Of jullie werken elke keer in dezelfde volgorde (uitleg van de checklist).',
        'Adapted question: the report asks an open question about how you assess. ‘Set and systematic’ and ‘agreed’ were added; they follow from §1.2. Set and systematic means: you assess every reported signal in the same way. That is, you use the same questions, criteria or instrument each time, or follow the same set sequence of tasks (the checklist’s explanation).',
      ),
      rules: [
        t(
          'Wegen op kennis en ervaring telt ook als vaste, systematische manier van wegen. Dat geldt als jullie daarbij elke melding met dezelfde vragen of criteria wegen, of in dezelfde vaste volgorde van werken (uitleg van de checklist). Of het wegen ook zorgvuldig gebeurt, meten de niveaus niet (keuze van de checklist).',
          'Assessment based on knowledge and experience also counts as a set, systematic way of assessing. That applies if you assess every reported signal with the same questions or criteria, or in the same set sequence of tasks (the checklist’s explanation). The levels do not measure whether the assessment is also thorough (the checklist’s choice).',
        ),
        t(
          'Een termijn voor het wegen zegt niet hoe jullie wegen, en telt hier niet.',
          'A deadline for the assessment does not say how you assess, and does not count here.',
        ),
        t(
          'Wogen jullie een keer zonder het voorgeschreven weegformulier? Sloegen jullie toen ook een vaste vraag over, of weken jullie af van de vaste volgorde van werken? Dan is dat hier een afwijking. Volgden jullie de vaste vragen en de vaste volgorde wel, alleen zonder formulier? Dan telt het alleen bij het vastleggen van de weging. Weet niemand of jullie die toen volgden? Dan wordt de afspraak hier niet altijd gevolgd.',
          'Suppose you once assessed without the prescribed assessment form. If you also skipped a set question, or changed the set sequence of tasks, that is a departure here. If you followed the set questions and sequence, only without the form, it counts only under recording the assessment. If nobody knows whether you followed them, the agreement is not always followed here.',
        ),
      ],
      doubts: [
        t(
          'Lopen jullie bij elke melding dezelfde vragen of onderwerpen langs, in dezelfde volgorde? Dan telt dat bij niveau 1 en 2 als wegen met vaste vragen.',
          'Suppose you go through the same questions or topics, in the same order, for every reported signal. At levels 1 and 2, that counts as assessing with set questions.',
        ),
        t(
          'Zegt de afspraak hoe de weegploeg bijeenkomt, zoals ‘fysiek of online’? Dan hoort dat bij de manier van wegen. Wegen per e-mail of telefoon is dan hier een afwijking.',
          'If the agreement says how the assessment team meets, such as ‘in person or online’, that is part of the way of assessing. Assessing by email or telephone is then a departure here.',
        ),
        t(
          'Een criterium voor wanneer jullie een melding in het casusoverleg inbrengen, is een criterium voor het wegen. Het telt bij de vraag over criteria. Wegen jullie elke melding met dat criterium? Dan telt het hier ook: dezelfde criteria bij elke melding (zie de uitleg bij deze vraag; keuze van de checklist).',
          'A criterion for when you bring a reported signal into the case meeting is a criterion for assessing. It counts under the question on criteria. If you assess every reported signal against it, it also counts here, as the same criteria each time. See the explanation of this question (the checklist’s choice).',
        ),
      ],
    },
    {
      id: 'weg-criteria',
      activity: t(
        'twee of meer partners in de weegploeg bespraken welke criteria zij bij het wegen gebruiken.',
        'two or more partners in the assessment team discussed which criteria they use in assessing.',
      ),
      origin: 'report',
      reportQuestion: 6,
      text: t(
        'Hebben jullie afgesproken met welke criteria jullie signalen wegen?',
        'Have you agreed the criteria you use to assess signals?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt welke criteria jullie gebruiken. ‘Afgesproken’ is toegevoegd, omdat er vaak geen overeenstemming is over het referentiekader (§1.2).',
        'Adapted question: the report asks which criteria you use. ‘Agreed’ was added, because there is often no consensus on the frame of reference (§1.2).',
      ),
      rules: [
        t(
          'Ook een afgesproken referentiekader telt hier als criteria: waar jullie bij het wegen op letten en wat zwaar weegt (zie ‘Referentiekader’ in de begrippenlijst).',
          'An agreed frame of reference also counts here as criteria. It says what you look at when assessing and what weighs heavily (see ‘Frame of reference’ in the glossary).',
        ),
        t(
          'Vaste weegvragen, zoals ‘zijn er aanwijzingen voor geweldsbereidheid?’, tellen als criteria: ze zeggen waarop jullie letten. Een kopje of veld op een weegformulier, zoals ‘Geweldsbereidheid’, is geen weegvraag: het regelt alleen dát jullie dat vastleggen (zie ‘Wanneer iets op papier staat’).',
          'Set assessment questions, such as ‘are there indications of readiness to use violence?’, count as criteria: they say what you look at. A heading or field on an assessment form, such as ‘Readiness to use violence’, is not an assessment question. It only covers the fact that you record that point (see ‘When something is in writing’).',
        ),
        t(
          'Liepen jullie bij een weging de vaste weegvragen niet langs? Dan is dat alleen een afwijking bij de vraag over een vaste, systematische manier van wegen, niet hier. Dat geldt ook als jullie toen alleen op kennis, ervaring of gevoel wogen. Hier is een weging een afwijking als het besluit rustte op een criterium dat niet in de afspraak staat. Weet niemand waarop het besluit rustte? Dan wordt de afspraak hier niet altijd gevolgd.',
          'Suppose you skipped the set assessment questions when assessing a signal. That is a departure only under the question on a set, systematic way of assessing, not here. This also applies if you then assessed on knowledge, experience or gut feeling alone. Here, an assessment is a departure if the decision rested on a criterion that is not in the agreement. If nobody knows what the decision rested on, the agreement is not always followed here.',
        ),
      ],
      doubts: [
        t(
          'Bespraken partners in de weegploeg of jullie vaste criteria hebben, ook als de uitkomst was dat er geen zijn? Dan telt dat als de handeling bij niveau 1 en 2.',
          'Suppose partners in the assessment team discussed whether you have set criteria, even if they found there are none. That counts as the activity at levels 1 and 2.',
        ),
      ],
    },
    {
      id: 'weg-betrokkenen',
      activity: t(
        'iemand besprak met een andere partner wie bij het wegen van een melding betrokken moest zijn.',
        'someone discussed with another partner who should take part in assessing a reported signal.',
      ),
      origin: 'report',
      reportQuestion: 6,
      text: t(
        'Hebben jullie afgesproken wie bij het wegen van signalen betrokken is?',
        'Have you agreed who takes part when you assess signals?',
      ),
      help: t(
        'Aangepaste vraag: het rapport stelt de open vraag wie bij het wegen betrokken zijn. ‘Afgesproken’ is toegevoegd. Volgens het rapport bestaat de weegploeg uit gemeente, politie en OM. Een wetsvoorstel (Kamerstuk 36 225) wil het OM standaard laten meewegen. Toen het rapport verscheen (mei 2024), moest de Eerste Kamer het nog aannemen. Ga na wat nu geldt.',
        'Adapted question: the report asks an open question about who takes part in the assessment. ‘Agreed’ was added. According to the report, the assessment team consists of the municipality, the police and the Public Prosecution Service (OM). Bill 36 225 would make the OM a standard partner in the assessment. When the report appeared (May 2024), the Senate had yet to pass it. Check what applies now.',
      ),
      rules: [
        t(
          'Woog de weegploeg een keer zonder een organisatie of persoon die volgens de afspraak meeweegt? En was daar niet vooraf toe besloten? Dan is dat een afwijking. De leden die er die keer zijn, mogen zo’n besluit vooraf nemen (zie de extra regel bij deze stap).',
          'Suppose the assessment team once assessed without an organisation or person that the agreement says takes part. If nobody had decided on this beforehand, that is a departure. The members present on that occasion may take such a decision beforehand (see the additional rule for this step).',
        ),
        t(
          'Gaf een organisatie alleen vooraf informatie, of stemde die pas achteraf in? Dan woog die niet mee (keuze van de checklist).',
          'An organisation that only gave information beforehand, or agreed only afterwards, did not take part in the assessment (the checklist’s choice).',
        ),
      ],
      doubts: [
        t(
          'Woog er ook een organisatie mee die de afspraak niet noemt, zoals de reclassering bij één melding? Dan is dat geen afwijking. Een lijst van wie weegt, zegt wie er minstens bij is (keuze van de checklist). Sluit de afspraak anderen uit, bijvoorbeeld met ‘alleen’? Dan is het wel een afwijking, tenzij de weegploeg vooraf tot een uitzondering besloot.',
          'Suppose an organisation the agreement does not name also took part in assessing, such as the probation service for one reported signal. That is not a departure. A list of who assesses says who must at least take part (the checklist’s choice). If the agreement rules others out, for example with ‘only’, it is a departure, unless the assessment team decided on an exception beforehand.',
        ),
        t(
          'Noemt de afspraak ‘de gemeente’ zonder te zeggen welke? Dan weegt de gemeente mee waar de melding uit komt, zoals ‘de betreffende gemeente’ in het rapport (§1.2; keuze van de checklist).',
          'Suppose the agreement names ‘the municipality’ without saying which. Then the municipality the reported signal comes from takes part in assessing it, like ‘the municipality concerned’ in the report (§1.2; the checklist’s choice).',
        ),
      ],
    },
    {
      id: 'weg-instrumenten',
      activity: t(
        'iemand in de weegploeg gebruikte bij een melding een risicotaxatie-instrument, of besprak of jullie dat zouden doen.',
        'for a reported signal, someone in the assessment team used a risk-assessment instrument, or discussed whether to use one.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken wanneer jullie bij het wegen een risicotaxatie-instrument gebruiken?',
        'Have you agreed in which situations you use a risk-assessment instrument to assess reported signals?',
      ),
      help: t(
        'Bijvoorbeeld de IR-2.0 van de politie of de VERA-2R van de reclassering. Let op: een hoog niveau zegt alleen dat jullie afspraak alles regelt, op papier staat en wordt gevolgd. Het zegt niet dat jullie een instrument gebruiken.',
        'For example the police’s IR-2.0 or the probation service’s VERA-2R. Note: a high level says only that your agreement covers everything, is in writing and is followed. It does not say that you use an instrument.',
      ),
      rules: [
        t(
          'Wogen jullie een keer zonder het voorgeschreven weegformulier? Dat telt bij het vastleggen van de weging, niet hier. Is bekend dat jullie bij die weging niet deden wat de afspraak over een instrument vraagt, zoals bespreken of een instrument nodig was? Dan is dat hier wel een afwijking. Weet niemand of jullie toen deden wat die afspraak vraagt? Dan wordt die hier niet altijd gevolgd.',
          'If on one occasion you assessed a signal without the prescribed assessment form, that counts under recording the assessment, not here. Suppose the agreement on instruments asks for something, such as discussing whether an instrument was needed. If it is known that you did not do that in that assessment, it does count as a departure here. If nobody knows whether you did at the time what that agreement asks, it is not always followed here.',
        ),
        t(
          'Staat er alleen ‘niet standaard’ of ‘geen vast instrument’? Dan staat er niet wanneer jullie wél een instrument gebruiken. Zo’n zin regelt dus een deel. Zegt de afspraak ook wanneer jullie wél een instrument of de uitkomst ervan gebruiken? Dan regelt die alles. Dat geldt ook voor een afspraak om nooit een instrument te gebruiken.',
          'Suppose the agreement says only ‘not as standard’ or ‘no set instrument’. Such wording does not say when you do use an instrument, so it covers only part. If the agreement also says when you do use an instrument or its outcome, it covers everything. So does an agreement never to use an instrument.',
        ),
        t(
          'Zegt de afspraak alleen dat de weegploeg bij elke weging besluit óf een instrument nodig is, en niet wanneer wel? Dan regelt die een deel (keuze van de checklist). Zo is het ook bij afsluiten na monitoren en bij het herhalen van het instrument. Staat er alleen ‘waar nodig’ of ‘indien nodig’, zonder te zeggen wanneer? Dan regelt die zin niets.',
          'Suppose the agreement says only that the assessment team decides at every assessment whether an instrument is needed, and not when it is. Then it covers part (the checklist’s choice). The same applies to closing after monitoring and to repeating the instrument. ‘Where needed’ or ‘if needed’ alone, without saying when, covers nothing.',
        ),
      ],
      doubts: [
        t(
          '‘Waar nodig’ of ‘indien nodig’, zonder te zeggen wanneer dat is, is een algemene zin. Die regelt niets (zie ‘Wat een gezamenlijke afspraak is’).',
          '‘Where needed’ or ‘if needed’, without saying when that is, is a general sentence. It covers nothing (see ‘What a joint agreement is’).',
        ),
      ],
      basis: t(
        '§1.2: instrumenten worden per regio wisselend gebruikt, en over het referentiekader is vaak geen consensus.',
        '§1.2: instruments are used unevenly across regions, and there is often no consensus on the frame of reference.',
      ),
    },
    ...RECORDING_QUESTIONS,
  ],
  suggestedActions: [
    {
      id: 'weg-systematisch-kader',
      title: t('Weegkader opstellen', 'Draw up an assessment framework'),
      description: t(
        'Stel met gemeente, politie en OM een weegkader op. Benoem de criteria, het referentiekader en wie er weegt. Benoem ook wanneer een PGA start (voorstel van de checklist).',
        'With the municipality, police and OM, draw up an assessment framework. Name the criteria, the frame of reference and who assesses. Also name when a PGA starts (the checklist’s suggestion).',
      ),
    },
    {
      id: 'weg-systematisch-vastleggen',
      title: t('Weegbesluiten en onderbouwing vastleggen', 'Record assessment decisions and their reasons'),
      description: t(
        'Gebruik een vast format waarin bij elke weging de afweging, de conclusie en de onderbouwing staan (voorstel van de checklist).',
        'Use a fixed template that records, for every assessment, the considerations, the conclusion and the reasons (the checklist’s suggestion).',
      ),
    },
    {
      id: 'weg-systematisch-instrument',
      title: t('Afspraak over risicotaxatie-instrumenten', 'Agree on risk-assessment instruments'),
      description: t(
        'Spreek af of en wanneer jullie een risicotaxatie-instrument gebruiken, met welke definities, en hoe de uitkomst meetelt in de weging (voorstel van de checklist).',
        'Agree whether and when you use a risk-assessment instrument, with which definitions, and how its outcome counts in the assessment (the checklist’s suggestion).',
      ),
    },
  ],
};
