import type { GlossaryTerm } from '../types';
import { t } from '../text';

// Plain words of the report and of the field that B1 readers may not know (readings 62 and 63): what the checklist
// means by them, each marked as its own explanation where the report gives none.
export const FIELD_WORDS: GlossaryTerm[] = [
  {
    id: 'wegen',
    ref: 'intro',
    term: t('Wegen (weging)', 'Assessment (wegen)'),
    definition: t(
      'Het beoordelen van een gemeld signaal: welk risico is er voor de openbare orde en veiligheid, en moet er een PGA starten? De weegploeg doet dat (§1.2). Een weging kan ook leiden tot voortzetten of afsluiten van een PGA (§1.2).',
      'Judging a reported signal: what risk is there to public order and safety, and should a PGA start? The assessment team does this (§1.2). An assessment can also lead to continuing or closing a PGA (§1.2).',
    ),
  },
  {
    id: 'nvt',
    ref: 'checklist',
    term: t('N.v.t. (niet van toepassing)', 'N/A (not applicable)'),
    definition: t(
      'Het antwoord als twee dingen samen gelden. Ten eerste deed de situatie van een vraag zich in de periode niet voor. Ten tweede regelt geen gezamenlijke afspraak iets van wat de vraag noemt. Het past alleen bij een vraag waarvan de regels zeggen wanneer N.v.t. past (keuze van de checklist).',
      'The answer when two things both apply. First, the situation a question is about did not arise in the period. Second, no joint agreement covers any of what the question asks about. It applies only to a question whose rules say when N/A applies (the checklist’s choice).',
    ),
  },
  {
    id: 'urgentie',
    ref: '1.6',
    term: t('Urgentie', 'Priority status (urgentie)'),
    definition: t(
      'Voorrang bij het krijgen van een huurwoning, die de gemeente kan geven (uitleg van de checklist). Het rapport noemt als voorbeeld dat urgentie niet wordt gegeven omdat het Nederlanderschap mogelijk wordt ingetrokken (§1.6).',
      'Priority for a rented home, which the municipality can grant (the checklist’s explanation). The report gives the example of it not being granted because Dutch nationality may be revoked (§1.6).',
    ),
  },
  {
    id: 'convenant-algemeen',
    ref: '1.4',
    term: t('Convenant', 'Covenant'),
    definition: t(
      'Een schriftelijke afspraak die meerdere organisaties ondertekenen, bijvoorbeeld over het delen van gegevens (uitleg van de checklist).',
      'A written agreement that several organisations sign, for example on sharing data (the checklist’s explanation).',
    ),
  },
  {
    id: 'subdoel',
    ref: '1.5',
    term: t('Subdoel', 'Sub-goal'),
    definition: t(
      'Een tussenstap op weg naar het doel van een casus (uitleg van de checklist). Subdoelen passen bij de eigen situatie van de betrokkene, zoals huisvesting regelen voor iemand die dakloos is of dreigt te worden (§1.5).',
      'An intermediate step towards the goal of a case (the checklist’s explanation). Sub-goals fit the person’s own situation, such as arranging housing for someone who is homeless or at risk of becoming homeless (§1.5).',
    ),
  },
  {
    id: 'raad-kinderbescherming',
    ref: '2.1',
    term: t('Raad voor de Kinderbescherming', 'Child Care and Protection Board'),
    definition: t(
      'Een landelijke organisatie die onderzoekt of een kind bescherming nodig heeft, en zo nodig de rechter om een maatregel vraagt (uitleg van de checklist). Volgens het rapport sluit de Raad (RvdK) soms aan, bijvoorbeeld als er kinderen bij betrokken zijn (§2.1).',
      'A national body that investigates whether a child needs protection and, where needed, asks the court for a measure (the checklist’s explanation). According to the report, the Board (RvdK) sometimes joins, for example when children are involved (§2.1).',
    ),
  },
  {
    id: 'verslaglegging',
    ref: '2.2',
    term: t('Verslaglegging', 'Written records'),
    definition: t(
      'Het opschrijven van wat in het overleg is besproken en besloten, in een verslag of in het dossier (uitleg van de checklist).',
      'Writing down what was discussed and decided in the meeting, in minutes or in the case file (the checklist’s explanation).',
    ),
  },
  {
    id: 'voedingsbodem',
    ref: '3',
    term: t('Voedingsbodem', 'Breeding ground'),
    definition: t(
      'Omstandigheden waarin iets kan ontstaan of groeien (uitleg van de checklist). Het rapport noemt polarisatie een mogelijke voedingsbodem van radicalisering (hoofdstuk 3).',
      'Conditions in which something can arise or grow (the checklist’s explanation). The report calls polarisation a possible breeding ground for radicalisation (chapter 3).',
    ),
  },
  {
    id: 'eenduidig',
    ref: '1.2',
    term: t('Eenduidig', 'Unambiguous'),
    definition: t(
      'Op één manier te lezen, zodat alle partners er hetzelfde onder verstaan (uitleg van de checklist).',
      'Open to only one reading, so that all partners understand the same by it (the checklist’s explanation).',
    ),
  },
  {
    id: 'verantwoording',
    ref: '1.2',
    term: t('Verantwoording', 'Accountability'),
    definition: t(
      'Laten zien en uitleggen wat jullie deden en waarom, bijvoorbeeld aan het bestuur, een toezichthouder of de betrokkene (uitleg van de checklist). Volgens het rapport is vastleggen daarvoor van belang (§1.2, §2.2).',
      'Showing and explaining what you did and why, for example to the executive, a supervisory body or the person concerned (the checklist’s explanation). According to the report, recording matters for this (§1.2, §2.2).',
    ),
  },
  {
    id: 'radicalisering',
    ref: 'intro',
    term: t('Radicalisering', 'Radicalisation'),
    definition: t(
      'Het proces waarin iemand steeds extremere denkbeelden aanneemt. Die denkbeelden kunnen leiden tot het gebruik van geweld of andere ondemocratische middelen (uitleg van de checklist). Het rapport geeft geen eigen omschrijving. Wel zegt het dat een label als ‘radicaal’ of ‘extremist’ ingrijpend kan zijn in iemands leven (inleiding).',
      'The process in which someone takes on ever more extreme views. These views can lead to the use of violence or other undemocratic means (the checklist’s explanation). The report gives no definition of its own. It does say that a label such as ‘radical’ or ‘extremist’ can have a deep impact on someone’s life (introduction).',
    ),
  },
  {
    id: 'extremisme',
    ref: 'intro',
    term: t('Extremisme', 'Extremism'),
    definition: t(
      'Het streven naar ingrijpende veranderingen in de samenleving. Daarbij is iemand bereid daarvoor geweld of andere ondemocratische middelen te gebruiken of te steunen (uitleg van de checklist). Het rapport noemt onder meer rechts-extremisme (§1.1), jihadisme en anti-institutioneel extremisme (§1.2).',
      'Striving for far-reaching changes in society while being willing to use or support violence or other undemocratic means to achieve them (the checklist’s explanation). Among others, the report names far-right extremism (§1.1), jihadism and anti-institutional extremism (§1.2).',
    ),
  },
  {
    id: 'signaal',
    ref: '1.1',
    term: t('Signaal', 'Signal'),
    definition: t(
      'Iets wat een professional of iemand uit de omgeving opmerkt en wat kan wijzen op radicalisering of terroristische activiteiten. Bijvoorbeeld dat iemand herhaaldelijk samen wordt gezien met mensen die als geradicaliseerd of extremistisch bekendstaan, of bepaalde uitspraken doet of symbolen gebruikt (§1.1). Signaleren is zo’n signaal opmerken (§1.1).',
      'Something a professional or someone close to the person notices that may point to radicalisation or terrorist activity. For example, that someone is repeatedly seen with people known to be radicalised or extremist, or makes certain statements or uses certain symbols (§1.1). Spotting signals (signaleren) means noticing such a signal (§1.1).',
    ),
  },
  {
    id: 'persoonsgegevens',
    ref: '1.4',
    term: t('Persoonsgegevens', 'Personal data'),
    definition: t(
      'Gegevens over een persoon die bekend is of te herkennen is. Het gaat bijvoorbeeld om een naam, een adres of wat het casusoverleg over iemand bespreekt (uitleg van de checklist). Voor het delen en vastleggen ervan geldt de AVG (§2.2).',
      'Data about a person who is known or can be identified. Examples are a name, an address or what the case meeting discusses about someone (the checklist’s explanation). The GDPR applies to sharing and recording them (§2.2).',
    ),
  },
  {
    id: 'veld',
    ref: 'checklist',
    term: t('Veld', 'Field'),
    definition: t(
      'Een vak om in te vullen in een format of formulier, zoals het vak voor de uitzonderingsgrond bij notificeren (uitleg van de checklist).',
      'A box to fill in on a template or form, such as the box for the ground for postponing notification (the checklist’s explanation).',
    ),
  },
];
