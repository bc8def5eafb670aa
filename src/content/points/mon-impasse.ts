import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const UNSETTLED = t(
  '§1.7: omdat niet duidelijk is vastgesteld wat er bij een impasse moet gebeuren, vinden professionals een besluit lastig.',
  '§1.7: because it has not been clearly established what should happen at an impasse, professionals find it hard to decide.',
);
const AGREE = t(
  '§1.3: afspraken over het besluit in zo’n situatie ontbreken vaak. Volgens het rapport kunnen ze helpen voorkomen dat casussen langdurig in de PGA blijven. Het rapport kiest zelf voor monitoren (§1.7). Het niveau meet niet of jullie afspraak die lijn volgt (keuze van de checklist).',
  '§1.3: agreements on the decision in such a situation are often missing. According to the report, they can help prevent cases from staying in the PGA for a long time. The report itself opts for monitoring (§1.7). The level does not measure whether your agreement follows that line (the checklist’s choice).',
);
const POSITION = t(
  '§1.7: volgens het rapport zou zo’n casus in feite naar monitoren moeten. Dat kan een laatste poging zijn, bijvoorbeeld om contact te krijgen, of de casus nog een aantal weken volgen en dan besluiten over afsluiten. Verandert er niets, dan moet de casus worden afgesloten.',
  '§1.7: in the report’s view such a case should in fact move to monitoring. That can mean a last attempt, for example to make contact, or following the case for a number of weeks and then deciding on closure. If nothing changes, the case must be closed.',
);

