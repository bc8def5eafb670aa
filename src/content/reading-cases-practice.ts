import type { RuleGroup } from './reading-rule';
import { DEPARTURE_CASES } from './reading-cases-departure';
import { REVIEW_CASES } from './reading-cases-review';

/** The doubtful cases about practice (reading-cases.ts has those about the agreement): departures, what counts as
 *  followed, reviews, levels 1 and 2, and time. */
export const CASES_OF_PRACTICE: readonly RuleGroup[] = [
  DEPARTURE_CASES,
  {
    title: { nl: 'Wat toch als gevolgd telt', en: 'What still counts as followed' },
    rules: [
      {
        nl: 'Besloot het casusoverleg vooraf tot een uitzondering? Dan is dat geen afwijking, ook als het besluit in hetzelfde overleg viel. Bijvoorbeeld: één casus toch naar monitoren laten gaan, iets verzetten, of twee partners aanwijzen waar de afspraak er één noemt. Een besluit van de voorzitter in het overleg telt ook.',
        en: 'If the case meeting decided on an exception beforehand, even at the same meeting, that is not a departure. For example: moving one case to monitoring anyway, postponing something, or appointing two partners where the agreement names one. A decision by the chair in the meeting counts too.',
      },
      {
        nl: 'Besloten de partners die de afspraak vaststelden vooraf tot een uitzondering, bijvoorbeeld in de stuurgroep? Dan is die uitzondering ook geen afwijking.',
        en: 'An exception that the partners who adopted the agreement decided on beforehand, for example in the steering group, is not a departure either.',
      },
      {
        nl: 'Noemt de afspraak wie iets doet, zoals de procesregisseur? Dan telt ook een vervanger van dezelfde partner. Zegt de afspraak zelf wie vervangt? Dan telt alleen die.',
        en: 'If the agreement names who does something, such as the process coordinator, a stand-in from the same partner counts too. If the agreement itself says who stands in, only that person counts.',
      },
      {
        nl: 'Schrijft een wettelijke bepaling de afwijking voor, of staat die haar toe? Dan is het geen afwijking. Een voorbeeld: het notificeren uitstellen, omdat het een strafrechtelijk onderzoek kan verstoren (§1.4).',
        en: 'If a legal provision requires or allows the departure, it is not a departure. An example is postponing notification because it could disrupt a criminal investigation (§1.4).',
      },
      {
        nl: 'Ging iets mis omdat een partner informatie volgens de wet niet mocht delen? Dan telt de afspraak ook als gevolgd. De regel over overmacht geldt dan niet.',
        en: 'If something went wrong because a partner was not allowed by law to share information, the agreement also counts as followed. The rule on force majeure does not apply then.',
      },
      {
        nl: 'Weigerde de betrokkene toestemming die de wet vraagt, zoals voor zorg of voor het delen van gegevens? Dan telt de afspraak op dat punt ook als gevolgd.',
        en: 'If the person refused consent required by law, such as for care or for sharing data, the agreement also counts as followed on that point.',
      },
    ],
  },
  REVIEW_CASES,
  {
    title: { nl: 'Wat telt bij niveau 1 en 2', en: 'What counts at levels 1 and 2' },
    rules: [
      {
        nl: 'Staan er in de handeling twee dingen met ‘of’? Dan is één ervan genoeg.',
        en: 'If the activity joins two things with ‘or’, one of them is enough.',
      },
      {
        nl: 'Met ‘iemand’, ‘een partner’ of ‘partners’ in de handeling bedoelt de checklist: iedereen die aan het casusoverleg deelneemt, ook wie alleen bij sommige casussen aanschuift. Bij wegen: wie in de weegploeg zit. Bij signaleren tellen ook anderen mee die bij hun werk in jullie gebied signalen opvangen.',
        en: 'In an activity, ‘someone’, ‘a partner’ and ‘partners’ mean anyone who takes part in the case meeting, including those who join only for some cases. For the assessment: whoever sits on the assessment team. For spotting signals, anyone else who picks up signals at work in your area counts too.',
      },
      {
        nl: 'Een besluit dat de voorzitter in het casusoverleg neemt, telt als besluit van het casusoverleg. Dat geldt overal, ook voor een gezamenlijke afspraak. Een voorstel waarover niemand besloot, telt nergens als besluit.',
        en: 'A decision the chair takes in the case meeting counts as a decision of the case meeting. This holds everywhere, including for a joint agreement. A proposal nobody decided on never counts as a decision.',
      },
      {
        nl: 'Staat in de handeling ‘een tekst waarin … staat’ of ‘een tekst die … noemt’? Dan telt alleen het gebruik van dát deel van de tekst. Een ander deel van dezelfde tekst gebruiken, telt niet.',
        en: 'Where the activity reads ‘used a text that says …’ or ‘… names …’, only use of that part of the text counts. Using another part of the same text does not count.',
      },
      {
        nl: 'Een handeling telt ook als die klein was, of een deel van iets groters, zoals een onderdeel van een bredere training.',
        en: 'An activity counts even if it was small, or part of something larger, such as one part of a broader training.',
      },
      {
        nl: 'Nam het casusoverleg een besluit van een ander over als eigen besluit, zoals van de burgemeester of de stuurgroep? Dan besloot het casusoverleg ook zelf. Nam het alleen kennis van dat besluit? Dan niet.',
        en: 'Suppose the case meeting adopted a decision by someone else as its own, such as one by the mayor or the steering group. That counts as a decision by the case meeting too. If it only took note of that decision, it does not.',
      },
    ],
  },
  {
    title: { nl: 'Wat meetelt in de tijd', en: 'What counts over time' },
    rules: [
      {
        nl: 'Een oudere training telt, ook bij niveau 1 en 2, voor iedereen die de training volgde en nog bij dezelfde organisatie werkt.',
        en: 'A course taken earlier still counts, at levels 1 and 2 too, for everyone who took it and still works for the same organisation.',
      },
      {
        nl: 'Werken jullie nog met wat een oudere handeling opleverde, zoals criteria, een lijst of een keuze? Dan telt die handeling bij niveau 1 en 2. Bij deze twee regels geldt de grens van twee jaar niet. De regel over een gemeente die later aansloot bij jullie PGA, geldt wel.',
        en: 'Likewise, an older activity counts at levels 1 and 2 if its result, such as criteria, a list or a choice, is still in use. For these two rules, the two-year limit does not apply. The rule on a municipality that joined your PGA later does apply.',
      },
      {
        nl: 'Mag een partner iets niet laten zien? Dan telt de verklaring van die partner dat het gebeurde.',
        en: 'If a partner is not allowed to show something, that partner’s statement that it happened counts.',
      },
      {
        nl: 'Is de situatie van de vraag nu al aan de gang, zoals de voorbereiding op een vrijlating die nog komt? Dan telt ze als voorgekomen. Is alleen bekend dat ze komt, en is er nog niets aan de gang? Dan kwam ze nog niet voor.',
        en: 'If the situation the question is about is under way now, such as preparing for a release still to come, it has occurred. If it is only known to be coming, and nothing is under way yet, it has not occurred yet.',
      },
      {
        nl: 'Kwam de situatie die de regels bij de vraag voor N.v.t. noemen, één keer of vaker voor? Kies dan een niveau. Kwam ze nooit voor? Dan is het N.v.t., behalve als een gezamenlijke afspraak minstens een deel regelt van wat de vraag noemt.',
        en: 'If the situation that the question’s rules name for N/A occurred once or more, choose a level. If it never occurred, it is N/A, unless a joint agreement covers at least part of what the question asks about.',
      },
      {
        nl: 'Is er zo’n afspraak, voor een situatie die nooit voorkwam? Kies dan het niveau van die afspraak: zonder de situatie is er geen afwijking (keuze van de checklist). Zo telt ook een afspraak mee die jullie vooraf maakten.',
        en: 'If there is such an agreement for a situation that never occurred, choose the level of that agreement. Without the situation, there is no departure (the checklist’s choice). This way an agreement you made in advance also counts.',
      },
    ],
  },
];
