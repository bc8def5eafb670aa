import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const FOCUS = t(
  '§1.1: er is vooral geïnvesteerd in sleutelfiguren in de moslimgemeenschap.',
  '§1.1: investment has gone mainly into key figures in the Muslim community.',
);
const UNCLEAR = t(
  '§1.1: voor veel organisaties is niet duidelijk om welke gemeenschappen het lokaal gaat.',
  '§1.1: many organisations do not know which communities are involved locally.',
);
const BROAD = t(
  '§1.1: een netwerk van sleutelfiguren in andere gemeenschappen is net zo belangrijk.',
  '§1.1: a network of key figures in other communities matters just as much.',
);

export const sigSleutelfiguren: AttentionPoint = {
  id: 'sig-sleutelfiguren',
  ref: '1.1',
  title: t('Sleutelfiguren in alle betrokken gemeenschappen', 'Key figures in every affected community'),
  summary: t(
    'De afgelopen jaren lag de nadruk vooral op moslimextremisme. Daarom is vooral geïnvesteerd in sleutelfiguren in de moslimgemeenschap. Contact met hen blijft belangrijk. Maar zo’n netwerk is net zo belangrijk in gemeenschappen waar radicalisering en extremisme in een andere vorm spelen. Voor veel organisaties en professionals is niet duidelijk om welke gemeenschappen het lokaal gaat.',
    'In recent years the focus has mainly been on Muslim extremism. Investment therefore went mainly into key figures in the Muslim community. Contact with them remains important. But such a network is just as important in other communities where other forms of radicalisation and extremism occur. For many organisations and professionals it is unclear which communities are involved locally.',
  ),
  ...ladder({
    topic: t('contact met sleutelfiguren', 'contact with key figures'),
    scope: t(
      'contact in de gemeenschappen waar in jullie gebied radicalisering of extremisme voorkomt. Dat kunnen ook andere gemeenschappen zijn dan de moslimgemeenschap (§1.1). Dat het om elk van die gemeenschappen gaat, is een keuze van de checklist. Ook hoort erbij hoe jullie die gemeenschappen bepalen, en wie het contact onderhoudt (keuze van de checklist). Een andere weg naar een gemeenschap, zoals online jongerenwerk, is geen contact met sleutelfiguren (keuze van de checklist).',
      'contact in the communities in your area where radicalisation or extremism occurs. These can include communities other than the Muslim community (§1.1). Requiring contact in each of those communities is the checklist’s choice. It also covers how you determine those communities, and who maintains the contact (the checklist’s choice). Another route into a community, such as online youth work, is not contact with key figures (the checklist’s choice).',
    ),
    review: t('de afspraak elke gemeenschap dekt', 'the agreement covers every affected community'),
    basis: [FOCUS, BROAD, BROAD, BROAD],
    agreementIsChoice: true,
  }),
  questions: [
    {
      id: 'sig-sleutelfiguren-beeld',
      activity: t(
        'iemand noemde sleutelfiguren die een signalerende rol konden hebben.',
        'someone named key figures who could help pick up signals.',
      ),
      origin: 'report',
      reportQuestion: 3,
      text: t(
        'Hebben jullie afgesproken welke sleutelfiguren kunnen helpen signaleren, ook in gemeenschappen met andere vormen van radicalisering of extremisme?',
        'Have you agreed which key figures could help spot signals, including in communities with other forms of radicalisation or extremism?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt welke sleutelfiguren een belangrijke rol kunnen hebben bij signaleren. ‘Ook in gemeenschappen met andere vormen van radicalisering of extremisme’ is toegevoegd, omdat §1.1 een netwerk in die gemeenschappen net zo belangrijk noemt. De niveaus meten de afspraak, niet wat jullie weten (keuze van de checklist).',
        'Adapted question: the report asks which key figures could play an important part in spotting signals. The words ‘including in communities with other forms of radicalisation or extremism’ were added, because §1.1 calls a network in those communities just as important. The levels measure the agreement, not what you know (the checklist’s choice).',
      ),
      rules: [
        t(
          'Bij deze vraag telt het deel van de afspraak dat zegt welke sleutelfiguren of gemeenschappen dat zijn.',
          'For this question, what counts is the part of the agreement that says which key figures or communities these are.',
        ),
        t(
          'Noemt de afspraak de gemeenschappen waar lokaal radicalisering of extremisme voorkomt, en geen andere? Dan ontbreekt er niets, ook als die gemeenschappen maar in een deel van het gebied voorkomen. Dat geldt ook als er bij een gemeenschap (nog) geen sleutelfiguren staan. Laat de afspraak zo’n gemeenschap weg, ook bewust? Dan regelt die een deel.',
          'Suppose the agreement names the communities where radicalisation or extremism occurs locally, and no others. Then nothing is missing, even if those communities are found in only part of your area. This also applies if no key figures are (yet) named for a community. If the agreement leaves out such a community, even on purpose, it covers part.',
        ),
        t(
          'Hoe jullie de gemeenschappen kiezen, hoort bij de vraag hoe jullie kiezen met welke gemeenschappen contact met sleutelfiguren nodig is.',
          'How you choose the communities belongs under the question on how you choose the communities where contact with key figures is needed.',
        ),
      ],
      doubts: [
        t(
          'Zegt de afspraak dat jullie per gemeenschap sleutelfiguren noemen, en staat erbij dat jullie er in een gemeenschap geen vonden? Dan is dat geen afwijking.',
          'Suppose the agreement says that you name key figures for each community. If it also states that you found none in one community, that is not a departure.',
        ),
        t(
          'Noemt een gezamenlijke afspraak sleutelfiguren om contact mee te houden, ook mondeling? Dan zegt die ook welke sleutelfiguren het zijn, en regelt die hier minstens een deel.',
          'Suppose a joint agreement names key figures to keep in contact with, even orally. Then it also says which key figures they are, and covers at least part of this question.',
        ),
        t(
          'Noemt de afspraak een vorm of stroming, zoals rechts-extremisme? Dan telt dat als het noemen van de gemeenschappen waar die vorm voorkomt (keuze van de checklist). Noemt de afspraak zo’n vorm, en zegt die dat er geen gemeenschap of sleutelfiguren bekend zijn? Dan ontbreekt die vorm niet. Een vorm die lokaal voorkomt en die de afspraak niet noemt, ontbreekt wel, ook als die pas na de afspraak opkwam.',
          'Naming a form or movement, such as far-right extremism, counts as naming the communities where it occurs (the checklist’s choice). Suppose the agreement names such a form and says that, for that form, no community or key figures are known. Then that form is not missing. A form that occurs locally and that the agreement does not name is missing, even if it arose only after the agreement.',
        ),
      ],
      basis: UNCLEAR,
    },
    {
      id: 'sig-sleutelfiguren-contact',
      activity: t(
        'iemand had contact met een sleutelfiguur in een betrokken gemeenschap.',
        'someone was in contact with a key figure in an affected community.',
      ),
      origin: 'report',
      reportQuestion: 4,
      text: t(
        'Hebben jullie afgesproken hoe de gemeente of gemeenten contact houden met sleutelfiguren in de betrokken gemeenschappen?',
        'Have you agreed how the municipality or municipalities keep in contact with key figures in the affected communities?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt hoe goed het contact van de gemeente met sleutelfiguren is. De niveaus meten de gezamenlijke afspraak over dat contact, niet hoe goed het is (keuze van de checklist). Het rapport noemt het onderhouden van contact met sleutelfiguren in de moslimgemeenschap belangrijk. Een netwerk in gemeenschappen met andere vormen van radicalisering en extremisme is volgens het rapport net zo belangrijk (§1.1).',
        'Adapted question: the report asks how good the municipality’s contact with key figures is. The levels measure the joint agreement on that contact, not how good it is (the checklist’s choice). The report says maintaining contact with key figures in the Muslim community is important. According to the report, a network in communities with other forms of radicalisation and extremism matters just as much (§1.1).',
      ),
      rules: [
        t(
          'Een gemeenschap is ‘betrokken’ als iemand die erbij hoort, in jullie gebied radicaliseert of extremistisch is. Denk aan de bezoekers van een gebedshuis, een sportclub of een online groep. Alleen contact met sleutelfiguren in een betrokken gemeenschap telt voor het niveau. Weten de partners, uit meldingen, casussen of het veiligheidsbeeld, van geen geval in die gemeenschap? Dan is die niet betrokken (keuze van de checklist).',
          'A community counts as ‘affected’ if someone from it is radicalising or extremist in your area. Examples are the congregation of a place of worship, a sports club or an online group. Only contact with key figures in an affected community counts for the level. If the partners know of no such case there from reported signals, cases or the security analysis, it is not affected (the checklist’s choice).',
        ),
        t(
          'Onderhoudt een andere partner het contact namens of samen met de gemeente, en staat dat in de afspraak? Dan telt dat ook.',
          'If another partner keeps the contact on behalf of or together with the municipality, and the agreement says so, that counts too.',
        ),
        t(
          'Zegt een tekst alleen met welke sleutelfiguren contact nodig is? Dan regelt die hier niets. Die tekst hoort bij de vraag welke sleutelfiguren kunnen helpen signaleren.',
          'If a text says only with which key figures contact is needed, it covers nothing here. That text belongs under the question on which key figures can help spot signals.',
        ),
      ],
      doubts: [
        t(
          'Een betrokken gemeenschap kan een concrete groep zijn, zoals de bezoekers van één moskee. Het kan ook een bredere gemeenschap zijn, zoals de moslimgemeenschap die het rapport noemt (§1.1). Die is betrokken als iemand in jullie gebied radicaliseert met een beroep op dat geloof, zoals bij jihadisme (keuze van de checklist).',
          'An affected community can be a concrete group, such as the congregation of one mosque. It can also be a wider community, such as the Muslim community the report names (§1.1). That wider community is affected if someone in your area radicalises invoking its faith, as in jihadism (the checklist’s choice).',
        ),
        t(
          'Een melding over iemand uit de gemeenschap maakt die gemeenschap betrokken, ook als de weging niet tot een casus leidde. Was de gemeenschap ergens in de periode betrokken? Dan telt elk contact in die periode, ook van vóór die melding (keuze van de checklist).',
          'A reported signal about someone from the community makes that community affected, even if the assessment did not lead to a case. If the community was affected at any time in the period, every contact in the period counts, including one before that signal (the checklist’s choice).',
        ),
      ],
    },
    {
      id: 'sig-veiligheidsbeeld',
      activity: t(
        'iemand bepaalde met welke gemeenschap contact met sleutelfiguren nodig was.',
        'someone decided in which community contact with key figures was needed.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken hoe jullie kiezen met welke gemeenschappen contact met sleutelfiguren nodig is?',
        'Have you agreed how you choose the communities where contact with key figures is needed?',
      ),
      help: t(
        'Een hulpmiddel daarbij kan een kwalitatief veiligheidsbeeld zijn. Zo’n beeld laat zien welke vormen van polarisatie en extremisme lokaal spelen (uitleg van de checklist). DSP noemt zo’n beeld als hulp bij beleid over polarisatie, radicalisering en extremisme: het helpt prioriteiten te stellen (hoofdstuk 3).',
        'One aid for this can be a qualitative security analysis. Such an analysis shows which forms of polarisation and extremism occur locally (the checklist’s explanation). DSP names such an analysis as an aid to policy on polarisation, radicalisation and extremism: it helps to set priorities (chapter 3).',
      ),
      rules: [
        t(
          'Bij deze vraag telt het deel van de afspraak dat zegt hoe jullie de gemeenschappen kiezen. Een kwalitatief veiligheidsbeeld is daarbij een hulpmiddel, geen eis.',
          'For this question, what counts is the part of the agreement that says how you choose the communities. A qualitative security analysis is a help here, not a requirement.',
        ),
        t(
          'Bespreken alle partners op vaste momenten een nieuwe versie van het document waarin deze afspraak staat, zoals het veiligheidsbeeld? Dan is dat een terugblik, ook als het vooral over de gekozen gemeenschappen gaat.',
          'This agreement may be in a document such as the security analysis. If all partners discuss a new version of that document at set times, that is a review. This applies even if it is mostly about the chosen communities.',
        ),
        t(
          'Werken jullie met oude contacten? Blijkt ergens, zoals in een overdrachtsnotitie, dat iemand toen koos met welke gemeenschap contact nodig was? Dan telt die keuze voor niveau 1 en 2. Weet niemand meer of dat ooit is besloten? Dan niet.',
          'Suppose you work with old contacts. If something, such as a handover note, shows that someone then chose which community needed contact, that choice counts at levels 1 and 2. If nobody knows whether that was ever decided, it does not.',
        ),
      ],
      basis: t(
        'hoofdstuk 3 en §1.1: DSP biedt in hoofdstuk 3 steun aan bij beleid over polarisatie (als mogelijke voedingsbodem), radicalisering en extremisme. Daar hoort een kwalitatief veiligheidsbeeld bij om prioriteiten te stellen. Het rapport stelt zo’n beeld niet als eis. Volgens §1.1 is het voor veel organisaties niet duidelijk om welke gemeenschappen het gaat. De vraag is een eigen toevoeging.',
        'Chapter 3 and §1.1: in chapter 3, DSP offers support with a policy on polarisation (as a possible breeding ground), radicalisation and extremism. This includes a qualitative security analysis to set priorities. The report does not make such an analysis a requirement. §1.1 finds that for many organisations it is not clear which communities are involved. The question is the checklist’s own addition.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sig-sleutelfiguren-kaart',
      title: t('Gemeenschappen en sleutelfiguren in kaart brengen', 'Map communities and key figures'),
      description: t(
        'Breng samen met de partners in kaart in welke gemeenschappen lokaal vormen van radicalisering en extremisme voorkomen. Noteer wie daar sleutelfiguren zijn (voorstel van de checklist).',
        'With the partners, map in which local communities forms of radicalisation and extremism occur. Note who the key figures there are (the checklist’s suggestion).',
      ),
    },
    {
      id: 'sig-sleutelfiguren-netwerk',
      title: t('Netwerk van sleutelfiguren verbreden', 'Broaden the network of key figures'),
      description: t(
        'Bouw contact op met sleutelfiguren in gemeenschappen waar lokaal radicalisering of extremisme voorkomt en waar jullie nog geen contacten hebben. Spreek af wie dat contact onderhoudt, als de partners dat nodig vinden (voorstel van de checklist).',
        'Build contact with key figures in communities where radicalisation or extremism occurs locally and the network does not reach yet. Agree who maintains that contact, if the partners consider that necessary (the checklist’s suggestion).',
      ),
    },
    {
      id: 'sig-veiligheidsbeeld-opstellen',
      title: t('Kwalitatief veiligheidsbeeld opstellen', 'Draw up a qualitative security analysis'),
      description: t(
        'Stel met de partners een kwalitatief veiligheidsbeeld op van polarisatie, radicalisering en extremisme in de gemeente of regio. Gebruik het om prioriteiten te stellen in beleid en netwerk. Dit is een voorstel van de checklist; DSP biedt hierbij steun aan (hoofdstuk 3).',
        'With the partners, draw up a qualitative security analysis of polarisation, radicalisation and extremism in the municipality or region. Use it to set priorities for policy and the network. This is the checklist’s suggestion; DSP offers support with it (chapter 3).',
      ),
    },
  ],
};
