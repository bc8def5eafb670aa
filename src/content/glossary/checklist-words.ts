import type { GlossaryTerm } from '../types';
import { join, QUESTION_ACT_NONE, QUESTION_ACT_SOME, t } from '../text';

// The checklist's own scoring words (ref 'checklist'): not terms of the report, but the names and notions the
// levels and the reading rule use.
export const CHECKLIST_WORDS: GlossaryTerm[] = [
  {
    id: 'afwijking',
    ref: 'checklist',
    term: t('Afwijking', 'Departure'),
    definition: t(
      'Een keer dat iets niet ging zoals afgesproken. Bij een afwijking wordt de afspraak niet altijd gevolgd (niveau 3). Onder ‘Wat een afwijking is’ staat wanneer iets meetelt.',
      'An occasion on which something was not done as agreed. With a departure, the agreement is not always followed (level 3). ‘What a departure is’ says when something counts.',
    ),
  },
  {
    id: 'ontbreekt',
    ref: 'checklist',
    term: t('Ontbreekt (niveau 1)', 'Missing (level 1)'),
    definition: join(
      t(
        'De naam van niveau 1: er is geen gezamenlijke afspraak die iets regelt van wat de vraag noemt.',
        'The name of level 1: no joint agreement covers any part of what the question asks about.',
      ),
      QUESTION_ACT_NONE,
    ),
  },
  {
    id: 'ad-hoc',
    ref: 'checklist',
    term: t('Ad hoc (niveau 2)', 'Ad hoc (level 2)'),
    definition: join(
      t(
        'De naam van niveau 2: er is geen gezamenlijke afspraak die iets regelt van wat de vraag noemt.',
        'The name of level 2: no joint agreement covers any part of what the question asks about.',
      ),
      QUESTION_ACT_SOME,
    ),
  },
  {
    id: 'afgesproken',
    ref: 'checklist',
    term: t('Afgesproken (niveau 3)', 'Agreed (level 3)'),
    definition: t(
      'De naam van niveau 3: een gezamenlijke afspraak regelt minstens een deel van wat de vraag noemt. Maar die afspraak regelt niet alles, staat niet of maar deels op papier, of wordt niet altijd gevolgd.',
      'The name of level 3: a joint agreement covers at least part of what the question asks about. But it does not cover everything, is not (fully) in writing, or is not always followed.',
    ),
  },
  {
    id: 'vastgelegd',
    ref: 'checklist',
    term: t('Vastgelegd en toegepast (niveau 4)', 'Documented and applied (level 4)'),
    definition: t(
      'De naam van niveau 4: de gezamenlijke afspraak regelt alles wat de vraag noemt, staat op papier en wordt altijd gevolgd. Er is geen terugblik op deze afspraak.',
      'The name of level 4: the joint agreement covers everything the question asks about, is in writing and always followed. There is no review of this agreement.',
    ),
  },
  {
    id: 'geborgd',
    ref: 'checklist',
    term: t('Geborgd en geëvalueerd (niveau 5)', 'Embedded and evaluated (level 5)'),
    definition: t(
      'De naam van niveau 5: de gezamenlijke afspraak regelt alles wat de vraag noemt, staat op papier en wordt altijd gevolgd. En er is een terugblik op de afspraak (zie ‘Terugblik’ bij ‘Wat de woorden betekenen’).',
      'The name of level 5: the joint agreement covers everything the question asks about, is in writing and always followed. And there is a review of it (see ‘Review’ under ‘What the words mean’).',
    ),
  },
  {
    id: 'handeling',
    ref: 'checklist',
    term: t('Handeling', 'Activity'),
    definition: t(
      'Iets wat iemand in de periode minstens één keer deed, ook als er geen gezamenlijke afspraak over is. Wie die ‘iemand’ kan zijn, staat onder ‘Wat telt bij niveau 1 en 2’. Bij elke vraag staat één handeling. Of die is gedaan, beslist tussen niveau 1 en 2.',
      'Something someone did at least once in the period, even without a joint agreement on it. ‘What counts at levels 1 and 2’ says who that someone can be. Each question names one such activity. Whether someone did it decides between levels 1 and 2.',
    ),
  },
  {
    id: 'overmacht',
    ref: 'checklist',
    term: t('Overmacht', 'Force majeure'),
    definition: t(
      'Iets waar niemand iets aan kon doen, zoals een rechter die iemand onverwacht vrijlaat. Voor de checklist blijft een afwijking door overmacht een afwijking.',
      'Something nobody could prevent, such as a court unexpectedly releasing someone. For the checklist, a departure caused by force majeure is still a departure.',
    ),
  },
  {
    id: 'terugblik',
    ref: 'checklist',
    term: t('Terugblik', 'Review'),
    definition: t(
      'Alle partners bespreken op vaste momenten een afspraak, bijvoorbeeld in een jaarlijkse evaluatie van de PGA. Dat is nodig voor niveau 5. Het rapport beschrijft geen terugblik per punt. DSP is het bureau dat het rapport schreef. In hoofdstuk 3 biedt DSP aan om de PGA te evalueren, of de bredere aanpak van polarisatie, radicalisering en extremisme.',
      'At set times, all partners discuss an agreement, for example in a yearly evaluation of the PGA. Level 5 needs it. The report describes no review per point. DSP is the firm that wrote the report. In chapter 3, DSP offers to evaluate the PGA, or the wider approach to polarisation, radicalisation and extremism.',
    ),
  },
  {
    id: 'vaste-partner',
    ref: 'checklist',
    term: t('Vaste partner', 'Standing partner'),
    definition: t(
      'Een organisatie die vast meedoet aan het regionale of lokale casusoverleg van jullie PGA. Dat geldt ook voor de organisatie die dat overleg organiseert of voorzit. Elke gemeente in jullie gebied is een vaste partner, ook als zij alleen bij haar eigen casussen aanschuift. Schuift een andere organisatie alleen bij sommige casussen of op uitnodiging aan? Dan is die organisatie geen vaste partner, ook niet als dat vaak gebeurt (uitleg van de checklist).',
      'An organisation that takes part as a standing member in your PGA’s regional or local case meeting. This includes the organisation that hosts or chairs that meeting. Every municipality in your area is a standing partner, even if it joins only for its own cases. Any other organisation that joins only for some cases or when invited is not a standing partner, however often that happens (the checklist’s explanation).',
    ),
  },
  {
    id: 'stap',
    ref: 'checklist',
    term: t('Stap', 'Step'),
    definition: t(
      'Een deel van de checklist bij een paragraaf van het rapport, zoals §1.1 Signaleren. Hoofdstuk 1 van het rapport heeft zeven paragrafen over de processtappen. De twee overkoepelende thema’s uit hoofdstuk 2 zijn elk ook een stap: samenwerking, en gegevensdeling en dossiervorming. Elke stap heeft een of meer punten. Een stap in hoe jullie PGA een casus aanpakt, heet in de checklist een werkstap (uitleg van de checklist).',
      'A part of the checklist that follows a section of the report, such as §1.1 Spotting signals. Chapter 1 of the report has seven sections on the process steps. The two overarching themes of chapter 2 are each a step too: collaboration, and information sharing and record-keeping. Each step has one or more points. A step in how your PGA handles a case is called a work step in the checklist (the checklist’s explanation).',
    ),
  },
  {
    id: 'punt',
    ref: 'checklist',
    term: t('Punt', 'Point'),
    definition: t(
      'Een onderdeel van een stap, met een eigen onderwerp en eigen niveaus, zoals ‘Casussen in een impasse’. Veel punten volgen een aandachtspunt uit het rapport, sommige een andere passage. Elk punt heeft een of meer vragen. Jullie kiezen per vraag een niveau. De score van het punt is het gemiddelde van die niveaus; weet niet en n.v.t. tellen niet mee. Bij elk punt staat het onderwerp, en na ‘Dit punt gaat over’ wat erbij hoort (uitleg van de checklist).',
      'A part of a step, with its own topic and its own levels, such as ‘Cases at an impasse’. Many points follow one of the report’s key issues (aandachtspunten); some follow another passage. Each point has one or more questions. You choose a level for each question. The point’s score is the mean of those levels; ‘don’t know’ and N/A do not count. Each point states its topic and, after ‘This point covers’, its scope: what belongs to it (the checklist’s explanation).',
    ),
  },
  {
    id: 'onderwerp',
    ref: 'checklist',
    term: t('Onderwerp (van een punt)', 'Topic (of a point)'),
    definition: t(
      'Waar de afspraak bij een punt over gaat. Het staat bij elk punt na ‘Onderwerp:’. De tekst na ‘Dit punt gaat over’ zegt wat er allemaal bij hoort. Alleen een gezamenlijke afspraak over dat onderwerp telt voor niveau 3, 4 en 5 (uitleg van de checklist).',
      'What the agreement under a point is about. Each point states it after ‘Topic:’. The text after ‘This point covers’, the point’s scope, says everything that belongs to the topic. Only a joint agreement on that topic counts for levels 3, 4 and 5 (the checklist’s explanation).',
    ),
  },
  {
    id: 'regel',
    ref: 'checklist',
    term: t('Regel', 'Rule'),
    definition: t(
      'Een zin van de checklist die zegt hoe jullie een geval beoordelen als jullie een niveau kiezen. Regels staan bij een stap, een punt of een vraag, in ‘Zo kiezen jullie een niveau’ en bij de bijzondere gevallen. Onder een vraag staan soms ook ingeklapte regels voor bijzondere gevallen. Wat bij de stap of de vraag staat, gaat vóór de bijzondere gevallen van ‘Zo kiezen jullie een niveau’. Een zin in jullie eigen afspraak die zegt wat iemand doet, moet of mag, heet in de checklist een bepaling (uitleg van de checklist).',
      'A sentence of the checklist that says how to judge a case when you choose a level. Rules are given for a step, a point or a question, in ‘How to choose a level’ and in the special cases. Some questions also have collapsed rules for special cases. What is given for the step or the question takes precedence over the special cases of ‘How to choose a level’. A sentence in your own agreement that says what someone does, must or may do is called a provision in the checklist (the checklist’s explanation).',
    ),
  },
  {
    id: 'werkstap',
    ref: 'checklist',
    term: t('Werkstap', 'Work step'),
    definition: t(
      'Een onderdeel van hoe jullie PGA een casus aanpakt, van signaal tot afsluiting. Voorbeelden zijn wegen, notificeren, een plan maken en tussentijds duiden. Het blijft een werkstap als jullie werkproces het niet noemt, of als er geen werkproces is. Een vraag, veld of taak binnen een werkstap is zelf geen werkstap. ‘Een werkstap met een eigen punt’ is een van de zeven werkstappen die ‘Werkproces, rollen en taken’ opsomt. Dat zijn signaleren, wegen, duiden, notificeren, (sub)doelen in het plan van aanpak, interventies en monitoren. Zo’n werkstap blijft een werkstap, ook als die binnen een andere werkstap staat (uitleg van de checklist).',
      'A part of how your PGA handles a case, from signal to closure. Examples are assessing signals, notifying, making a plan and re-interpreting a case. It is still a work step if your work process does not name it, or if there is no work process. A question, field or task within a work step is not a work step itself. ‘A work step with its own point’ is one of the seven work steps that ‘Work process, roles and tasks’ lists. These are spotting signals, assessment, interpretation, notification, (sub-)goals in the action plan, interventions and monitoring. Such a work step stays a work step, even if it appears within another work step (the checklist’s explanation).',
    ),
  },
  {
    id: 'bepaling',
    ref: 'checklist',
    term: t('Bepaling', 'Provision'),
    definition: t(
      'Een zin in jullie eigen afspraak, werkproces of convenant, of in een wet, die zegt wat iemand doet, moet of mag. Een voorbeeld is ‘bij onenigheid beslist de gemeente’. De checklist zegt ‘bepaling’, zodat ‘regel’ alleen een regel van de checklist is (uitleg van de checklist).',
      'A sentence in your own agreement, work process or covenant, or in a law, that says what someone does, must or may do. An example is ‘in case of disagreement the municipality decides’. The checklist says ‘provision’ so that ‘rule’ only means a rule of the checklist (the checklist’s explanation).',
    ),
  },
  {
    id: 'van-de-checklist',
    ref: 'checklist',
    term: t(
      'Keuze, uitleg of voorstel van de checklist',
      'The checklist’s choice, explanation or suggestion',
    ),
    definition: t(
      'Zo’n label tussen haakjes zegt dat de tekst van de checklist zelf komt, niet uit het rapport. ‘Keuze’: een grens of regel die het rapport niet geeft, zoals wat bij een vraag telt. ‘Uitleg’: wat een woord of iets uit het rapport betekent. ‘Voorstel’: een idee om de aanpak te verbeteren.',
      'Such a label in brackets says that the text is the checklist’s own, not the report’s. ‘Choice’: a limit or rule the report does not give, such as what counts for a question. ‘Explanation’: what a word, or something in the report, means. ‘Suggestion’: an idea for improving the approach.',
    ),
  },
];
