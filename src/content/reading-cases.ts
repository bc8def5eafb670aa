import type { RuleGroup } from './reading-rule';
import { JOINT_AGREEMENT_CASES } from './reading-cases-agreement';
import { CASES_OF_PRACTICE } from './reading-cases-practice';

// The reading rule's third part (reading-rule.ts says why it has three): the doubtful cases, one short rule each.
/** Doubtful cases, by the word they settle: each rule closed a gap a validation round or reading found. */
export const READING_CASES: readonly RuleGroup[] = [
  {
    title: { nl: 'Wat voorgaat', en: 'What comes first' },
    rules: [
      {
        nl: 'Zeggen de extra regels van een stap, of de uitleg en regels bij een vraag, iets anders dan de regels hieronder? Dan geldt wat bij de stap of de vraag staat. Dat geldt ook voor de ingeklapte regels voor bijzondere gevallen onder een vraag.',
        en: 'If a step’s additional rules, or a question’s explanation and rules, differ from the rules below, what the step or question says applies. This includes a question’s collapsed rules for special cases.',
      },
    ],
  },
  {
    title: { nl: 'Wie telt als partner', en: 'Who counts as a partner' },
    rules: [
      {
        nl: 'Een partner is een organisatie. Wat een medewerker van die organisatie in de PGA doet, telt als iets wat die partner doet.',
        en: 'A partner is an organisation. Anything a member of its staff does in the PGA counts as done by that partner.',
      },
      {
        nl: 'De organisatie die het casusoverleg organiseert of voorzit, hoeft een afspraak niet apart vast te stellen of te tekenen.',
        en: 'The organisation that hosts or chairs the case meeting need not adopt or sign an agreement separately.',
      },
      {
        nl: 'Elke gemeente in jullie gebied is vaste partner, zolang zij bij het gebied hoort. Dat geldt ook als zij alleen bij haar eigen casussen aanschuift. Een andere organisatie die alleen bij sommige casussen of op uitnodiging aanschuift, is geen vaste partner, ook niet als dat vaak gebeurt.',
        en: 'Every municipality in your area is a standing partner for as long as it belongs to the area. This applies even if it joins only for its own cases. Any other organisation that joins only for some cases or by invitation is not a standing partner, however often that happens.',
      },
      {
        nl: 'Bij jullie gebied horen de gemeenten die meedoen: ze tekenden het convenant of schuiven aan bij het casusoverleg. Een gemeente die geen van beide doet, is geen partner en hoort niet bij jullie gebied. Dat geldt ook als jullie meldingen uit die gemeente wegen (keuze van de checklist).',
        en: 'Your area consists of the municipalities that take part: they signed the covenant or join the case meeting. A municipality that does neither is not a partner and is not part of your area. This applies even if you assess signals from it (the checklist’s choice).',
      },
      {
        nl: 'Een team of dienst van een of meer gemeenten, zoals leerplicht of een sociaal team, valt onder die gemeenten. Alleen een team dat een eigen organisatie is, zoals een stichting, is een eigen partner.',
        en: 'A team or department of one or more municipalities, such as school attendance officers or a social team, falls under those municipalities. Only a team that is an organisation of its own, such as a foundation, is a partner of its own.',
      },
      {
        nl: 'Wat anderen dan de partners doen, telt niet en is geen afwijking. Uitzonderingen: de extra regels bij signaleren, en ‘Wat telt bij niveau 1 en 2’. Noemt de afspraak zelf voor wie die geldt, zoals ‘elke professional die namens de PGA contact heeft’? Dan telt dat wel.',
        en: 'Actions by non-partners do not count and are not departures. Exceptions: the additional rules for spotting signals, and ‘What counts at levels 1 and 2’. If the agreement itself says whom it binds, such as ‘every professional in contact on behalf of the PGA’, what they do does count.',
      },
    ],
  },
  JOINT_AGREEMENT_CASES,
  {
    title: { nl: 'Wat de vraag noemt', en: 'What the question asks about' },
    rules: [
      {
        nl: 'De uitleg en de regels bij een vraag zeggen wat de vraag bedoelt. Verwijzen ze naar een ander punt? Dan hoort dat niet bij deze vraag. Staat iets alleen in de tekst na ‘Dit punt gaat over’, en niet bij de vraag? Dan hoort het er ook niet bij.',
        en: 'The explanation and the rules under a question say what the question means. If they refer to another point, that does not belong to this question. Anything mentioned only in the point’s scope does not belong to it either.',
      },
      {
        nl: 'Regelt een afspraak op papier al alles wat de vraag noemt? Dan staat die niet ‘maar deels op papier’ door een extra bepaling die alleen mondeling is afgesproken. Een terugblik op dat document telt dan voor de hele vraag.',
        en: 'Suppose a written agreement already covers everything the question asks about. Then an extra provision agreed only orally does not make it ‘only partly in writing’. A review of that document then counts for the whole question.',
      },
      {
        nl: 'Verandert een mondeling besluit wat op papier staat, zoals wie weegt? Dan staat de afspraak maar deels op papier.',
        en: 'If an oral decision changes what is in writing, such as who assesses, the agreement is only partly in writing.',
      },
      {
        nl: 'Spraken jullie mondeling af hoe jullie een bepaling op papier lezen, zonder iets toe te voegen of te veranderen? Dan blijft die bepaling helemaal op papier (keuze van de checklist).',
        en: 'Suppose you agreed orally how to read a written provision, without adding or changing anything. Then that provision stays wholly in writing (the checklist’s choice).',
      },
      {
        nl: 'Noemt een bepaling ‘de duiding’ of ‘het plan van aanpak’, zonder woorden die haar beperken tot de eerste, zoals ‘eerste’ of ‘bij de start’? Dan geldt die voor elke duiding en elk plan, ook een extra of nieuw.',
        en: 'Suppose a provision names ‘the interpretation’ or ‘the action plan’, with no words such as ‘first’ or ‘at the start’ limiting it to the first. Then it applies to every interpretation and plan, including an extra or new one.',
      },
      {
        nl: 'Geldt de afspraak maar voor een deel van jullie gebied? Dan regelt die ook maar een deel, ook als dat een bewuste keuze is. Dat geldt ook als de afspraak een groep kiest door een deel van het gebied te noemen, zoals mensen in twee van jullie gemeenten.',
        en: 'If the agreement applies to only part of your area, it covers only part, even if that was a deliberate choice. The same applies if the agreement selects a group by naming part of the area, such as people in two of your municipalities.',
      },
      {
        nl: 'Kiezen jullie in de afspraak zelf, bijvoorbeeld voor welke groepen die geldt? Dan ontbreekt er niets, behalve als de vraag zelf zegt wat erbij hoort, zoals ‘in elke casus’.',
        en: 'If the agreement itself makes a choice, for example which groups it covers, nothing is missing. This does not apply if the question itself says what must be included, such as ‘in every case’.',
      },
      {
        nl: 'Gaat de vraag over hoe jullie iets doen? Dan regelt de afspraak alles als die zegt wie het doet, en wanneer of in welke gevallen. Hoe precies, kiezen jullie zelf.',
        en: 'If the question asks how you do something, the agreement covers everything if it says who does it, and when or in which situations. The exact method is yours to choose.',
      },
      {
        nl: 'Gaat de vraag over hoe jullie iets doen, en noemt de afspraak voor welke groepen of casussen die geldt? Dan zegt die in welke gevallen jullie het doen. Een vast moment is dan niet nodig.',
        en: 'Suppose the question asks how you do something, and the agreement names the groups or cases it covers. It then says in which situations you do it, so no set moment is needed.',
      },
      {
        nl: 'Gaat de vraag over wat jullie besluiten, wanneer iets gebeurt of op welke gronden? Dan regelt een afspraak die alleen zegt wie besluit, of in welk overleg, daar niets van (keuze van de checklist).',
        en: 'Suppose the question asks what you decide, when something happens or on what grounds. Then an agreement that says only who decides, or in which meeting, covers none of it (the checklist’s choice).',
      },
      {
        nl: 'Elk deel van een document, formulier of training telt alleen bij het punt waar het over gaat.',
        en: 'Each part of a document, form or training course counts only for the point it is about.',
      },
      {
        nl: 'Vraagt een afspraak om een format bij de keuze van interventies, of om het dossierformat helemaal in te vullen? Blijft dan een deel leeg dat bij een ander punt hoort, zoals de uitzonderingsgrond bij notificeren of de reden van een subdoel? Dan is dat bij die vraag geen afwijking.',
        en: 'Suppose an agreement asks for a template when choosing interventions, or for filling in the case-file template completely. If a part that belongs to another point is left empty, that is not a departure under that question. Examples are the ground for postponing notification and the reason for a sub-goal.',
      },
      {
        nl: 'Wat de weegploeg bij het wegen opschrijft, telt bij de vraag over het vastleggen van de weging (§1.2). Denk aan afwegingen, conclusies en het besluit over een instrument met de reden. Het telt dus niet bij de vraag over een instrument.',
        en: 'What the assessment team writes down when assessing signals counts under the question on recording the assessment (§1.2). Examples are considerations, conclusions and the decision on an instrument with its reason. So it does not count under the question on an instrument.',
      },
      {
        nl: 'De weging bij de start vastleggen telt ook niet bij de vaste manier om afspraken in het dossier vast te leggen. Ook niet bij het helemaal invullen van het dossierformat. Hoe jullie vastleggen waarom jullie een casus voortzetten, laten overgaan naar monitoren of afsluiten, hoort wel bij ‘Zorgvuldige dossiervorming’.',
        en: 'Nor does recording the assessment at the start count under a set way to record agreements in the case file. Nor does it count under completing the case-file template. How you record why you continue a case, move it to monitoring or close it does belong under ‘Careful record-keeping’.',
      },
      {
        nl: 'Criteria en voorwaarden voor wanneer een casus naar monitoren gaat of wordt afgesloten, horen bij ‘Monitoren: wat het is en wat jullie erover afspreken’. Ze tellen niet bij de criteria voor wegen of voor tussentijds duiden. Ze tellen ook niet bij een vaste manier om een casus opnieuw te duiden.',
        en: 'Criteria and conditions for when a case moves to monitoring or is closed belong under ‘Monitoring: what it is and what you agree on’. They do not count under the criteria for assessing signals or for re-interpreting a case, nor under a set method for re-interpreting.',
      },
      {
        nl: 'Een bepaling telt bij één punt: het punt waar die over gaat (keuze van de checklist). Gaat die over meer punten? Dan telt die bij het punt waar het deel van het document over gaat.',
        en: 'A provision counts under one point: the point it is about (the checklist’s choice). If it is about several points, it counts under the point that its part of the document is about.',
      },
      {
        nl: 'Gaat dat deel over geen van die punten, of staat de bepaling los? Dan telt die bij het eerste van die punten in de checklist.',
        en: 'If that part is about none of them, or the provision stands alone, it counts under the first of them in the checklist.',
      },
      {
        nl: 'Binnen dat punt telt die bij elke vraag waar die over gaat. Uitzondering: een bepaling als ‘bij onenigheid beslist de gemeente’ telt bij ‘Casussen in een impasse’, in welk deel van het document die ook staat.',
        en: 'Within that point, it counts for every question it covers. Exception: a provision like ‘in case of disagreement the municipality decides’ counts under ‘Cases at an impasse’, wherever it appears.',
      },
    ],
  },
  {
    title: { nl: 'Wanneer iets op papier staat', en: 'When something is in writing' },
    rules: [
      {
        nl: 'Staat de inhoud van de afspraak in een document dat jullie kunnen laten zien? Dan staat de afspraak op papier, ook als het besluit om ermee te werken niet is opgeschreven. Ook een actielijst, besluitenlijst of foto van een flip-over is zo’n document.',
        en: 'If the content of the agreement is in a document you can show, the agreement is in writing. This applies even if the decision to work by it was not written down. A list of actions or decisions, or a photo of a flip chart, is such a document too.',
      },
      {
        nl: 'Een eigen aantekening van één persoon, zoals een kaartje, is niet zo’n document en ook geen format. Dat geldt ook als het casusoverleg afsprak ermee te werken (keuze van de checklist).',
        en: 'One person’s own note, such as an index card, is neither such a document nor a template. This applies even if the case meeting agreed to work with it (the checklist’s choice).',
      },
      {
        nl: 'Een format telt als het casusoverleg het vaststelde, ook met een mondeling besluit om het te gebruiken. Wat het format vraagt, staat dan op papier. Gebruiken jullie het niet in elke casus? Dan wordt de afspraak niet altijd gevolgd.',
        en: 'A template counts if the case meeting adopted it, also by an oral decision to use it. What the template asks for is then in writing. If it is not used in every case, the agreement is not always followed.',
      },
      {
        nl: 'Een veld om iets vast te leggen, regelt alleen dát jullie het vastleggen, niet wat, wanneer of hoe. Dat geldt ook voor een veld met vaste keuzes, zoals ‘risico laag / midden / hoog’, of een veld als ‘wie monitort’. Zo’n veld is geen criterium en zegt niet wie het doet.',
        en: 'A field for recording something covers only that you record it, not what, when or how. So does a field with set options, such as ‘risk low / medium / high’, or a field like ‘who monitors’. Such a field is not a criterion and does not say who does it.',
      },
      {
        nl: 'Een besluit voor jullie PGA, niet voor één casus, staat op papier als het in een verslag van het casusoverleg staat. Dat geldt ook als het verslag verder over één casus gaat, of alleen in het dossier van die casus zit.',
        en: 'A decision for your PGA, not for one case, is in writing if it is in the minutes of the case meeting. This applies even if the minutes otherwise concern one case, or are kept only in that case’s file.',
      },
      {
        nl: 'Staat een andere tekst alleen in het plan of dossier van een casus? Dan is het geen afspraak op papier, ook als de tekst over alle casussen gaat.',
        en: 'Any other text only in the plan or file of a case is not a written agreement, even if it concerns all cases.',
      },
      {
        nl: 'Een document telt zolang het niet is ingetrokken, verlopen of door een ander vervangen, ook als de partners niet meer doen wat erin staat. Doen ze dat niet in elke casus? Dan is de afspraak niet altijd gevolgd.',
        en: 'A document counts as long as it has not been withdrawn or replaced by another and has not expired. It counts even if the partners no longer do what it says. If they do not do so in every case, the agreement is not always followed.',
      },
      {
        nl: 'Stopte het casusoverleg een tijd en begon het opnieuw? Dan telt een document van daarvoor nog steeds, zoals hierboven (keuze van de checklist).',
        en: 'If the case meeting stopped for a time and started again, a document from before the pause still counts, as above (the checklist’s choice).',
      },
      {
        nl: 'Of een partner doet wat een document zegt, blijkt uit wat die doet. Of die het document gebruikt of kent, maakt niet uit.',
        en: 'Whether a partner does what a document says is shown by its actions, not by whether it uses or even knows the document.',
      },
    ],
  },
  ...CASES_OF_PRACTICE,
];
