import type { GlossaryTerm } from '../types';
import { t } from '../text';

// Terms that first appear in §1–§1.2: the PGA itself, signalling and the assessment team.
export const SIGNAL_TO_INTERPRETATION: GlossaryTerm[] = [
  {
    id: 'pga',
    ref: 'intro',
    term: t(
      'PGA (persoonsgerichte aanpak radicalisering)',
      'PGA (person-centred approach to radicalisation)',
    ),
    definition: t(
      'De aanpak waarin gemeente en partners per persoon bespreken hoe zij iemand begeleiden. Het gaat om iemand van wie partners vermoeden dat die radicaliseert, of die al geradicaliseerd is. Daardoor vormt die persoon een risico voor de openbare orde en veiligheid. De gemeente voert de regie. Vaak hoort de PGA bij het regionale Zorg- en Veiligheidshuis; soms heeft een gemeente ook een eigen, lokale PGA. Vullen jullie deze checklist in voor zo’n lokale PGA? Dan zijn ‘de partners’ de partners van die lokale PGA.',
      'The approach in which the municipality and its partners discuss, person by person, how they support and guide someone. That person is suspected of radicalising, or has already radicalised, and therefore poses a risk to public order and safety. The municipality has the lead role (regie). The PGA is often housed in the region’s Care and Safety House (Zorg- en Veiligheidshuis). Sometimes a municipality also has a local PGA of its own. If you fill in this checklist for such a local PGA, ‘the partners’ are the partners of that local PGA.',
    ),
  },
  {
    id: 'betrokkene',
    ref: '1.2',
    term: t('Betrokkene', 'The person (betrokkene)'),
    definition: t(
      'De persoon over wie de zorg gaat en die in de PGA wordt besproken (uitleg van de checklist).',
      'The person the concern is about, who is discussed in the PGA (the checklist’s explanation).',
    ),
  },
  {
    id: 'zvh',
    ref: 'intro',
    term: t('Zorg- en Veiligheidshuis', 'Zorg- en Veiligheidshuis (Care and Safety House)'),
    definition: t(
      'Regionaal samenwerkingsverband van zorg-, veiligheids- en justitiepartners (uitleg van de checklist). Vaak is de PGA radicalisering hier ondergebracht.',
      'A regional partnership of care, security and justice organisations (the checklist’s explanation). The PGA is often housed here.',
    ),
  },
  {
    id: 'leefgebieden',
    ref: '1.1',
    term: t('Leefgebieden', 'Areas of life'),
    avoid: { en: ['life domain'] },
    definition: t(
      'De delen van iemands leven, zoals wonen, schulden, middelengebruik en het sociale netwerk (voorbeelden uit het rapport).',
      'The parts of someone’s life, such as housing, debt, substance use and the social network (examples from the report).',
    ),
  },
  {
    id: 'signaleringsstructuur',
    ref: '1.1',
    term: t('Signaleringsstructuur', 'Structure for spotting and reporting signals'),
    definition: t(
      'Hoe signalen van radicalisering worden opgevangen en gemeld. Het gaat om wie op signalen let en hoe die is toegerust. Ook gaat het om de vraag langs welke route zorgen worden gemeld (uitleg van de checklist).',
      'How signals of radicalisation are picked up and reported. This covers who watches for signals and how they are equipped. It also covers the route by which a concern is reported (the checklist’s explanation).',
    ),
  },
  {
    id: 'meldroute',
    ref: 'checklist',
    term: t('Meldroute', 'Reporting route'),
    definition: t(
      'Wanneer, bij wie en hoe een professional zorgen over radicalisering meldt (uitleg van de checklist). Het rapport spreekt van een signaleringsstructuur.',
      'When, to whom and how a professional reports a concern about radicalisation (the checklist’s explanation). The report uses the word ‘signaleringsstructuur’.',
    ),
    avoid: { en: ['reporting structure', 'structure for reporting'] },
  },
  {
    id: 'boa',
    ref: '1.1',
    term: t('Boa', 'BOA (special enforcement officer)'),
    definition: t(
      'Buitengewoon opsporingsambtenaar: een handhaver die bij bepaalde overtredingen mag optreden, bijvoorbeeld met een boete, vaak in dienst van de gemeente (uitleg van de checklist).',
      'An enforcement officer who may act on certain offences, for example with a fine, often employed by the municipality (the checklist’s explanation).',
    ),
    avoid: { en: ['municipal enforcement officers'] },
  },
  {
    id: 'reclassering',
    ref: '1.1',
    term: t('Reclassering', 'Probation service (reclassering)'),
    definition: t(
      'Organisaties die mensen begeleiden en toezicht op hen houden nadat zij met justitie te maken hebben gehad. Dat gebeurt bijvoorbeeld na detentie of bij bijzondere voorwaarden (uitleg van de checklist). Volgens het rapport brengt de reclassering ook signalen in.',
      'Organisations that supervise and guide people who have been in contact with the justice system. They do so, for example, after detention or under special conditions (the checklist’s explanation). According to the report, the probation service also brings in signals.',
    ),
  },
  {
    id: 'digitale-wijkagent',
    ref: '1.1',
    term: t('Digitale wijkagent', 'Digital community police officer'),
    definition: t(
      'Een politieagent die online aanspreekbaar is en online contact legt met inwoners (uitleg van de checklist). Volgens het rapport zet de politie digitale wijkagenten onder meer in voor online contact met jongeren en volwassenen. Maar hun aantal is beperkt (§1.1).',
      'A police officer who can be reached online and makes contact with residents online (the checklist’s explanation). According to the report, the police use digital community police officers, among other means, for online contact with young people and adults. But their number is limited (§1.1).',
    ),
  },
  {
    id: 'sleutelfiguren',
    ref: '1.1',
    term: t('Sleutelfiguren', 'Key figures'),
    definition: t(
      'Mensen met gezag of een centrale positie in een gemeenschap, die zorgen over radicalisering kunnen opmerken en doorgeven (uitleg van de checklist).',
      'People with standing or a central position in a community who can notice and pass on concerns about radicalisation (the checklist’s explanation).',
    ),
  },
  {
    id: 'veiligheidsbeeld',
    ref: '3',
    term: t('Kwalitatief veiligheidsbeeld', 'Qualitative security analysis'),
    definition: t(
      'Een beschrijving in woorden, niet alleen in cijfers, van wat er in een gemeente of regio speelt. Het gaat bijvoorbeeld om polarisatie en extremisme (uitleg van de checklist). Volgens het rapport helpt het prioriteiten te stellen.',
      'A description in words, not only in figures, of what is going on in a municipality or region. It covers, for example, polarisation and extremism (the checklist’s explanation). According to the report, it helps to set priorities.',
    ),
  },
  {
    id: 'dog-whistles',
    ref: '1.1',
    term: t('Dog whistles', 'Dog whistles'),
    definition: t(
      'Subtiele toespelingen, bijvoorbeeld op stickers, die alleen ingewijden herkennen. Rechts-extremisten gebruiken ze om op een subtiele manier propaganda te verspreiden (§1.1).',
      'Subtle allusions, on stickers for example, that only insiders recognise. Far-right extremists use them to spread propaganda subtly (§1.1).',
    ),
  },
  {
    id: 'weegploeg',
    ref: '1.2',
    term: t('Weegploeg', 'Assessment team (weegploeg)'),
    avoid: { en: ['weighing team'] },
    definition: t(
      'De organisaties die een signaal wegen en beslissen of een PGA wordt gestart. Volgens het rapport zijn dat de gemeente, de politie en het OM (§1.2). Bij de punten van §1.2 zijn de partners de organisaties die wegen (zie de extra regel bij wegen). Gaat het in de checklist over mensen, zoals ‘iemand in de weegploeg’, ‘de professionals in jullie weegploeg’ of ‘bijscholing van de weegploeg’? Dan gaat het om de medewerkers die namens die organisaties signalen wegen (uitleg van de checklist).',
      'The organisations that assess a signal and decide whether to start a PGA. According to the report, these are the municipality, the police and the Public Prosecution Service (§1.2). For the points of §1.2, the partners are the organisations that assess signals (see the additional rule for assessing signals). Where the checklist speaks of people in the assessment team, it means the staff who assess signals on behalf of those organisations. Examples are ‘someone in the assessment team’, ‘the professionals in your assessment team’ and ‘further training of the assessment team’ (the checklist’s explanation).',
    ),
  },
  {
    id: 'risicotaxatie',
    ref: '1.2',
    term: t('Risicotaxatie-instrument', 'Risk-assessment instrument'),
    definition: t(
      'Een hulpmiddel om risico’s in te schatten (uitleg van de checklist), zoals de IR-2.0 van de politie of de VERA-2R van de reclassering. Het rapport schrijft ‘VERA 2-R’.',
      'A tool for assessing risk (the checklist’s explanation), such as the police’s IR-2.0 or the probation service’s VERA-2R. The report writes ‘VERA 2-R’.',
    ),
  },
  {
    id: 'niet-pluis',
    ref: '1.2',
    term: t('Niet-pluisgevoel', 'Gut feeling'),
    definition: t(
      'Het intuïtieve gevoel van een ervaren professional dat er iets niet klopt, zonder dat dat al met feiten te onderbouwen is (uitleg van de checklist).',
      'An experienced professional’s intuitive sense that something is wrong, before it can be backed up with facts (the checklist’s explanation).',
    ),
  },
  {
    id: 'om',
    ref: 'intro',
    term: t('OM (Openbaar Ministerie)', 'OM (Public Prosecution Service)'),
    definition: t(
      'De organisatie die strafbare feiten vervolgt (uitleg van de checklist). Volgens §1.2 bestaat de weegploeg uit gemeente, politie en OM. Volgens §2.1 werken gemeente en politie vaak samen met het OM.',
      'The organisation that prosecutes criminal offences (the checklist’s explanation). According to §1.2, the assessment team consists of the municipality, the police and the OM. According to §2.1, the municipality and police often work with the OM.',
    ),
  },
  {
    id: 'nctv',
    ref: 'intro',
    term: t('NCTV', 'NCTV'),
    definition: t(
      'De Nationaal Coördinator Terrorismebestrijding en Veiligheid: de rijksdienst die onder meer het Dreigingsbeeld Terrorisme Nederland maakt (uitleg van de checklist). Het rapport verwijst naar dat dreigingsbeeld in de inleiding en bij online radicalisering (§1.1).',
      'The Dutch National Coordinator for Security and Counterterrorism. Among other things, this government service publishes the Terrorist Threat Assessment for the Netherlands (DTN) (the checklist’s explanation). The report refers to that assessment in its introduction and on online radicalisation (§1.1).',
    ),
  },
];
