import type { GlossaryTerm } from '../types';
import { t } from '../text';

// After CASE_AND_COOPERATION in reading order: training, law and records (the checklist's own words are in
// checklist-words.ts).
export const LAW_AND_RECORDS: GlossaryTerm[] = [
  {
    id: 'vakmanschapstraject',
    ref: '3',
    term: t('Vakmanschapstraject', 'Professional development programme'),
    definition: t(
      'Een leertraject dat partners samen ontwikkelen voor professionals van (een aantal van) hen (uitleg van de checklist). Het gaat bijvoorbeeld om meer weerbaarheid, of om een sterkere rol als procesregisseur (hoofdstuk 3).',
      'A learning programme that partners develop together for professionals of (some of) them (the checklist’s explanation). It may aim, for example, at building resilience or strengthening the role of process coordinator (chapter 3).',
    ),
  },
  {
    id: 'wetsvoorstel',
    ref: '2.1',
    term: t('Wetsvoorstel gegevensverwerking PGA (36 225)', 'Bill on data processing in the PGA (36 225)'),
    definition: t(
      'Een wetsvoorstel dat een wettelijke grondslag moet geven voor gegevensverwerking in de PGA. Het zou het OM standaard laten meedoen aan de weging en het casusoverleg. De belangrijkste gemeentelijke taak in die wet zou zijn dat de burgemeester het casusoverleg organiseert. De wet beschrijft ook taken van het college van B&W (§2.2). Toen het rapport verscheen, moest de Eerste Kamer het voorstel nog aannemen. Ga na wat nu geldt.',
      'A bill meant to give a legal basis for data processing in the PGA. It would make the OM a standard partner in the assessment and in the case meeting. The main municipal task in that law would be for the mayor to organise the case meeting. The law also sets out tasks for the municipal executive (B&W) (§2.2). When the report appeared, the Senate had yet to pass the bill. Check what applies now.',
    ),
  },
  {
    id: 'grondslag',
    ref: '2.2',
    term: t('Grondslag', 'Legal basis'),
    definition: t(
      'De wettelijke basis waarop een partner informatie mag verwerken of delen (uitleg van de checklist).',
      'The basis in law on which a partner may process or share information (the checklist’s explanation).',
    ),
  },
  {
    id: 'eerste-kamer',
    ref: '2.1',
    term: t('Eerste Kamer', 'Senate'),
    definition: t(
      'Het deel van het parlement dat als laatste over een wetsvoorstel stemt (uitleg van de checklist).',
      'The chamber of the Dutch parliament that votes last on a bill (the checklist’s explanation).',
    ),
  },
  {
    id: 'gemeentewet',
    ref: '2.2',
    term: t('Gemeentewet (art. 172)', 'Municipalities Act (art. 172)'),
    definition: t(
      'De wet over de taken en bevoegdheden van gemeenten. Volgens artikel 172 is de burgemeester bevoegd de openbare orde te handhaven. Volgens het rapport kan de PGA daarop steunen.',
      'The law on the tasks and powers of municipalities. Under article 172, the mayor has the power to maintain public order. According to the report, the PGA can rest on it.',
    ),
  },
  {
    id: 'inventariseren',
    ref: '2.2',
    term: t('Inventariseren', 'Taking stock'),
    definition: t(
      'Op een rij zetten wat er over een signaal bekend is, voordat het wordt gewogen (uitleg van de checklist).',
      'Listing what is known about a signal before it is assessed (the checklist’s explanation).',
    ),
  },
  {
    id: 'dossiervorming',
    ref: 'intro',
    term: t('Dossiervorming', 'Record-keeping'),
    definition: t(
      'Het bijhouden van het dossier van een casus: welke informatie wordt vastgelegd, hoe en door wie (uitleg van de checklist). Het rapport noemt heldere, uniforme verslaglegging van belang.',
      'Keeping the file of a case: which information is recorded, how and by whom (the checklist’s explanation). The report calls clear, uniform records important.',
    ),
  },
  {
    id: 'avg',
    ref: '1.4',
    term: t('AVG', 'GDPR (AVG)'),
    definition: t(
      'Algemene verordening gegevensbescherming: de Europese privacywet (uitleg van de checklist; het rapport schrijft in een voetnoot ‘Algemene Verordening Persoonsgegevens’). Zij geldt voor het vastleggen en delen van informatie in de PGA. Artikel 14 gaat over informatie aan de betrokkene als gegevens niet bij die persoon zelf zijn verzameld. Lid 5 noemt vier gevallen waarin dat informeren niet hoeft. Ten eerste: de betrokkene heeft de informatie al. Ten tweede: informeren blijkt onmogelijk of kost onevenredig veel moeite (meer moeite dan redelijk is). Informeren hoeft ook niet als dat het doel waarvoor de gegevens worden gebruikt, waarschijnlijk onhaalbaar maakt of ernstig in gevaar brengt. In de PGA bedoelt de checklist met dat doel wat de aanpak wil bereiken. De aanpak zelf is niet het doel (uitleg van de checklist). Daarom noemen de regels dit de grond ‘doel van de aanpak’. Ten derde: een wet schrijft uitdrukkelijk voor dat de gegevens worden verkregen of verstrekt. En die wet beschermt de belangen van de betrokkene met passende maatregelen. Ten vierde: de gegevens moeten geheim blijven omdat een wet geheimhouding vraagt, zoals het beroepsgeheim van een arts (uitleg van de checklist). Het rapport zelf spreekt van beperkte uitzonderingsgronden. Als voorbeelden noemt het dat notificeren de nationale veiligheid in het geding brengt, of een strafrechtelijk onderzoek kan verstoren (§1.4). Of een van de vier gevallen hierboven in een PGA opgaat, is een juridische vraag (uitleg van de checklist).',
      'General Data Protection Regulation: the European privacy law (the checklist’s explanation; a footnote in the report calls it ‘Algemene Verordening Persoonsgegevens’). It applies to recording and sharing information in the PGA. Article 14 concerns informing the person when data were not obtained from them. Paragraph 5 names four cases in which that is not required. First, the person already has the information. Second, informing them proves impossible or would involve a disproportionate effort (more effort than is reasonable). Nor is it required if informing them would probably make the aim for which the data are used impossible to achieve, or seriously impair it. In the PGA, the checklist takes that aim to mean what the approach seeks to achieve, not the approach itself (the checklist’s explanation). That is why the rules call this the ground ‘aim of the approach’. Third, a law expressly requires the data to be obtained or disclosed. And that law protects the person’s interests with appropriate measures. Fourth, the data must stay confidential because a law requires secrecy, such as a doctor’s professional secrecy (the checklist’s explanation). The report itself speaks of limited grounds for an exception. Its examples are cases where notification would put national security at stake or could disrupt a criminal investigation (§1.4). Whether one of the four cases above applies in a PGA is a legal question (the checklist’s explanation).',
    ),
  },
  {
    id: 'uavg',
    ref: '1.4',
    term: t('UAVG', 'UAVG (Dutch GDPR Implementation Act)'),
    definition: t(
      'Uitvoeringswet AVG: de Nederlandse wet die de AVG uitwerkt. Artikel 41 regelt voor Nederland wanneer rechten van de betrokkene, zoals het recht op informatie, mogen wijken. Dat mag alleen voor zover het nodig is en in verhouding staat tot het doel. Het noemt tien gronden. Vier gaan over veiligheid en strafrecht. Drie daarvan zijn de nationale veiligheid, de verdediging van het land en de openbare veiligheid. De vierde is strafbare feiten voorkomen, onderzoeken, opsporen en vervolgen of straffen uitvoeren. Twee gaan over de rechter en het burgerlijk recht: de onafhankelijkheid van de rechter, en geld innen dat iemand volgens het burgerlijk recht moet betalen. Twee gaan over toezicht. De ene is: optreden als iemand de normen van zijn of haar beroep overtreedt. De andere is: toezicht, inspectie of regelgeving door de overheid bij een aantal van de andere gronden. Een van de overige twee is: de betrokkene of de rechten en vrijheden van anderen beschermen. De laatste is: andere belangrijke doelen van algemeen belang, zoals de volksgezondheid (uitleg van de checklist). Voor uitstel van notificatie noemt het rapport art. 13, 14, 23 en 89 AVG en art. 41 en 43 UAVG.',
      'The Dutch law that implements the GDPR. Its article 41 sets out for the Netherlands when rights of the person, such as the right to information, may give way. They may do so only as far as this is necessary and proportionate. It names ten grounds. Four concern security and criminal law. Three of these are national security, defence and public security. The fourth is preventing, investigating, detecting and prosecuting criminal offences or enforcing penalties. Two concern the courts and civil claims: the independence of the judiciary, and enforcing civil-law claims. Two concern oversight. One is tackling breaches of professional codes. The other is an oversight, inspection or regulatory task linked to several of the other grounds. Of the other two, one concerns protecting the person or the rights and freedoms of others. The last concerns other important objectives of general public interest, such as public health (the checklist’s explanation). For postponing notification, the report cites art. 13, 14, 23 and 89 GDPR and art. 41 and 43 UAVG.',
    ),
  },
  {
    id: 'convenant',
    ref: '2.2',
    term: t('Convenant PGA (2017)', 'PGA covenant (2017)'),
    avoid: { en: ['data sharing', 'signalling'] },
    definition: t(
      'Het ‘Convenant persoonsgerichte aanpak voorkoming radicalisering en extremisme’ uit 2017. Volgens het rapport was het in 2024 de belangrijkste richtlijn voor samenwerking, gegevensdeling en dossiervorming. Het is geen specifieke wettelijke grondslag voor de PGA. In deze checklist telt het, zoals elk convenant, alleen voor de concrete bepalingen die erin staan, als alle partners het ondertekenden.',
      'The 2017 covenant on the person-centred approach to preventing radicalisation and extremism. According to the report, in 2024 it was the main guideline for collaboration, information sharing and record-keeping. It is not a specific legal basis for the PGA. In this checklist, like any covenant, it counts only for the concrete provisions it contains, if all partners signed it.',
    ),
  },
  {
    id: 'dossierformat',
    ref: '1.6',
    term: t('Dossierformat', 'Case-file template'),
    avoid: { en: ['record format', 'case-file format'] },
    definition: t(
      'Een vast model voor het dossier van een casus, zodat elk dossier dezelfde onderdelen heeft. Voorbeelden van die onderdelen zijn leefgebieden, afspraken en hun onderbouwing (uitleg van de checklist).',
      'A set template for the file of a case, so that every file has the same parts. Examples of these parts are areas of life, agreements and their reasons (the checklist’s explanation).',
    ),
  },
  {
    id: 'format',
    ref: '1.6',
    term: t('Format', 'Template'),
    definition: t(
      'Een vast formulier met de onderdelen die aan bod moeten komen, bijvoorbeeld in het casusoverleg of in het dossier (uitleg van de checklist).',
      'A set form with the items that must be covered, for example in the case meeting or in the case file (the checklist’s explanation).',
    ),
  },
  {
    id: 'plan-van-aanpak',
    ref: 'checklist',
    term: t('Plan van aanpak', 'Action plan'),
    definition: t(
      'Het plan voor één casus: het doel, de subdoelen en de interventies die de partners inzetten (uitleg van de checklist). Het rapport gebruikt dit woord niet.',
      'The plan for one case: the goal, the sub-goals and the interventions the partners use (the checklist’s explanation). The report does not use this term.',
    ),
  },
  {
    id: 'weerbaarheid',
    ref: '3',
    term: t('Weerbaarheid', 'Resilience'),
    definition: t(
      'Hoe goed iemand bestand is tegen druk of invloed (uitleg van de checklist). Het rapport noemt het bij een vakmanschapstraject voor partners (hoofdstuk 3). Het zegt niet of het gaat om de weerbaarheid van professionals zelf, of om hun vaardigheid om de weerbaarheid van inwoners tegen radicalisering te versterken.',
      'How well someone withstands pressure or influence (the checklist’s explanation). The report mentions it for a professional development programme (vakmanschapstraject) for partners (chapter 3). It does not say whether it means the resilience of the professionals themselves, or their skill in strengthening residents’ resilience against radicalisation.',
    ),
  },
  {
    id: 'bijzondere-persoonsgegevens',
    ref: '1.4',
    term: t('Bijzondere persoonsgegevens', 'Special categories of personal data'),
    definition: t(
      'Extra gevoelige gegevens over een persoon, zoals over geloof, gezondheid of politieke opvattingen. De privacywet (AVG) stelt er strengere eisen aan (uitleg van de checklist).',
      'Especially sensitive data about a person, such as on religion, health or political opinions. Data-protection law (GDPR) sets stricter requirements for them (the checklist’s explanation).',
    ),
  },
  {
    id: 'convenant-cter',
    ref: '1.4',
    term: t('Convenant informatiedeling CTER', 'CTER information-sharing covenant'),
    definition: t(
      'Een schriftelijke afspraak tussen overheidspartners over het delen van informatie bij contraterrorisme, extremisme en radicalisering. Het rapport verwijst ernaar voor de plicht om te notificeren (uitleg van de checklist).',
      'A written agreement between government partners on sharing information in counter-terrorism, extremism and radicalisation. The report refers to it for the duty to notify (the checklist’s explanation).',
    ),
  },
  {
    id: 'interventie',
    ref: 'intro',
    term: t('Interventie', 'Intervention'),
    definition: t(
      'Iets wat partners doen om de situatie van de betrokkene te verbeteren of risico’s te verkleinen. Bijvoorbeeld hulp bij schulden of een gesprek met een theoloog (uitleg van de checklist).',
      'Something partners do to improve the person’s situation or reduce risks. For example, help with debts or a talk with a theologian (the checklist’s explanation).',
    ),
  },
  {
    id: 'middelengebruik',
    ref: '1.6',
    term: t('Middelengebruik', 'Substance use'),
    definition: t(
      'Het gebruik van alcohol of drugs (uitleg van de checklist).',
      'The use of alcohol or drugs (the checklist’s explanation).',
    ),
  },
  {
    id: 'impasse',
    ref: '1.7',
    term: t('Impasse', 'Impasse'),
    definition: t(
      'Een casus die vastzit: lange tijd (denk aan maanden) is er vooruitgang noch achteruitgang. In die tijd komt er ook geen nieuwe informatie binnen, en zijn er geen interventies meer mogelijk (§1.7). Het rapport geeft een voorbeeld waarin drie dingen samen gelden. De betrokkene weigert of vermijdt elk contact. Op de leefgebieden verandert bijna niets. En er zijn geen nieuwe signalen dat de betrokkene radicaler gaat denken en meer bereid wordt om geweld te gebruiken (§1.7).',
      'A case that is stuck: for a long time (months, for example) there is neither progress nor decline. During that time, no new information comes in, and no interventions are possible any more (§1.7). The report gives an example where three things all apply. The person refuses or avoids all contact. Their circumstances in the areas of life hardly change. And there are no new signals that their views are becoming more radical and that they are more willing to use violence (§1.7).',
    ),
  },
  {
    id: 'college-bw',
    ref: '2.2',
    term: t('College (van B&W)', 'Municipal executive'),
    definition: t(
      'Het dagelijks bestuur van de gemeente: de burgemeester en de wethouders (uitleg van de checklist).',
      'The mayor and aldermen, who together run the municipality day to day (the checklist’s explanation).',
    ),
  },
  {
    id: 'randvoorwaarde',
    ref: 'intro',
    term: t('Randvoorwaarde', 'Precondition'),
    definition: t(
      'Iets wat er moet zijn voordat iets anders kan werken (uitleg van de checklist). Het rapport noemt een heldere signaleringsstructuur een randvoorwaarde. Het noemt ook alle aandachtspunten samen randvoorwaarden voor een effectieve en efficiënte PGA.',
      'Something that must be in place before something else can work (the checklist’s explanation). The report calls a clear structure for spotting and reporting signals a precondition. It also describes its key issues (aandachtspunten), taken together, as preconditions for an effective and efficient PGA.',
    ),
  },
  {
    id: 'kamerstuk',
    ref: 'checklist',
    term: t('Kamerstuk', 'Kamerstuk (parliamentary paper)'),
    definition: t(
      'Een officieel stuk van het parlement, met een vast nummer. Een wetsvoorstel heeft zo’n nummer, zoals 36 225 (uitleg van de checklist). Het rapport gebruikt dit woord niet, alleen het nummer.',
      'An official paper of the Dutch parliament, with a fixed number. A bill has such a number, such as 36 225 (the checklist’s explanation). The report does not use this word, only the number.',
    ),
  },
  {
    id: 'weegkader',
    ref: 'checklist',
    term: t('Weegkader', 'Assessment framework'),
    definition: t(
      'Een document dat zegt hoe de weegploeg een signaal weegt: met welke criteria, welk referentiekader en wie er weegt (uitleg van de checklist). Het rapport gebruikt dit woord niet.',
      'A document that says how the assessment team assesses a signal: with which criteria, which frame of reference and who takes part (the checklist’s explanation). The report does not use this term.',
    ),
  },
];
