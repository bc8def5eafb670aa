import type { GlossaryTerm } from '../types';
import { t } from '../text';

// Terms that first appear in §1.2–§1.4: movements, weighing and interpreting a case; after SIGNAL_TO_INTERPRETATION.
export const WEIGHING_AND_INTERPRETING: GlossaryTerm[] = [
  {
    id: 'stroming',
    ref: '1.2',
    term: t('Stroming', 'Movement'),
    definition: t(
      'Een richting binnen radicalisering en extremisme, zoals jihadisme, rechts-extremisme of anti-institutioneel extremisme (uitleg van de checklist). De inleiding van het rapport noemt wat er nu speelt. De coronacrisis droeg bij aan meer complottheorieën over een kwaadaardige elite. De onvrede over de overheid nam toe. En IS en Al Qaida gebruiken de oorlog in Israël en de Palestijnse gebieden om aanhangers op te roepen tot aanslagen in het Westen.',
      'A strand of radicalisation and extremism, such as jihadism, far-right extremism or anti-institutional extremism (the checklist’s explanation). The report’s introduction names what is going on now. The COVID-19 crisis fed conspiracy theories about a malevolent elite. Discontent with the government grew. And IS and Al Qaeda use the war in Israel and the Palestinian territories to urge supporters to attack in the West.',
    ),
  },
  {
    id: 'jihadisme',
    ref: '1.2',
    term: t('Jihadisme', 'Jihadism'),
    definition: t(
      'Extremisme dat geweld rechtvaardigt met een beroep op de islam (uitleg van de checklist). Volgens het rapport hadden professionals de afgelopen jaren vooral hiermee te maken.',
      'Extremism that justifies violence by appeal to Islam (the checklist’s explanation). According to the report, this is what professionals mostly dealt with in recent years.',
    ),
  },
  {
    id: 'openbare-orde',
    ref: 'intro',
    term: t('Openbare orde', 'Public order'),
    definition: t(
      'De rust en veiligheid op straat en in het openbare leven (uitleg van de checklist). De burgemeester is bevoegd die te handhaven.',
      'Peace and safety in the street and in public life (the checklist’s explanation). The mayor has the power to maintain it.',
    ),
  },
  {
    id: 'anti-institutioneel',
    ref: '1.2',
    term: t('Anti-institutioneel extremisme', 'Anti-institutional extremism'),
    definition: t(
      'Extremisme dat zich keert tegen de overheid en haar instellingen (uitleg van de checklist; het rapport noemt het een voor professionals relatief nieuw fenomeen).',
      'Extremism directed against the government and its institutions (the checklist’s explanation; the report calls it a phenomenon relatively new to professionals).',
    ),
  },
  {
    id: 'toegerust',
    ref: '1.2',
    term: t('Toegerust', 'Equipped'),
    definition: t(
      'Genoeg kennis en middelen hebben voor een taak (uitleg van de checklist).',
      'Having enough knowledge and means for a task (the checklist’s explanation).',
    ),
  },
  {
    id: 'duidingsexpert',
    ref: '1.4',
    term: t('Duidingsexpert', 'Expert in interpreting ideology'),
    definition: t(
      'Iemand met kennis van een ideologie of geloof, zoals een theoloog. Zo iemand kan met de betrokkene over die denkbeelden in gesprek gaan (uitleg van de checklist).',
      'Someone with knowledge of an ideology or faith, such as a theologian, who can talk with the person about those ideas (the checklist’s explanation).',
    ),
  },
  {
    id: 'referentiekader',
    ref: '1.2',
    term: t('Referentiekader', 'Frame of reference'),
    definition: t(
      'Het kader waarmee partners een signaal beoordelen: waar letten ze op, en wat weegt zwaar? (uitleg van de checklist)',
      'The frame partners use to judge a signal: what do they look at, and what weighs heavily? (the checklist’s explanation)',
    ),
  },
  {
    id: 'duiden',
    ref: '1.3',
    term: t('Duiden', 'Interpretation'),
    avoid: { en: ['reassess'] },
    definition: t(
      'Het inschatten van iemands gedachtegoed en eventuele geweldsbereidheid, bij de start en gedurende de aanpak. Daarbij hoort ook de samenhang met de situatie op de leefgebieden (§1.3).',
      'Judging someone’s ideas and beliefs, and any readiness to use violence, at the start and throughout the approach. It includes relating these to their situation in the areas of life (§1.3).',
    ),
  },
  {
    id: 'geweldsbereidheid',
    ref: '1.3',
    term: t('Geweldsbereidheid', 'Readiness to use violence'),
    definition: t(
      'De mate waarin iemand bereid is geweld te gebruiken voor zijn of haar ideeën (uitleg van de checklist).',
      'How far someone is willing to use violence for their ideas (the checklist’s explanation).',
    ),
  },
  {
    id: 'nulmeting',
    ref: '1.3',
    term: t('Nulmeting', 'Baseline'),
    definition: t(
      'De weging bij de start van een PGA, als beginpunt. Later vergelijken jullie de situatie daarmee: is die beter, gelijk of slechter?',
      'The assessment at the start of a PGA, as a starting point. Later, you compare the situation with this baseline: is it better, the same or worse?',
    ),
  },
  {
    id: 'herijken',
    ref: '1.3',
    term: t('Herijken', 'Adjusting'),
    definition: t(
      'Opnieuw bekijken en zo nodig bijstellen (uitleg van de checklist). Bij de PGA: de casus tussentijds opnieuw duiden en de aanpak aanpassen.',
      'Looking at something again and changing it where needed (the checklist’s explanation). In the PGA: re-interpreting the case along the way and changing the approach.',
    ),
  },
  {
    id: 'impliciet',
    ref: '1.3',
    term: t('Impliciet en expliciet', 'Implicit and explicit'),
    definition: t(
      'Impliciet: iets gebeurt of geldt wel, maar niemand zegt of schrijft het uitdrukkelijk. Expliciet: het is uitgesproken of opgeschreven, zodat iedereen weet wat er is besloten of afgesproken (uitleg van de checklist). Het rapport gebruikt ‘impliciet’ (§1.3 en §2.1) en ‘expliciteren’ (§1.5 en §2.1).',
      'Implicit: something does happen or apply, but nobody says or writes it in so many words. Explicit: it is said or written down, so that everyone knows what was decided or agreed (the checklist’s explanation). The report uses ‘impliciet’ (§1.3 and §2.1) and ‘expliciteren’ (‘make explicit’, §1.5 and §2.1).',
    ),
  },
  {
    id: 'rechtmatig',
    ref: '1.3',
    term: t('Rechtmatig', 'Lawful'),
    definition: t(
      'Volgens de wet toegestaan (uitleg van de checklist). Bij de PGA: mag deze persoon (nog) in het overleg worden besproken, en mogen partners informatie over hem of haar delen (§1.3)?',
      'Allowed by law (the checklist’s explanation). In the PGA: may this person (still) be discussed in the meeting, and may partners share information about them (§1.3)?',
    ),
  },
  {
    id: 'casus',
    ref: 'intro',
    term: t('Casus', 'Case'),
    definition: t(
      'De situatie van één persoon (of soms een paar personen) over wie de partners zich zorgen maken en die zij samen bespreken. Meervoud: casussen (uitleg van de checklist).',
      'The situation of one person (or sometimes a few people) the partners are concerned about and discuss together (the checklist’s explanation).',
    ),
  },
  {
    id: 'polarisatie',
    ref: '3',
    term: t('Polarisatie', 'Polarisation'),
    definition: t(
      'Het proces waarin groepen in de samenleving steeds scherper tegenover elkaar komen te staan (uitleg van de checklist). Volgens het rapport is het een mogelijke voedingsbodem voor radicalisering.',
      'The process by which groups in society become ever more sharply opposed to each other (the checklist’s explanation). The report calls it a possible breeding ground for radicalisation.',
    ),
  },
  {
    id: 'gedachtegoed',
    ref: '1.3',
    term: t('Gedachtegoed', 'Ideas and beliefs'),
    definition: t(
      'De ideeën en overtuigingen van iemand, bijvoorbeeld over geloof of politiek (uitleg van de checklist).',
      'A person’s ideas and convictions, for example about religion or politics (the checklist’s explanation).',
    ),
  },
];
