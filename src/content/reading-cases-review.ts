import type { RuleGroup } from './reading-rule';

/** The doubtful cases on what counts as a review (reading-cases-practice.ts lists all cases about practice). */
export const REVIEW_CASES: RuleGroup = {
  title: { nl: 'Wat een terugblik is', en: 'What a review is' },
  rules: [
    {
      nl: 'Voor een terugblik is een agendapunt nodig waarin de afspraak zelf genoemd wordt, of het document waarin die staat. Hoe dat punt verder heet, maakt niet uit: evaluatie, uitvoering, stand van zaken of een nieuwe versie. Het maakt ook niet uit of de afspraak dat agendapunt voorschrijft.',
      en: 'A review needs an agenda item that names the agreement itself, or the document it is in. Whatever else the item is called does not matter: evaluation, implementation, progress or a new version. Nor does it matter whether the agreement prescribes that item.',
    },
    {
      nl: 'Noemt een agendapunt alleen het onderwerp, zoals ‘monitoren’ of ‘perspectieven’, en niet de afspraak of het document? Dan geldt het als een agendapunt dat de afspraak noemt, maar alleen als de bijeenkomst over de afspraken zelf ging (keuze van de checklist). Een voorbeeld is een evaluatie van de PGA.',
      en: 'Suppose an agenda item names only the topic, such as ‘monitoring’ or ‘perspectives’, not the agreement or document. It then counts as an item that names the agreement, but only if the meeting was about the agreements themselves (the checklist’s choice). An example is an evaluation of the PGA.',
    },
    {
      nl: 'Een terugblik telt ook als een partner die keer afwezig was. Een overleg waar niet alle partners lid van zijn, zoals een stuurgroep zonder een van de partners, is geen terugblik. De organisatie die het casusoverleg organiseert of voorzit, hoeft geen lid te zijn.',
      en: 'A review counts even if a partner was absent. A meeting that not all partners belong to, such as a steering group without one of the partners, is not a review. The organisation that hosts or chairs the case meeting need not be a member.',
    },
    {
      nl: 'Een stuk dat de partners alleen schriftelijk vaststellen, zonder overleg, is geen bespreking en dus geen terugblik.',
      en: 'A document the partners only adopt in writing, without a meeting, is not a discussion, so it is not a review.',
    },
    {
      nl: 'Een bespreking die één keer plaatsvond zonder afgesproken vervolg, of die maar één keer is afgesproken, zoals ‘na een jaar’, is geen terugblik.',
      en: 'A discussion held once with no agreed follow-up, or agreed only once, such as ‘after a year’, is not a review.',
    },
    {
      nl: 'De bespreking waarin jullie een afspraak voor het eerst maakten, is geen terugblik erop. Dat geldt ook voor de bespreking waarin die een gezamenlijke afspraak werd, bijvoorbeeld doordat de laatste partner instemde.',
      en: 'The discussion in which you first made an agreement is not a review of it. Nor is the discussion at which it became a joint agreement, for example because the last partner consented.',
    },
    {
      nl: 'Was een bespreking een terugblik op een bestaande afspraak, en kwam daar een nieuwe bepaling uit? Dan telt die terugblik ook voor die bepaling, ook als jullie die pas later vaststelden. Dat geldt ook als de bepaling iets regelt wat eerst niet geregeld was. De regel hierboven geldt dan niet.',
      en: 'If a review of an existing agreement produced a new provision, that review counts for that provision too, even if you adopted it later. This also applies if the provision covers something not covered before. The rule above then does not apply.',
    },
    {
      nl: 'Is een terugblik op vaste momenten afgesproken en stond de afspraak de laatste keer op de agenda? Dan telt die, ook na één keer en ook als de afspraak een eerdere keer niet op de agenda stond. Die laatste keer moet wel in de afgelopen twee jaar zijn geweest.',
      en: 'Suppose a review at set times has been agreed, and the agreement was on the agenda last time. The review then counts, even if held only once, and even if the agreement was left off the agenda once before. That last time must be within the past two years.',
    },
    {
      nl: 'Een nieuwe datum is een bepaalde dag, zoals 12 maart 2026. Ook een overleg dat al op een bepaalde dag gepland staat, zoals ‘het volgende casusoverleg’, is een nieuwe datum. Alleen een jaar, maand, week of seizoen, zoals ‘naar 2027’ of ‘naar het voorjaar’, is geen nieuwe datum.',
      en: 'A new date is a specific day, such as 12 March 2026. A meeting already planned for a specific day, such as ‘the next case meeting’, is also a new date. A year, month, week or season alone, such as ‘moved to 2027’ or ‘to the spring’, is not.',
    },
    {
      nl: 'Ging de laatste afgesproken bespreking niet door, zonder nieuwe datum? Of was die bespreking geen terugblik, bijvoorbeeld omdat een vaste partner toen geen lid van de stuurgroep was? Dan telt geen terugblik meer, ook geen eerdere. De organisatie die het casusoverleg organiseert of voorzit, hoeft geen lid te zijn.',
      en: 'If the last agreed discussion fell through with no new date, no review counts, not even earlier ones. Likewise if it was not a review, for example because a standing partner was not then on the steering group. The case meeting’s host or chair need not be a member.',
    },
    {
      nl: 'Zijn er twee reeksen vaste besprekingen waarin de afspraak aan bod komt, zoals een jaarlijkse evaluatie en een eigen evaluatie door de ondertekenaars? Beoordeel dan elke reeks apart. Is er in één reeks een terugblik? Dan is er een terugblik, ook als een bespreking van de andere reeks niet doorging.',
      en: 'Suppose the agreement comes up in two series of set discussions, such as an annual evaluation and the signatories’ own evaluation. Judge each series separately. If one series has a review, there is a review, even if a discussion in the other series did not take place.',
    },
    {
      nl: 'Is een terugblik, of een deel ervan, verzet naar een nieuwe datum? Dan telt de vorige terugblik nog tot die datum voorbij is. Ook dan moet die vorige terugblik in de afgelopen twee jaar zijn geweest. Wie besloot tot het verzetten, en waar, maakt niet uit.',
      en: 'If a review, or part of it, was moved to a new date, the previous review still counts until that date has passed. Even then, that previous review must have been within the past two years. Who decided to move it, and where, does not matter.',
    },
    {
      nl: 'Staat het hele document elke keer op de agenda, zoals het werkproces? Dan telt het voor elke afspraak erin. Sloegen jullie de laatste keer een deel over zonder nieuwe datum, en bespraken de partners het later niet alsnog samen? Dan is er bij de vragen over dat deel geen terugblik.',
      en: 'If the whole document, such as the work process, is on the agenda each time, it counts for every agreement in it. Suppose part was skipped last time without a new date, and the partners did not discuss it together later. The questions on that part then have no review.',
    },
    {
      nl: 'Noemde het agendapunt bij het document alleen enkele onderdelen, of één onderwerp binnen een onderdeel, zoals ‘§2 (rol kleine gemeenten)’? Dan is er alleen een terugblik op die onderdelen of dat onderwerp. Zo ook bij ‘werkproces (met rollen, monitoren)’. De rest is dan overgeslagen, ook als die ter sprake kwam.',
      en: 'Suppose the agenda item named only some parts of the document, or one topic within a part, such as ‘§2 (role of small municipalities)’. Then only those parts or that topic were reviewed. The same applies to ‘work process (with roles, monitoring)’. The rest was skipped, even if discussed.',
    },
    {
      nl: 'Bijlagen horen bij het document, net als een afspraak die er ongewijzigd in is opgenomen. Een apart document of format waar het alleen naar verwijst, hoort er niet bij: dat moet zelf op de agenda staan.',
      en: 'Annexes belong to the document, as does an agreement included in it unchanged. A separate document or template that it only refers to does not: that must be on the agenda itself.',
    },
    {
      nl: 'Noemt het agendapunt alleen een format of bijlage, zoals ‘dossierformat’? Dan is er alleen een terugblik op wat daarin staat. Een bepaling elders in het document over dat format hoort er niet bij, zoals de bepaling om het te gebruiken of helemaal in te vullen.',
      en: 'If the agenda item names only a template or annex, such as ‘case-file template’, it reviews only what that contains. A provision elsewhere in the document about the template is not reviewed, such as the provision to use it or fill it in completely.',
    },
    {
      nl: 'Een uitzondering is de vraag over hetzelfde dossierformat in elke casus. Daar telt zo’n agendapunt wel (zie de regel bij die vraag).',
      en: 'The exception is the question on the same case-file template in every case. There, such an item does count (see the rule under that question).',
    },
    {
      nl: 'Een agendapunt dat alleen over casussen gaat, of over wat de afspraak opleverde, zoals gelegde contacten of een gekozen gemeenschap, is geen terugblik. Is een lijst zelf de afspraak, zoals een lijst sleutelfiguren? Dan is een agendapunt over die lijst wel een terugblik.',
      en: 'An agenda item only on cases, or on what the agreement produced, such as contacts made or a community chosen, is not a review. But if a list is itself the agreement, such as a list of key figures, an agenda item on that list is a review.',
    },
    {
      nl: 'Noemt een agendapunt een onderwerp met een casus erbij, zoals ‘impasse en monitoren (C8)’? Dan gaat het alleen over die casus, en is het geen terugblik.',
      en: 'Suppose an agenda item names a topic with a case attached, such as ‘impasse and monitoring (C8)’. Then it is only about that case, and is not a review.',
    },
    {
      // Reading 78: an example such as 'whether the route stays known' read as an outcome item that the rule above
      // excludes; it is something a review of the agreement may also discuss.
      nl: 'Voorbeelden bij niveau 5 zijn alleen voorbeelden van wat een terugblik op de afspraak ook kan bespreken. Gaat een agendapunt alleen over zo’n voorbeeld, zonder de afspraak of het document te noemen? Dan is het geen terugblik.',
      en: 'Level 5’s examples are only examples of what a review of the agreement may also discuss. An agenda item only on such an example, without naming the agreement or its document, is not a review.',
    },
    {
      nl: 'Wat de partners na de terugblik besluiten, maakt niet uit: de afspraak houden, die veranderen of de praktijk verbeteren.',
      en: 'What the partners decide after the review does not matter: keeping the agreement, changing it, or improving the practice.',
    },
    {
      nl: 'Zegt de afspraak zelf wanneer jullie haar bespreken, zoals ‘elk jaar in januari’? Dat hoort bij de terugblik, niet bij wat de vraag noemt. Later bespreken is dus geen afwijking, en ook voor de terugblik maakt de vertraging niets uit.',
      en: 'Suppose the agreement itself says when you discuss it, such as ‘every January’. That belongs to the review, not to what the question asks about. So a later discussion is not a departure, and the delay makes no difference to the review either.',
    },
    {
      nl: 'Is die bespreking nog niet gehouden? Dan gelden de regels hierboven over een bespreking die niet doorging of is verzet.',
      en: 'Until the discussion is held, the rules above on a discussion that did not take place or was moved apply.',
    },
    {
      nl: 'Een bespreking van hoe één persoon het eigen werk doet, is geen terugblik, ook als het agendapunt de afspraak noemt.',
      en: 'A discussion of how one person does their job is not a review, even if the agenda item names the agreement.',
    },
  ],
};
