import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const OUTSIDE = t(
  '§1.6: procedures buiten de PGA, zoals een strafrechtelijk onderzoek, beïnvloeden de interventiemogelijkheden.',
  '§1.6: procedures outside the PGA, such as a criminal investigation, affect the options for intervention.',
);
const PREPARE = t(
  '§1.6: partners moeten zich bijvoorbeeld voorbereiden op een mogelijke vrijlating of een terugkeer uit het buitenland.',
  '§1.6: partners must, for example, prepare for a possible release or a return from abroad.',
);

export const intExtern: AttentionPoint = {
  id: 'int-extern',
  ref: '1.6',
  title: t('Procedures buiten de PGA', 'Procedures outside the PGA'),
  summary: t(
    'Betrokkenen zijn regelmatig ook in beeld bij de AIVD, of er loopt een strafrechtelijk onderzoek. Zulke procedures lopen buiten de PGA, en de partners hebben er geen directe invloed op. Toch raken ze de mogelijkheden voor interventies. Zo moeten partners zich voorbereiden op een mogelijke vrijlating. Een ander voorbeeld is iemand die in het buitenland is aangehouden: wanneer keert hij of zij terug? Het intrekken van het Nederlanderschap van mensen met een dubbele nationaliteit heeft veel invloed. Dat is een politieke keuze, bedoeld om de samenleving te beschermen. Partners zien de maatregel doorgaans als contraproductief: het proces duurt vaak jaren, en intussen starten interventies nauwelijks. Professionals vinden de maatregel ook discriminerend: terugkeerders krijgen na detentie geen kans hun leven weer op te bouwen, ook al werken ze vaak hard. Dat botst met het doel van rehabilitatie en re-integratie. Bovendien geldt de maatregel alleen bij een dubbele nationaliteit. Dat zijn niet per se de mensen met het grootste risico; volgens respondenten zijn mensen met alleen de Nederlandse nationaliteit soms zwaardere casussen. Het rapport zelf wijst erop dat (dreigende) intrekking kan leiden tot verharding en juist tot meer veiligheidsrisico’s, omdat iemand lang in onzekerheid wacht. En wie niet teruggaat of niet wordt teruggenomen, en geen recht meer heeft op voorzieningen, kan buiten beeld raken. Professionals zijn daar bang voor, en volgens het rapport blijkt uit recente berichten in het nieuws dat die angst gegrond is.',
    'People in the PGA are regularly also known to the AIVD, or a criminal investigation is under way. Such procedures run outside the PGA, and the partners have no direct influence on them. Yet they affect the options for intervention. Partners must, for example, prepare for a possible release. Another example is someone detained abroad: when will they return? Revoking the Dutch nationality of dual nationals has a major impact. That is a political choice, meant to protect society. Partners generally see the measure as counterproductive: the process often takes years, and meanwhile interventions hardly start. Professionals also find the measure discriminatory: even though returnees often work hard, after detention they lose the chance to rebuild their lives. That conflicts with the aim of rehabilitation and reintegration. Moreover, the measure applies only to dual nationals. They are not necessarily the people who pose the greatest risk; according to respondents, people with only Dutch nationality are sometimes the more serious cases. The report itself points out that (threatened) revocation can lead to hardening and in fact to higher security risks, because the person waits a long time in uncertainty. And someone who does not go back or is not taken back, and is no longer entitled to public services, may drop out of sight. Professionals fear this, and according to the report, recent news reports show that this fear is well founded.',
  ),
  rubric: ladder({
    topic: t('voorbereiden op vrijlating of terugkeer', 'preparing for a release or return'),
    none: t(
      'Geen enkele partner bereidt zich voor op een mogelijke vrijlating of terugkeer van iemand in de PGA.',
      'No partner prepares for a possible release or return of someone in the PGA.',
    ),
    some: t(
      'Wel bereiden een of meer partners zich voor op een vrijlating of terugkeer van iemand in de PGA.',
      'One or more partners do prepare for a release or return of someone in the PGA.',
    ),
    review: t(
      'wie bereidde wat voor, en was alles op tijd klaar?',
      'who prepared what, and was everything ready in time?',
    ),
    basis: [OUTSIDE, PREPARE, PREPARE, PREPARE],
  }),
  questions: [
    {
      id: 'int-extern-voorbereiden',
      origin: 'derived',
      text: t(
        'Zijn jullie voorbereid op de uitkomsten van procedures buiten de PGA, zoals een vrijlating of een terugkeer?',
        'Are you prepared for the outcomes of procedures outside the PGA, such as a release or a return?',
      ),
      help: t(
        'Het gaat om voorbereid zijn, binnen wat ieder mag delen. Een partner hoeft niets in te brengen wat hij wettelijk niet mag delen.',
        'This is about being prepared, within what each partner may share. No partner has to table anything it may not lawfully share.',
      ),
      basis: PREPARE,
    },
    {
      id: 'int-extern-intrekking',
      origin: 'derived',
      text: t(
        'Bespreken jullie per casus wat een (dreigende) intrekking van het Nederlanderschap betekent voor de aanpak?',
        'Do you discuss, case by case, what a (threatened) revocation of Dutch citizenship means for the approach?',
      ),
      basis: t(
        '§1.6: de intrekking heeft grote invloed op de interventiemogelijkheden. Het rapport geeft het doel van de maatregel en de bezwaren van partners; het stelt geen lokale afspraken voor. De vraag is een eigen toevoeging.',
        '§1.6: revocation has a large effect on the options for intervention. The report gives the aim of the measure and the partners’ objections; it proposes no local agreements. The question is the checklist’s own addition.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'int-extern-scenario',
      title: t('Voorbereiden op uitkomsten van procedures', 'Prepare for the outcomes of procedures'),
      description: t(
        'Spreek af hoe de partners zich voorbereiden op een mogelijke vrijlating of terugkeer, binnen wat ieder mag delen. Bijvoorbeeld: welke hulp klaarstaat en wie contact legt.',
        'Agree how the partners prepare for a possible release or return, within what each may share. For example: what support is ready and who makes contact.',
      ),
    },
  ],
};