export const monImpasse: AttentionPoint = {
  id: 'mon-impasse',
  ref: '1.7',
  title: t('Casussen in een impasse', 'Cases at an impasse'),
  summary: t(
    'Regelmatig gaat een casus lange tijd niet vooruit en niet achteruit. Er komt lang (denk aan maanden) niets nieuws binnen, en er zijn geen interventies meer mogelijk. Dat gebeurt bijvoorbeeld als drie dingen samen gelden. De betrokkene weigert of vermijdt elk contact. Op de leefgebieden verandert bijna niets. En er zijn geen nieuwe signalen dat de betrokkene radicaler gaat denken en meer bereid wordt om geweld te gebruiken. Partners grijpen dan vaak terug op oudere informatie.\n\nHet rapport vraagt zich af wat de PGA dan nog toevoegt, als er geen interventies meer mogelijk zijn en niets wijst op verslechtering (§1.3). Omdat niet duidelijk is vastgesteld wat er dan moet gebeuren, is een besluit lastig. Sommige partners willen doorgaan, uit angst iets te missen. Anderen zien geen meerwaarde meer in actief bespreken. Zij willen naar monitoren gaan, om dan te beslissen of de casus kan worden afgesloten.\n\nHet rapport kiest zelf een lijn: zo’n casus zou in feite naar monitoren moeten. Monitoren kan dan betekenen: een laatste poging, bijvoorbeeld om contact te krijgen. Of de casus nog een aantal weken volgen en dan besluiten over afsluiten. Verandert er niets, dan moet de casus worden afgesloten. Het rapport beschrijft deze situatie ook al bij duiden (§1.3).',
    'Cases frequently show neither progress nor decline for a long time. No new information comes in for a long time (months, for example), and the options for intervention have run out. This happens, for example, when all three of these apply. The person refuses or avoids all contact. Their circumstances in the areas of life hardly change. And there are no new signals that their views are becoming more radical and that they are more willing to use violence. Partners then often fall back on older information.\n\nThe report asks what the PGA still adds then, if no interventions are possible and nothing points to a decline (§1.3). Because nobody has clearly established what should happen in such cases, decisions are hard to take. Some partners want to carry on, for fear of missing something. Others see no more value in active discussion. They want to move to monitoring, so as to decide whether the case can be closed.\n\nThe report itself takes a view: such a case should in fact move to monitoring. Monitoring can then mean a last attempt, for example to make contact. Or it can mean following the case for a number of weeks and then deciding on closure. If nothing changes, the case must be closed. The report also describes this situation under interpretation (§1.3).',
  ),
  ...ladder({
    topic: t('het besluit bij een impasse', 'the decision at an impasse'),
    scope: t(
      'wat het casusoverleg besluit over een casus in een impasse. Het rapport kiest voor monitoren. Dat kan een laatste poging zijn, bijvoorbeeld om contact te krijgen, of de casus nog een aantal weken volgen (§1.7). Een impasse of vastgelopen casus: lang (denk aan maanden) geen voor- of achteruitgang, en geen nieuwe informatie. Ook is er geen interventie meer mogelijk (zie ‘Impasse’ in de begrippenlijst). De vraag wanneer de casus daarna wordt afgesloten, hoort bij ‘Monitoren: wat het is en wat jullie erover afspreken’. Bij dit punt hoort ook hoe jullie besluiten als partners het oneens zijn (keuze van de checklist).',
      'what the case meeting decides about a case at an impasse. The report favours monitoring. That can mean a last attempt, for example to make contact, or following the case for a number of weeks (§1.7). An impasse, or stalled case: no progress or decline for a long time (months, for example), and no new information. In addition, no intervention is left (see ‘Impasse’ in the glossary). The question of when the case is then closed belongs under ‘Monitoring: what it is and what you agree on’. This point also covers how you decide when partners disagree (the checklist’s choice).',
    ),
    review: t('er bij een impasse op tijd besloten wordt', 'stalled cases get a decision in time'),
    // Level 4 rests on the agreement itself, whatever it decides: the report’s example is in the scope and help.
    basis: [UNSETTLED, UNSETTLED, AGREE, AGREE],
  }),
  questions: [
    {
      id: 'mon-impasse-afspraak',
      activity: t(
        'het casusoverleg besloot wat het met een vastgelopen casus zou doen, bijvoorbeeld monitoren. Een voorstel telt niet.',
        'the case meeting decided what to do with a stalled case, for example monitoring. A proposal does not count.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken welk besluit jullie nemen over een casus in een impasse?',
        'Have you agreed what you decide when a case reaches an impasse?',
      ),
      help: t(
        'Een impasse: lang (denk aan maanden) geen voor- of achteruitgang, geen nieuwe informatie en geen interventies meer mogelijk. Het rapport kiest bij een impasse voor monitoren (§1.7). Let op: een hoog niveau zegt alleen dat jullie afspraak alles regelt, op papier staat en wordt gevolgd. Het zegt niet dat jullie voor monitoren kiezen. Dat raadt het rapport wel aan.',
        'An impasse: no progress or decline for a long time (months, for example), no new information and no options left for intervention. In the report’s view, a case at an impasse should move to monitoring (§1.7). Note: a high level says only that your agreement covers everything, is in writing and is followed. It does not say that you opt for monitoring. The report does advise that.',
      ),
      rules: [
        t(
          'De afspraak regelt alles als die zegt welk besluit jullie bij een impasse nemen, zoals ‘bij een impasse gaat de casus naar monitoren’. Dat geldt ook als die twee of meer besluiten noemt waaruit jullie kiezen. Noemt die maar één besluit dat mag, zoals ‘bij een impasse kan de casus naar monitoren’? Of zegt die alleen dat jullie besluiten óf de casus naar monitoren gaat? Dan regelt die een deel (keuze van de checklist).',
          'The agreement covers everything if it says what you decide at an impasse, such as ‘at an impasse the case moves to monitoring’. The same applies if it names two or more decisions to choose from. Suppose it names only one permitted decision, such as ‘at an impasse the case may move to monitoring’. Or suppose it says only that you decide whether the case moves to monitoring. In either case, it covers part (the checklist’s choice).',
        ),
        t(
          'Een bepaling over hoe het casusoverleg in het algemeen besluit, zoals ‘bij geen overeenstemming beslist de voorzitter’, telt alleen bij de volgende vraag.',
          'A provision on how the case meeting decides in general, such as ‘without consensus the chair decides’, counts only under the next question.',
        ),
        t(
          'N.v.t. past alleen als er de afgelopen twee jaar geen casus in een impasse was.',
          'N/A applies only if no case was at an impasse in the past two years.',
        ),
      ],
      doubts: [
        t(
          'Bij deze vraag telt als afwijking alleen een ander besluit dan afgesproken, of een besluit op een moment dat de afspraak niet toestaat. Dat laatste geldt ook als er na een uiterste termijn uit de afspraak nog geen besluit is. Welk moment de afspraak toestaat, staat bij ‘Wat een afwijking is’. In welke volgorde jullie het besluit uitvoerden, telt hier niet.',
          'For this question, the only departures are a decision other than the agreed one, or a decision at a time the agreement does not allow. The latter also applies if no decision has been taken when a deadline in the agreement has passed. ‘What a departure is’ says which times an agreement allows. The order in which you carried out the decision does not count here.',
        ),
        t(
          'Zegt de afspraak alleen wie bij een impasse besluit? Dan regelt die hier niets, zoals bij elke vraag naar wat jullie besluiten.',
          'If the agreement says only who decides at an impasse, it covers nothing here, as with any question on what you decide.',
        ),
        t(
          'Noemt de afspraak een besluit, en laat die jullie verder alleen kiezen hoe de casus gemonitord wordt? Een voorbeeld is ‘met of zonder een laatste poging tot contact’. Dan is die keuze geen ander besluit (zie de regel over wanneer de afspraak alles regelt).',
          'Suppose the agreement names a decision and otherwise lets you choose only how the case is monitored. An example is ‘with or without a last attempt at contact’. That choice is not another decision (see the rule on when the agreement covers everything).',
        ),
        t(
          'Een zin die alleen zegt dat de gemeente de regie heeft, zegt niet wie besluit.',
          'A sentence that only says the municipality has the lead role does not say who decides.',
        ),
        t(
          'Komen er nieuwe zorgelijke signalen, en trekt het casusoverleg daar samen een conclusie uit, bijvoorbeeld in het verslag? Dan tellen ze als nieuwe informatie (zie ook §1.7 bij monitoren). Signalen die alleen zijn gemeld, zonder gezamenlijke conclusie, tellen niet. Een signaal met een gezamenlijke conclusie telt ook als de partner die het meldt, het wettelijk niet mag toelichten.',
          'Suppose new worrying signals come in and the case meeting draws a conclusion from them together, for example in the minutes. They then count as new information (see also §1.7 on monitoring). Signals that are only passed on, without a joint conclusion, do not count. A signal with a joint conclusion counts even if the law bars the partner who passes it on from explaining it.',
        ),
        t(
          'Gaat een bepaling over een casus waarin geen interventie meer mogelijk is, of waarin bespreken niets meer toevoegt? Dan gaat die bepaling over een impasse, ook als het woord ‘impasse’ er niet in staat.',
          'A provision about a case where no intervention is possible any more, or where discussing it adds nothing, is about an impasse. That is so even if it does not use the word.',
        ),
      ],
      basis: POSITION,
    },
    {
      id: 'mon-impasse-besluit',
      activity: t(
        'het casusoverleg besloot over een impasse terwijl partners er verschillend over dachten. Een voorstel telt niet.',
        'the case meeting decided on an impasse while partners differed about it. A proposal does not count.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken hoe jullie besluiten als partners het oneens zijn over een casus in een impasse?',
        'Have you agreed how you decide when partners disagree about a case at an impasse?',
      ),
      rules: [
        t(
          'Een zin die alleen zegt dat de gemeente of de burgemeester de regie heeft, zegt niet wie besluit als partners het oneens zijn. Ook ‘het casusoverleg besluit zoveel mogelijk in overeenstemming’ zegt niet wat er gebeurt als dat niet lukt, en regelt dus niets. Ook ‘besluit in overeenstemming’ zonder meer zegt dat niet.',
          'A sentence that only says the municipality or the mayor has the lead role (regie) does not say who decides when partners disagree. Nor does ‘the case meeting decides by consensus where possible’ say what happens when that fails, so it covers nothing. Nor does ‘decides by consensus’ on its own.',
        ),
        t(
          'N.v.t. past alleen als partners het de afgelopen twee jaar nooit oneens waren over een casus in een impasse.',
          'N/A applies only if partners never disagreed about a case at an impasse in the past two years.',
        ),
      ],
      basis: t(
        '§1.7: sommige partners willen doorgaan uit angst iets te missen; andere willen naar monitoren.',
        '§1.7: some partners want to carry on for fear of missing something; others want to move to monitoring.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'mon-impasse-protocol',
      title: t('Werkwijze voor casussen in een impasse', 'A procedure for cases at an impasse'),
      description: t(
        'Leg vast wanneer een casus als impasse geldt en wat dan volgt (voorstel van de checklist). Het rapport noemt als voorbeeld een laatste poging, zoals om contact te krijgen, of de casus nog een aantal weken volgen. Daarna wordt besloten over afsluiten (§1.7).',
        'Write down when a case counts as an impasse and what follows (the checklist’s suggestion). The report gives as examples a last attempt, such as to make contact, or following the case for a number of weeks. After that, closure is decided (§1.7).',
      ),
    },
  ],
};
