import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const UNSETTLED = t(
  '§1.7: omdat niet is vastgesteld wat er bij een impasse moet gebeuren, vinden professionals een besluit lastig.',
  '§1.7: because it is not settled what should happen at an impasse, professionals find it hard to decide.',
);
const AGREE = t(
  '§1.3 en §1.7: afspraken over zo’n situatie ontbreken vaak; ze helpen voorkomen dat casussen onnodig lang in de PGA blijven.',
  '§1.3 and §1.7: agreements on such a situation are often missing; they help prevent cases staying in the PGA longer than needed.',
);
const EXAMPLE = t(
  '§1.7: bijvoorbeeld een laatste poging tot contact, of de casus nog een aantal weken volgen en dan besluiten.',
  '§1.7: for example a last attempt at contact, or following the case for a number of weeks and then deciding.',
);

export const monImpasse: AttentionPoint = {
  id: 'mon-impasse',
  ref: '1.7',
  title: t('Casussen in een impasse', 'Cases at an impasse'),
  summary: t(
    'Regelmatig is er in een casus lange tijd voor- noch achteruitgang. Maandenlang komt er niets nieuws binnen, en er valt niets meer in te zetten. Dat gebeurt bijvoorbeeld als iemand elk contact weigert. Partners grijpen dan vaak terug op oudere informatie. Omdat niet is vastgesteld wat er dan moet gebeuren, is een besluit lastig. Sommige partners willen doorgaan, uit angst iets te missen. Anderen zien geen meerwaarde meer in actief bespreken en willen naar monitoren. Het rapport noemt de impasse ook bij duiden (§1.3); deze checklist telt haar één keer, hier.',
    'Cases regularly show neither progress nor decline for a long time. No new information comes in for months, and the options for intervention have run out. This happens, for example, when someone refuses all contact. Partners then often fall back on older information. Because it is not settled what should happen then, deciding is hard. Some partners want to carry on, for fear of missing something. Others see no more value in active discussion and want to move to monitoring. The report also mentions the impasse under interpretation (§1.3); this checklist counts it once, here.',
  ),
  rubric: rubric(
    lv(
      t(
        'Er is niet vastgesteld wat er gebeurt met een casus in een impasse.',
        'It has not been settled what happens to a case at an impasse.',
      ),
      UNSETTLED,
    ),
    lv(
      t(
        'Bij een impasse zoeken de aanwezigen per casus naar een besluit, zonder gedeelde lijn.',
        'At an impasse, those present look for a decision case by case, without a shared line.',
      ),
      UNSETTLED,
    ),
    lv(
      t(
        'De partners hebben afgesproken wat er bij een impasse gebeurt, maar die afspraak staat niet op papier.',
        'The partners have agreed what happens at an impasse, but the agreement is not written down.',
      ),
      AGREE,
    ),
    lv(
      t(
        'De afspraak staat op papier, met een termijn waarna een besluit valt; casusverslagen laten zien dat zij is toegepast.',
        'The agreement is written down, with a period after which a decision is taken; case records show it was applied.',
      ),
      EXAMPLE,
    ),
    lv(
      t(
        'De partners bekijken op vaste momenten hoe impasses zijn afgelopen, en passen de afspraak aan.',
        'The partners review at set times how impasses ended, and adjust the agreement.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'mon-impasse-afspraak',
      origin: 'derived',
      text: t(
        'Hebben jullie vastgesteld wat er gebeurt met een casus waarin lang niets verandert en interventies niet meer mogelijk zijn?',
        'Have you settled what happens to a case in which nothing changes for a long time and interventions are no longer possible?',
      ),
      basis: AGREE,
    },
    {
      id: 'mon-impasse-besluit',
      origin: 'derived',
      text: t(
        'Kunnen jullie bij een impasse samen tot een besluit komen, ook als partners er verschillend over denken?',
        'At an impasse, can you reach a decision together, even when partners think differently about it?',
      ),
      basis: t(
        '§1.7: de ene partner wil doorgaan uit angst iets te missen, de andere wil naar monitoren.',
        '§1.7: one partner wants to carry on for fear of missing something, another wants to move to monitoring.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'mon-impasse-protocol',
      title: t('Werkwijze voor casussen in een impasse', 'A procedure for cases at an impasse'),
      description: t(
        'Leg vast wanneer een casus als impasse geldt en wat dan volgt. Bijvoorbeeld een laatste poging tot contact, of een afgesproken aantal weken volgen. Daarna wordt besloten over afsluiten.',
        'Write down when a case counts as an impasse and what follows. For example a last attempt at contact, or following it for an agreed number of weeks. After that, closure is decided.',
      ),
    },
  ],
};
