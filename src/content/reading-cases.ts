import type { RuleGroup } from './reading-rule';

// The reading rule's third part (reading-rule.ts says why it has three): the doubtful cases, one short rule each.
/** Doubtful cases, by the word they settle: each rule closed a gap a validation round or reading found. */
export const READING_CASES: readonly RuleGroup[] = [
  {
    title: { nl: 'Wie telt als partner', en: 'Who counts as a partner' },
    rules: [
      {
        nl: 'De organisatie die het casusoverleg organiseert of voorzit, hoeft een afspraak niet apart vast te stellen of te tekenen.',
        en: 'The organisation that hosts or chairs the case meeting need not adopt or sign an agreement separately.',
      },
      {
        nl: 'Elke gemeente van jullie gebied is een partner, ook als zij alleen bij haar eigen casussen aanschuift: gemeenten voeren de regie in hun casussen.',
        en: 'Every municipality of your area is a partner, even if it joins only for its own cases: municipalities lead their cases.',
      },
      {
        nl: 'Een team of dienst van een gemeente, zoals leerplicht of een wijkteam in dienst van de gemeente, valt onder die gemeente. Een wijkteam dat een eigen organisatie is, is een eigen partner.',
        en: 'A team or department of a municipality, such as school attendance or a neighbourhood team employed by the municipality, falls under that municipality. A neighbourhood team that is an organisation of its own is a partner of its own.',
      },
      {
        nl: 'Een organisatie die alleen bij sommige casussen of op uitnodiging aanschuift, is geen vaste partner, ook niet als dat vaak gebeurt.',
        en: 'An organisation that joins only for some cases or when invited is not a standing member, however often that happens.',
      },
      {
        nl: 'Wat anderen dan de partners doen, telt niet mee, en is ook geen afwijking.',
        en: 'What people other than the partners do does not count, and is not a departure.',
      },
    ],
  },
  {
    title: { nl: 'Wat een gezamenlijke afspraak is', en: 'What a joint agreement is' },
    rules: [
      {
        nl: 'Besluit of tekent één gemeente namens de andere gemeenten, met hun opdracht daarvoor? Dan telt dat voor al die gemeenten.',
        en: 'If one municipality decides or signs on behalf of the others, with their mandate to do so, that counts for all of them.',
      },
      {
        nl: 'Een nieuwe versie van de afspraak is dezelfde afspraak. Tel terugblikken en afwijkingen dus ook van vóór de nieuwe versie, binnen de afgelopen twee jaar.',
        en: 'A new version of the agreement is the same agreement. So count reviews and departures from before the new version too, within the past two years.',
      },
      {
        nl: 'Een besluit van het casusoverleg telt ook als een partner die keer afwezig was. Een heidag of evaluatie van de vaste partners telt als casusoverleg. Een partner die pas later vaste partner werd, hoeft niet mee te hebben besloten, vastgesteld of getekend.',
        en: 'A decision of the case meeting counts even if a partner was absent that time. An away day or evaluation of the standing partners counts as the case meeting. A partner that became a standing member only later need not have taken part in deciding, adopting or signing.',
      },
      {
        nl: 'Een stuurgroep telt alleen als alle partners erin zitten, ook elke gemeente, zelf of via een gemeente met haar opdracht. Mist er een partner die toen al partner was? Dan is het een afspraak van een deel van de partners.',
        en: 'A steering group counts only if all partners sit in it, every municipality included, itself or through a municipality it mandated. If a partner that was a partner at the time is missing, it is an agreement of only some of the partners.',
      },
      {
        nl: 'Een besluit dat nergens is opgeschreven, telt als de partners die het namen het bevestigen en geen partner het tegenspreekt. Het staat dan niet op papier.',
        en: 'A decision that was never written down counts if the partners who took it confirm it and no partner contradicts it. It is then not on paper.',
      },
      {
        nl: 'Een gewoonte zonder besluit is geen gezamenlijke afspraak, ook niet als iedereen ermee werkt. Alleen zeggen ‘er is afgesproken’ telt ook niet.',
        en: 'A habit without a decision is not a joint agreement, even if everyone works by it. Merely saying ‘it was agreed’ does not count either.',
      },
      {
        nl: 'Een afspraak van maar een deel van de partners is geen gezamenlijke afspraak. Wat één partner of één team alleen regelt, ook niet. Dan is het hoogstens niveau 2.',
        en: 'An agreement of only some of the partners is not a joint agreement. Nor is what one partner or one team arranges alone. That is level 2 at most.',
      },
      {
        nl: 'Een algemene zin, zoals ‘constructief samenwerken’ of ‘periodiek nagaan’ zonder wie of wanneer, is geen afspraak over het onderwerp van een punt.',
        en: 'A general phrase, such as ‘working together constructively’ or ‘checking periodically’ without who or when, is not an agreement on a point’s topic.',
      },
      {
        nl: 'Een besluit over één casus is geen afspraak. Een besluit om iets één keer te doen, zoals één bijeenkomst, ook niet.',
        en: 'A decision on one case is not an agreement. Nor is a decision to do something once, such as a single meeting.',
      },
      {
        nl: 'Wie de afspraak schreef, maakt niet uit. Alleen als het hele onderwerp van een punt zegt wie de afspraak opstelt, telt dat wel. Stelden alle vaste partners de afspraak samen op in een bijeenkomst? Dan telt dat als besluit van het casusoverleg.',
        en: 'Who wrote the agreement does not matter, except for a point whose whole topic says who draws it up. If all standing partners drew up the agreement together at a meeting, that counts as a decision of the case meeting.',
      },
      {
        nl: 'Een convenant dat alle partners ondertekenden, telt alleen voor de concrete regels die erin staan. Dat geldt ook voor het convenant ‘persoonsgerichte aanpak voorkoming radicalisering en extremisme’ uit 2017.',
        en: 'A covenant that all partners signed counts only for the concrete rules it contains. This also holds for the 2017 covenant on the person-centred approach to preventing radicalisation and extremism.',
      },
    ],
  },
  {
    title: { nl: 'Wat de vraag noemt', en: 'What the question asks about' },
    rules: [
      {
        nl: 'De uitleg bij een vraag zegt wat de vraag bedoelt. Wat die uitleg naar een ander punt verwijst, hoort niet bij de vraag.',
        en: 'The explanation under a question says what the question means. What that explanation refers to another point does not belong to the question.',
      },
      {
        nl: 'Regelt de afspraak maar een deel van wat de vraag noemt? Dan is het niveau 3, ook als dat deel op papier staat en altijd wordt gevolgd.',
        en: 'If the agreement settles only part of what the question asks about, it is level 3, even if that part is on paper and always followed.',
      },
      {
        nl: 'Geldt de afspraak maar voor een deel van jullie gebied? Dan regelt die ook maar een deel, ook als dat een bewuste keuze is. Een groep die jullie naar plaats afbakenen, zoals jongeren uit twee gemeenten, is een deel van het gebied.',
        en: 'If it holds for only part of your area, it also settles only part, even if that was a deliberate choice. A group you define by place, such as young people from two municipalities, is part of the area.',
      },
      {
        nl: 'Een keuze in de afspraak zelf, zoals voor welke groepen, is geen gat, behalve als de vraag of het hele onderwerp zegt wat erbij hoort, zoals ‘elke gemeenschap’.',
        en: 'A choice made in the agreement itself, such as which groups, is no gap, unless the question or whole topic says what belongs to it, such as ‘every community’.',
      },
      {
        nl: 'Elk deel van een document of formulier telt alleen bij het punt waar het over gaat.',
        en: 'Each part of a document or form counts only for the point it is about.',
      },
    ],
  },
  {
    title: { nl: 'Wanneer iets op papier staat', en: 'When something is on paper' },
    rules: [
      {
        nl: 'Staat de inhoud van de afspraak in een document dat jullie kunnen laten zien? Dan staat de afspraak op papier, ook als het besluit om ermee te werken niet is opgeschreven.',
        en: 'If the content of the agreement is in a document you can show, the agreement is on paper, even if the decision to work by it was not written down.',
      },
      {
        nl: 'Een format of sjabloon telt als het casusoverleg het vaststelde en jullie het in elke casus gebruiken. Wat het format vraagt, staat dan op papier.',
        en: 'A format or template counts if the case meeting adopted it and you use it in every case. What the format asks for is then on paper.',
      },
      {
        nl: 'Wat alleen in plannen of verslagen van losse casussen staat, staat niet op papier.',
        en: 'What appears only in the plans or notes of single cases is not on paper.',
      },
      {
        nl: 'Een document telt alleen als de partners er nog mee werken. Werken ze er maar in een deel van de casussen mee? Dan telt het, maar wordt de afspraak niet altijd gevolgd.',
        en: 'A document counts only while the partners still work by it. If they work by it in some cases but not all, it still counts, but the agreement is not always followed.',
      },
    ],
  },
  {
    title: { nl: 'Wat een afwijking is', en: 'What a departure is' },
    rules: [
      {
        nl: 'Een deel van de afspraak voor een situatie die nog niet voorkwam, is geen afwijking, als de afspraak verder wel is toegepast.',
        en: 'A part of the agreement for a situation that has not yet occurred is not a departure, if the rest of the agreement has been applied.',
      },
      {
        nl: 'Is de afspraak nog in geen enkele casus toegepast? Dan wordt ze niet altijd gevolgd.',
        en: 'If the agreement has not yet been applied in any case, it is not always followed.',
      },
      {
        nl: 'Tel vanaf het moment dat de afspraak er is. Casussen die al liepen, tellen vanaf dan ook mee, tenzij de afspraak ze uitzondert. Alleen wat in de afspraak staat, telt: wat er niet in staat, is geen afwijking.',
        en: 'Count from the moment the agreement exists. Cases already running count from then on too, unless the agreement exempts them. Only what the agreement says counts: what it does not say is no departure.',
      },
      {
        nl: 'Een termijn in de afspraak hoort erbij. Loopt die termijn nog, dan is wat nog niet gedaan is geen afwijking. Een terugkerende termijn, zoals ‘om de twee jaar’ of ‘per kwartaal’, loopt in vaste perioden vanaf het moment dat de afspraak er is.',
        en: 'A time limit in the agreement is part of it. While it still runs, what is not yet done is not a departure. A recurring time limit, such as ‘every two years’ or ‘every quarter’, runs in set periods from the moment the agreement exists.',
      },
      {
        nl: 'Houdt een partner zich niet aan een besluit van het casusoverleg? Dan wordt de afspraak niet altijd gevolgd.',
        en: 'If a partner does not keep to a decision of the case meeting, the agreement is not always followed.',
      },
      {
        nl: 'Een afwijking door overmacht blijft een afwijking. Bijvoorbeeld: de afspraak vraagt een plan vóór elke vrijlating, en de rechter laat iemand onverwacht vrij voordat er een plan is.',
        en: 'A departure caused by circumstances beyond anyone’s control is still a departure. For example: the agreement asks for a plan before every release, and a court unexpectedly releases someone before there is a plan.',
      },
      {
        nl: 'Een afwijking die later is hersteld, blijft een afwijking.',
        en: 'A departure that was put right later is still a departure.',
      },
      {
        nl: 'Een afwijking telt alleen bij de vraag waar ze over gaat: een late weging telt bij het wegen, niet bij het werkproces.',
        en: 'A departure counts only for the question it is about: a late assessment counts for the assessment, not for the work process.',
      },
    ],
  },
  {
    title: { nl: 'Wat toch als gevolgd telt', en: 'What counts as followed after all' },
    rules: [
      {
        nl: 'Een uitzondering waar het casusoverleg over besloot voordat de afwijking gebeurde.',
        en: 'An exception the case meeting decided on before the departure happened.',
      },
      {
        nl: 'Een afwijking die een wettelijke regel voorschrijft. Bijvoorbeeld: geen informatie delen vanwege een strafrechtelijk onderzoek.',
        en: 'A departure that a legal rule requires. For example: withholding information because of a criminal investigation.',
      },
      {
        nl: 'Iets wat misging omdat een partner informatie wettelijk niet mocht delen.',
        en: 'Something that went wrong because a partner was not allowed by law to share information.',
      },
    ],
  },
  {
    title: { nl: 'Wat een terugblik is', en: 'What a review is' },
    rules: [
      {
        nl: 'Een terugblik telt ook als een partner die keer afwezig was.',
        en: 'A review counts even if a partner was absent that time.',
      },
      {
        nl: 'Een bespreking die één keer gebeurde, zonder afgesproken vervolg, is geen terugblik. Is een terugblik op vaste momenten afgesproken en gebeurde die al één keer? Dan telt die.',
        en: 'A discussion held once, with no agreed follow-up, is not a review. If a review at set times has been agreed and has taken place once already, it counts.',
      },
      {
        nl: 'Staat het hele document elke keer op de agenda, zoals het werkproces? Dan is het een terugblik op elke afspraak die erin staat. Werd een deel de laatste keer overgeslagen? Dan is er voor dat deel geen terugblik.',
        en: 'If the whole document, such as the work process, is on the agenda each time, it is a review of every agreement it contains. If part of it was skipped the last time, there is no review of that part.',
      },
      {
        nl: 'Een partner die pas na een terugblik vaste partner werd, hoeft daar niet bij te zijn geweest.',
        en: 'A partner that became a standing member only after a review need not have taken part in it.',
      },
      {
        nl: 'Wat ze bekijken, zoals cijfers of casussen, maakt niet uit. Wat niveau 5 als voorbeeld noemt, is alleen een voorbeeld.',
        en: 'What they look at, such as figures or cases, does not matter. What level 5 gives as an example is only an example.',
      },
      {
        nl: 'Wat de partners na de terugblik besluiten, maakt niet uit: de afspraak houden, die veranderen of de praktijk verbeteren.',
        en: 'What the partners decide after the review does not matter: keeping the agreement, changing it, or improving the practice.',
      },
      {
        nl: 'Een bespreking van hoe één persoon zijn werk doet, is geen terugblik.',
        en: 'A discussion of how one person does their job is not a review.',
      },
    ],
  },
  {
    title: { nl: 'Wat telt bij niveau 1 en 2', en: 'What counts at levels 1 and 2' },
    rules: [
      {
        nl: 'Staan er in de handeling twee dingen met ‘of’? Dan is één ervan genoeg.',
        en: 'If the act joins two things with ‘or’, one of them is enough.',
      },
      {
        nl: '‘Iemand’ in de handeling werkt bij een partner. Alleen bij signaleren telt ook iemand anders.',
        en: '‘Someone’ in the act works for a partner. Only for spotting signals does someone else count too.',
      },
      {
        nl: 'Iets anders over het onderwerp telt bij niveau 1 en 2 niet mee.',
        en: 'Anything else on the topic does not count at levels 1 and 2.',
      },
    ],
  },
  {
    title: { nl: 'Wat meetelt in de tijd', en: 'What counts over time' },
    rules: [
      {
        nl: 'Een oudere training telt zolang wie hem volgde er nog werkt.',
        en: 'A course taken earlier still counts as long as the people who took it still work there.',
      },
      {
        nl: 'Mag een partner iets niet laten zien? Dan telt de verklaring van die partner dat het gebeurde.',
        en: 'If a partner is not allowed to show something, that partner’s statement that it happened counts.',
      },
      {
        nl: 'Loopt de situatie van de vraag nu, zoals de voorbereiding op een vrijlating die nog komt? Dan kwam ze voor. Is alleen bekend dat ze komt, en loopt er nog niets? Dan kwam ze nog niet voor.',
        en: 'If the situation the question is about is under way now, such as preparing for a release still to come, it has occurred. If it is only known to be coming, and nothing is under way yet, it has not occurred yet.',
      },
      {
        nl: 'Kwam de situatie van de vraag één keer of vaker voor? Kies dan een niveau, geen N.v.t. Kwam ze nooit voor, dan is het N.v.t., ook als er een afspraak over is.',
        en: 'If the situation the question is about occurred once or more, choose a level, not N/A. If it never occurred, it is N/A, even if there is an agreement on it.',
      },
    ],
  },
];
