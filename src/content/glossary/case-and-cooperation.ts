import type { GlossaryTerm } from '../types';
import { t } from '../text';

// Terms that first appear from §1.4 on: the case itself and the people around it (§1.4–§2.1).
export const CASE_AND_COOPERATION: GlossaryTerm[] = [
  {
    id: 'kernpartners',
    ref: '1.4',
    term: t('Kernpartners', 'Core partners'),
    definition: t(
      'Het rapport legt niet uit wie kernpartners zijn. Het verwijst voor de notificatieplicht naar artikel 11 van het Convenant informatiedeling CTER. Kijk in dat convenant wie kernpartner is.',
      'The report does not say who the core partners are. For the duty to notify, it refers to article 11 of the CTER information-sharing covenant. Check that covenant for who is a core partner.',
    ),
  },
  {
    id: 'notificeren',
    ref: '1.4',
    term: t('Notificeren', 'Notification'),
    definition: t(
      'De betrokkene laten weten dat hij of zij in de PGA wordt besproken. Uitstellen mag alleen op een van de beperkte uitzonderingsgronden (§1.4). Het is van belang die grond vast te leggen.',
      'Telling the person that they are being discussed in the PGA. It may be postponed only on one of a limited number of grounds for an exception (§1.4). It is important to record that ground.',
    ),
  },
  {
    id: 'redelijkheid-billijkheid',
    ref: '1.4',
    term: t('Redelijkheid en billijkheid', 'Reasonableness and fairness'),
    definition: t(
      'Redelijk en eerlijk handelen. Het rapport noemt het, naast de privacyregels, als grond om iemand te laten weten dat hij of zij in de PGA wordt besproken (§1.4). Een nadere uitleg geeft het rapport niet (uitleg van de checklist).',
      'Acting reasonably and fairly. The report names it, together with the privacy rules, as a ground for telling someone that they are being discussed in the PGA (§1.4). The report gives no further explanation (the checklist’s explanation).',
    ),
  },
  {
    id: 'uitzonderingsgrond',
    ref: '1.4',
    term: t('Uitzonderingsgrond', 'Ground for an exception'),
    avoid: { en: ['prejudice a criminal', 'disturbing a criminal'] },
    definition: t(
      'Een van de beperkte redenen waarom de notificatie mag worden uitgesteld. Het rapport noemt als voorbeelden de nationale veiligheid en het verstoren van een strafrechtelijk onderzoek. Het verwijst daarbij naar artikelen uit de AVG en de UAVG; daarom noemt de checklist zo’n grond wettelijk.',
      'One of the limited reasons for which notification may be postponed. The report gives national security and disrupting a criminal investigation as examples. It refers to articles of the GDPR and the UAVG; that is why the checklist calls such a ground statutory.',
    ),
  },
  {
    id: 'afbreukrisico',
    ref: '1.4',
    term: t('Afbreukrisico', 'Risk of lost trust'),
    definition: t(
      'Het risico dat het contact en het vertrouwen schade oplopen, bijvoorbeeld als iemand later merkt dat de professionals niet open waren (uitleg van de checklist).',
      'The risk that contact and trust are damaged, for example when someone later finds out that the professionals were not open (the checklist’s explanation).',
    ),
  },
  {
    id: 'pro-sociaal-netwerk',
    ref: '1.5',
    term: t('Pro-sociaal netwerk', 'Pro-social network'),
    definition: t(
      'Mensen om iemand heen die een positieve invloed op hem of haar hebben (uitleg van de checklist). Zo’n netwerk is een beschermende factor.',
      'The people around someone who have a positive influence on them (the checklist’s explanation). Such a network is a protective factor.',
    ),
  },
  {
    id: 'bijzondere-voorwaarden',
    ref: '1.6',
    term: t('Bijzondere voorwaarden', 'Special conditions'),
    definition: t(
      'Voorwaarden die een rechter of het OM aan iemand oplegt, bijvoorbeeld bij een voorwaardelijke straf (uitleg van de checklist). Via zo’n voorwaarde kan bijvoorbeeld een gesprek met een theoloog worden ingezet.',
      'Conditions a court or the OM imposes on someone, for example with a suspended sentence (the checklist’s explanation). Such a condition can, for example, be used to arrange talks with a theologian.',
    ),
  },
  {
    id: 'casusoverleg',
    ref: '2.1',
    term: t('Casusoverleg', 'Case meeting'),
    definition: t(
      'Het overleg waarin de partners een casus integraal bespreken, doelen stellen en interventies kiezen (uitleg van de checklist).',
      'The meeting in which the partners discuss a case together, set goals and choose interventions (the checklist’s explanation).',
    ),
  },
  {
    id: 'beschermende-factoren',
    ref: '1.6',
    term: t('Risico- en beschermende factoren', 'Risk and protective factors'),
    definition: t(
      'Omstandigheden die de kans op (verdere) radicalisering of geweld vergroten, of juist verkleinen, zoals een stabiel pro-sociaal netwerk (uitleg van de checklist).',
      'Circumstances that raise, or lower, the chance of (further) radicalisation or violence, such as a stable pro-social network (the checklist’s explanation).',
    ),
  },
  {
    id: 'cognitieve-opening',
    ref: '1.6',
    term: t('Cognitieve opening', 'Cognitive opening'),
    definition: t(
      'Het moment waarop iemand openstaat voor contact en voor de invloed en opvattingen van professionals. Soms ontstaat die opening pas na hulp; vaak is dat praktische hulp.',
      'The point at which someone becomes open to contact and to the influence and views of professionals. Sometimes that opening only comes after help, often practical help.',
    ),
  },
  {
    id: 'aivd',
    ref: '1.6',
    term: t('AIVD', 'AIVD'),
    definition: t(
      'Algemene Inlichtingen- en Veiligheidsdienst: de dienst die dreigingen tegen de nationale veiligheid onderzoekt (uitleg van de checklist). Iemand in de PGA kan ook bij de AIVD in beeld zijn. Soms schuift de AIVD aan bij de PGA.',
      'General Intelligence and Security Service: the Dutch service that investigates threats to national security (the checklist’s explanation). Someone in the PGA may also be known to the AIVD. The AIVD sometimes joins the PGA.',
    ),
  },
  {
    id: 'bevoegdheden',
    ref: '2.1',
    term: t('Bevoegdheden', 'Powers'),
    definition: t(
      'Wat een partner mag beslissen of doen, volgens de wet of een afspraak (uitleg van de checklist).',
      'What a partner may decide or do, under the law or an agreement (the checklist’s explanation).',
    ),
  },
  {
    id: 'terugkeerders',
    ref: '1.6',
    term: t('Terugkeerders', 'Returnees'),
    definition: t(
      'Mensen die naar een strijdgebied zijn vertrokken en naar Nederland zijn teruggekomen (uitleg van de checklist). Het rapport noemt geen aantal terugkeerders. Wel vertrokken er volgens de inleiding sinds 2012 ongeveer 300 jonge Nederlanders naar Syrië en Irak.',
      'People who left for a conflict zone and have come back to the Netherlands (the checklist’s explanation). The report gives no number of returnees. According to its introduction, about 300 young Dutch people have left for Syria and Iraq since 2012.',
    ),
  },
  {
    id: 'rehabilitatie',
    ref: '1.6',
    term: t('Rehabilitatie en re-integratie', 'Rehabilitation and reintegration'),
    definition: t(
      'Na een straf weer een gewone plek in de samenleving krijgen, met onder meer een woning, werk en contacten (uitleg van de checklist). Bij de bezwaren tegen het intrekken van het Nederlanderschap staat in het rapport dat die maatregel daarmee botst.',
      'Regaining an ordinary place in society after a sentence, with a home, work and contacts among other things (the checklist’s explanation). Among the objections to revoking Dutch nationality, the report says the measure runs counter to this.',
    ),
  },
  {
    id: 'detentie',
    ref: '1.6',
    term: t('Detentie', 'Detention'),
    definition: t(
      'Vastzitten in een gevangenis, bijvoorbeeld om een straf uit te zitten, of in afwachting van een rechtszaak (uitleg van de checklist).',
      'Being held in prison, for example while serving a sentence, or while awaiting trial (the checklist’s explanation).',
    ),
  },
  {
    id: 'monitoren',
    ref: '1.7',
    term: t('Monitoren', 'Monitoring'),
    avoid: { en: ['monitoring and closing'] },
    definition: t(
      'In de integrale PGA doorgaans de fase waarin een casus minder vaak wordt besproken. In die fase lopen er minder of geen interventies. Daarna kan worden besloten de casus af te sluiten. Bij negatieve ontwikkelingen wordt de casus weer actief besproken. De politie gebruikt het woord in een andere betekenis.',
      'In the multi-agency PGA, usually the phase in which a case is discussed less often. In this phase, fewer interventions, or none, are under way. Afterwards, the partners may decide to close the case. If things take a negative turn, the case is discussed actively again. The police use the word in another sense.',
    ),
  },
  {
    id: 'integraal',
    ref: '1.7',
    term: t('Integraal', 'Multi-agency'),
    definition: t(
      'Samen, vanuit alle betrokken domeinen tegelijk: veiligheid en zorg aan één tafel (uitleg van de checklist).',
      'Jointly, from all domains involved at once: security and care at one table (the checklist’s explanation).',
    ),
  },
  {
    id: 'ggz',
    ref: '2.1',
    term: t('GGZ', 'Mental health care (GGZ)'),
    definition: t(
      'Geestelijke gezondheidszorg: zorg voor mensen met psychische problemen (uitleg van de checklist). Een GGZ-instelling schuift soms aan bij de PGA.',
      'Care for people with mental health problems (the checklist’s explanation). A mental health care provider sometimes joins the PGA.',
    ),
  },
  {
    id: 'veiligheidsdomein',
    ref: '2.1',
    term: t('Veiligheidsdomein', 'Security domain'),
    definition: t(
      'De partners die vooral letten op risico’s voor de openbare orde, zoals politie, OM en de gemeente vanuit openbare orde. Dat zijn voorbeelden van de checklist. Het rapport noemt bij dit domein geen partners.',
      'The partners who focus mainly on risks to public order, such as the police, the OM and the municipality’s public-order staff. These are the checklist’s examples. The report names no partners for this domain.',
    ),
  },
  {
    id: 'sociaal-domein',
    ref: '2.1',
    term: t('Sociaal domein', 'Social domain'),
    definition: t(
      'De partners die vooral werken aan de situatie op de leefgebieden van de betrokkene, zoals het sociaal domein van de gemeente, zorg en hulpverlening. Dat zijn voorbeelden van de checklist; het rapport noemt een medewerker van het sociaal domein van de gemeente. Zulke partners hebben vaak een andere relatie met de betrokkene, en zien die bijvoorbeeld als cliënt die hulp nodig heeft (§2.1).',
      'The partners who work mainly on the person’s situation in the areas of life, such as care providers, support services and the municipality’s social services. These are the checklist’s examples; the report names a member of staff from the municipality’s social domain. They often have a different relationship with the person, and see them, for example, as a client who needs help (§2.1).',
    ),
  },
  {
    id: 'werkproces',
    ref: '2.1',
    term: t('Werkproces', 'Work process'),
    definition: t(
      'De beschrijving van de werkstappen van de PGA, van signaal tot afsluiting: wie doet wat, wanneer, en met welke bevoegdheid (uitleg van de checklist).',
      'The description of the work steps of the PGA, from signal to closure: who does what, when, and with which powers (the checklist’s explanation).',
    ),
  },
  {
    id: 'regie',
    ref: 'intro',
    term: t('Regie', 'Lead role (regie)'),
    definition: t(
      'De leiding over de aanpak: zorgen dat partners samenwerken en dat afspraken worden uitgevoerd (uitleg van de checklist). Volgens het rapport voeren gemeenten de regie in de casus (inleiding).',
      'Leading the approach: making sure that partners work together and that agreements are carried out (the checklist’s explanation). According to the report, municipalities lead their cases (introduction).',
    ),
  },
  {
    id: 'dsp',
    ref: 'intro',
    term: t('DSP', 'DSP'),
    definition: t(
      'DSP-groep, het bureau dat het rapport schreef. In hoofdstuk 3 biedt het de partners steun aan bij het verder ontwikkelen van de PGA, bijvoorbeeld met een evaluatie.',
      'DSP-groep, the firm that wrote the report. In chapter 3 it offers the partners support in developing the PGA further, for example with an evaluation.',
    ),
  },
  {
    id: 'procesregisseur',
    ref: '2.1',
    term: t('Procesregisseur', 'Process coordinator'),
    avoid: { en: ['process director', 'case director', 'process manager'] },
    definition: t(
      'Degene die het casusoverleg kan structureren, afspraken en doelen kan vastleggen en (mogelijke) knelpunten bespreekbaar kan maken.',
      'The person who can structure the case meeting, record agreements and goals, and raise (possible) problems for discussion.',
    ),
  },
  {
    id: 'heidag',
    ref: 'checklist',
    term: t('Heidag', 'Away day'),
    definition: t(
      'Een dag of dagdeel waarop de vaste partners samen terugkijken op hun werk en afspraken maken. Dat gebeurt buiten het gewone casusoverleg (uitleg van de checklist). Het rapport gebruikt dit woord niet.',
      'A day or half-day on which the standing partners look back on their work together and make agreements. This takes place outside the usual case meeting (the checklist’s explanation). The report does not use this term.',
    ),
  },
  {
    id: 'stuurgroep',
    ref: 'checklist',
    term: t('Stuurgroep', 'Steering group'),
    definition: t(
      'Een overleg van bestuurders of leidinggevenden van de partners dat besluiten neemt over de PGA (uitleg van de checklist). Het rapport noemt geen stuurgroep. De checklist gebruikt het woord bij ‘Zo kiezen jullie een niveau’ en in de regels bij sommige stappen en vragen.',
      'A meeting of the partners’ executives or managers that takes decisions on the PGA (the checklist’s explanation). The report does not mention a steering group. The checklist uses the term in ‘How to choose a level’ and in the rules of some steps and questions.',
    ),
  },
];
