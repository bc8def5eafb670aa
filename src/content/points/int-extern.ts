import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const OUTSIDE = t(
  '§1.6: procedures buiten de PGA kunnen de interventiemogelijkheden beïnvloeden, bijvoorbeeld als iemand vastzit en nog niet duidelijk is of die vrijkomt.',
  '§1.6: procedures outside the PGA can affect the options for intervention. For example, someone may be detained while it is not yet clear whether they will be released.',
);
const PREPARE = t(
  '§1.6: partners moeten zich voorbereiden op een mogelijke vrijlating. Een terugkeer uit het buitenland noemt het rapport als ander voorbeeld.',
  '§1.6: partners must prepare for a possible release. The report gives a return from abroad as another example.',
);

export const intExtern: AttentionPoint = {
  id: 'int-extern',
  ref: '1.6',
  title: t('Procedures buiten de PGA', 'Procedures outside the PGA'),
  summary: t(
    'Een strafbaar feit is regelmatig de reden om met een PGA te beginnen. Betrokkenen zijn regelmatig ook in beeld bij de AIVD, of er loopt een strafrechtelijk onderzoek. Die procedures lopen buiten de PGA, en de partners hebben er geen directe invloed op. Toch kunnen die procedures beïnvloeden welke interventies mogelijk zijn. Regelmatig zit iemand vast: na een aanhouding, in afwachting van de strafzaak, of omdat die een straf uitzit. Soms is onduidelijk of de voorlopige hechtenis wordt verlengd. Partners moeten zich dan voorbereiden op een mogelijke vrijlating. Een ander voorbeeld is iemand die in het buitenland is aangehouden, van wie niet duidelijk is wanneer die terugkomt en wat er dan gebeurt.\n\nOok het intrekken van het Nederlanderschap bij mensen met een dubbele nationaliteit heeft veel invloed. Het is een politieke keuze. Het argument ervoor is dat de maatregel de samenleving beschermt. Het rapport geeft vooral de bezwaren van partners en professionals weer. Partners vinden doorgaans dat de maatregel averechts werkt, omdat het proces vaak jaren duurt. Al die tijd komen interventies niet of nauwelijks op gang. Zo krijgt iemand bijvoorbeeld geen voorrang bij een huurwoning (urgentie), omdat intrekking dreigt. Professionals vinden de maatregel ook discriminerend: terugkeerders werken vaak hard, maar krijgen na detentie geen kans hun leven in Nederland weer op te bouwen. Bij die bezwaren staat in het rapport dat de maatregel botst met het doel van rehabilitatie en re-integratie na detentie.\n\nHet rapport noemt nog meer bezwaren. De maatregel geldt alleen bij een dubbele nationaliteit, terwijl die mensen niet per se het grootste risico vormen. Volgens mensen met wie de onderzoekers spraken, gaat het bij mensen met alleen de Nederlandse nationaliteit soms om ‘zwaardere casussen’. Ook kan (dreigende) intrekking leiden tot verharding tegenover de Nederlandse samenleving. Dat kan de veiligheidsrisico’s juist vergroten, omdat iemand lang in onzekerheid wacht. Gaat iemand na de intrekking niet naar het land van de andere nationaliteit, of neemt dat land hem of haar niet terug? En heeft die persoon geen recht meer op sociale voorzieningen? Dan kan hij of zij uit beeld raken bij de overheid. Professionals zijn daar bang voor; volgens het rapport liet recent nieuws zien dat die angst terecht is.',
    'A criminal offence is frequently the reason to start a PGA. People in the PGA are frequently also known to the AIVD, or a criminal investigation is under way. Those procedures run outside the PGA, and the partners have no direct influence on them. Yet those procedures can affect which interventions are possible. Frequently, someone is detained: after an arrest, awaiting trial, or serving a sentence. Sometimes it is unclear whether the pre-trial detention will be extended. Partners must then prepare for a possible release. Another example is someone detained abroad, for whom it is unclear when they will return and what will happen then.\n\nRevoking the Dutch nationality of dual nationals also has a major impact. It is a political choice, justified by the argument that the measure protects society. The report mainly sets out the objections of partners and professionals. Partners generally see the measure as counterproductive, because the process often takes years. Meanwhile, interventions hardly get started, if at all. For example, someone is not granted priority for a rented home (‘urgentie’) because revocation is threatened. Professionals also find it discriminatory: returnees lose the chance to rebuild their lives in the Netherlands after detention, even though they often work hard. Among these objections, the report notes that the measure runs counter to the aim of rehabilitation and reintegration after detention.\n\nThe report names further objections. The measure applies only to people with dual nationality, who do not necessarily pose the greatest risk. According to people the researchers spoke with, cases of people with only Dutch nationality are sometimes ‘more serious’. (Threatened) revocation can also harden the person’s attitude towards Dutch society and raise security risks. The reason is the long wait in uncertainty. After revocation, the person might not go to the country of their other nationality, or that country might not take them back. If they are then also no longer entitled to social benefits and services, they may drop out of the authorities’ sight. Professionals fear this; according to the report, recent news showed that this fear is justified.',
  ),
  ...ladder({
    topic: t('de voorbereiding op vrijlating of terugkeer', 'preparing for release or return'),
    scope: t(
      'hoe de partners zich voorbereiden op een vrijlating (§1.6). Dat geldt ook voor iemand die in het buitenland vastzit en terugkomt. Ook hoort erbij of de voorbereiding rekening houdt met een (dreigende) intrekking van het Nederlanderschap. Dat de intrekking bij het onderwerp hoort, is een keuze van de checklist, op basis van §1.6. Een lopend strafrechtelijk onderzoek of een belang van de AIVD valt hier niet onder (keuze van de checklist). Wat een partner daardoor niet kan delen, hoort bij ‘Duidelijkheid over gegevensdeling’.',
      'how the partners prepare for a release (§1.6). This also covers someone detained abroad who returns. It also covers whether the preparation takes a (threatened) revocation of Dutch nationality into account. Including the revocation in the topic is the checklist’s choice, based on §1.6. A running criminal investigation or an AIVD interest is not covered here (the checklist’s choice). What a partner cannot share because of it belongs under ‘Clarity on information sharing’.',
    ),
    review: t('de voorbereiding op tijd klaar is', 'the preparation is ready in time'),
    basis: [OUTSIDE, PREPARE, PREPARE, PREPARE],
    agreementIsChoice: true,
  }),
  questions: [
    {
      id: 'int-extern-voorbereiden',
      activity: t(
        'een partner bereidde zich voor op de vrijlating of terugkeer van iemand in de PGA.',
        'a partner prepared for the release or return of someone in the PGA.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken hoe de partners zich voorbereiden op een vrijlating of een terugkeer uit het buitenland?',
        'Have you agreed how the partners prepare for a release or a return from abroad?',
      ),
      help: t(
        'Het gaat erom dat jullie voorbereid zijn. Elke partner deelt daarbij alleen wat die mag delen. Een partner hoeft niets in te brengen wat die wettelijk niet mag delen.',
        'What matters is being prepared; each partner shares only what it is allowed to share. No partner has to bring up anything it may not lawfully share.',
      ),
      rules: [
        t(
          'Plant de afspraak, of een plan dat het casusoverleg vaststelde, zelf een taak op of na de dag van vrijlating of terugkeer? Bijvoorbeeld een eerste gesprek na de vrijlating. Dan is die taak geen voorbereiding, en telt die bij deze vraag niet mee. Gaat een andere taak in die afspraak of dat plan over de vrijlating of terugkeer? Dan is die taak wel voorbereiding, ook zonder datum. Beide zijn een keuze van de checklist.',
          'Suppose the agreement, or a plan adopted by the case meeting, itself schedules a task on or after the day of release or return. An example is a first meeting after release. Then that task is not preparation and does not count under this question. If another task in that agreement or plan concerns the release or return, it is preparation, even without a date. Both are the checklist’s choice.',
        ),
        t(
          'Regelt de afspraak alleen vrijlating of alleen terugkeer, dan regelt die een deel. Ging het de afgelopen twee jaar alleen om vrijlating, of alleen om terugkeer? Dan is een afspraak daarover genoeg.',
          'If the agreement covers only release or only return, it covers part. If only one of the two was at issue in the past two years, an agreement on that one is enough.',
        ),
        t(
          'N.v.t. past alleen als er de afgelopen twee jaar geen vrijlating of terugkeer van iemand in de PGA speelde. Een vrijlating of terugkeer telt alleen mee als de persoon in de PGA zat op een van drie momenten. Die momenten zijn: de vrijlating of terugkeer zelf, de tijd waarin een partner zich erop voorbereidde, en het besluit waardoor die niet doorging. Zo’n besluit is bijvoorbeeld dat de rechter de voorlopige hechtenis verlengt (§1.6).',
          'N/A applies only if no release or return of anyone in the PGA was at issue in the past two years. A release or return counts only if the person was in the PGA at one of three moments. These are: when it happened, while a partner was preparing for it, or when a decision meant it did not go ahead. An example of such a decision is a court extending pre-trial detention (§1.6).',
        ),
      ],
      doubts: [
        t(
          'Een taak om een vrijlating of terugkeer voor te bereiden, moet vóór die vrijlating of terugkeer gebeuren, ook als de afspraak geen termijn noemt.',
          'A task to prepare for a release or return must be done before that release or return, even if the agreement names no time limit.',
        ),
      ],
      basis: PREPARE,
    },
    {
      id: 'int-extern-intrekking',
      activity: t(
        'een partner noemde bij vrijlating of terugkeer een (dreigende) intrekking van het Nederlanderschap.',
        'at a release or return, a partner raised a (threatened) revocation of Dutch nationality.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken hoe jullie bij een vrijlating of terugkeer rekening houden met een (dreigende) intrekking van het Nederlanderschap?',
        'Have you agreed how, at a release or return, you take account of a (threatened) revocation of Dutch nationality?',
      ),
      help: t(
        'Wat het rapport over de maatregel zegt, staat in de samenvatting van dit punt.',
        'What the report says about the measure is in this point’s summary.',
      ),
      rules: [
        t(
          'N.v.t. past alleen als er de afgelopen twee jaar bij geen enkele vrijlating of terugkeer een (dreigende) intrekking speelde. Dat jullie elke keer nagingen of die speelde, maakt dat niet anders. Alleen een vrijlating of terugkeer die bij de vorige vraag meetelt, telt hier mee.',
          'N/A applies only if no release or return in the past two years involved a (threatened) revocation. Having checked for one each time does not change this. Only a release or return that counts for the previous question counts here.',
        ),
        t(
          'Een intrekking telt alleen als die speelde op een moment dat bij de vorige vraag meetelt (keuze van de checklist). Dat is toen een partner zich voorbereidde op de vrijlating of terugkeer, of toen die gebeurde of niet doorging. Was het Nederlanderschap toen al ingetrokken? Dan speelde de intrekking ook.',
          'A revocation counts only if it played a part at a moment that counts for the previous question (the checklist’s choice). That is while a partner was preparing for the release or return, or when that release or return happened or did not go ahead. If Dutch nationality had already been revoked by then, the revocation also played a part.',
        ),
        t(
          'Een intrekking speelde als er een procedure liep, of als die was aangekondigd. Alleen bespreken of die zou kunnen, is niet genoeg.',
          'A revocation played a part if a procedure was running or had been announced. Merely discussing whether one might come is not enough.',
        ),
      ],
      doubts: [
        t(
          'Wisten alleen partners ervan die het wettelijk niet mochten delen? Dan speelde de intrekking voor jullie niet mee.',
          'If the only partners who knew of the revocation were not allowed by law to share it, treat it as having played no part.',
        ),
      ],
      basis: t(
        '§1.6: de intrekking heeft grote invloed op de interventiemogelijkheden. Het rapport geeft het argument voor de maatregel en de bezwaren van partners; het stelt geen lokale afspraken voor. De vraag is een eigen toevoeging.',
        '§1.6: revocation has a large effect on the options for intervention. The report gives the argument for the measure and the partners’ objections; it proposes no local agreements. The question is the checklist’s own addition.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'int-extern-scenario',
      title: t('Voorbereiden op uitkomsten van procedures', 'Prepare for the outcomes of procedures'),
      description: t(
        'Spreek af hoe de partners zich voorbereiden op een mogelijke vrijlating of terugkeer, binnen wat ieder mag delen. Bijvoorbeeld: welke hulp klaarstaat en wie contact legt (voorstel van de checklist).',
        'Agree how the partners prepare for a possible release or return, within what each may share. For example: what support is ready and who makes contact (the checklist’s suggestion).',
      ),
    },
  ],
};
