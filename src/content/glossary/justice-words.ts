import type { GlossaryTerm } from '../types';
import { t } from '../text';

// Words of criminal justice and the state that the report uses in passing (detention, supervision, investigation,
// nationality): what the checklist means by them. After LAW_AND_RECORDS in reading order.
export const JUSTICE_WORDS: GlossaryTerm[] = [
  {
    id: 'voorlopige-hechtenis',
    ref: '1.6',
    term: t('Voorlopige hechtenis', 'Pre-trial detention (voorlopige hechtenis)'),
    definition: t(
      'Vastzitten in afwachting van de strafzaak, op bevel van de rechter (uitleg van de checklist). Het rapport noemt het bij de voorbereiding op een mogelijke vrijlating.',
      'Being held while awaiting trial, by order of a court (the checklist’s explanation). The report mentions it when partners prepare for a possible release.',
    ),
  },
  {
    id: 'toezicht',
    ref: 'checklist',
    term: t('Toezicht', 'Supervision'),
    definition: t(
      'Hier: het toezicht van de reclassering op iemand die zich aan voorwaarden moet houden. Het gaat bijvoorbeeld om toezicht bij een voorwaardelijke straf of na detentie (uitleg van de checklist).',
      'Here: the probation service’s supervision of someone who must keep to conditions. Examples are supervision under a suspended sentence or after release from detention (the checklist’s explanation).',
    ),
  },
  {
    id: 'strafrechtelijk-onderzoek',
    ref: '1.4',
    term: t('Strafrechtelijk onderzoek', 'Criminal investigation'),
    definition: t(
      'Onderzoek van politie en OM naar een mogelijk strafbaar feit (uitleg van de checklist). Volgens het rapport mag notificeren worden uitgesteld als het zo’n onderzoek kan verstoren (§1.4). Loopt er zo’n onderzoek, dan kunnen OM of politie niet alle informatie delen (§2.2).',
      'An investigation by the police and the OM into a possible criminal offence (the checklist’s explanation). According to the report, notification may be postponed if it could disrupt such an investigation (§1.4). While one is under way, the OM or the police cannot share all information (§2.2).',
    ),
  },
  {
    id: 'nederlanderschap',
    ref: '1.6',
    term: t('Nederlanderschap', 'Dutch nationality (Nederlanderschap)'),
    definition: t(
      'Het hebben van de Nederlandse nationaliteit (uitleg van de checklist). Het rapport noemt het intrekken ervan bij procedures buiten de PGA (§1.6).',
      'Holding Dutch nationality (the checklist’s explanation). The report mentions revoking it among procedures outside the PGA (§1.6).',
    ),
  },
];
