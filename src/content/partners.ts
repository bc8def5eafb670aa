import type { Text } from './types';
import { t } from './text';

export type PartnerDomain = 'veiligheid' | 'sociaal' | 'other';

export interface PartnerRole {
  id: string;
  name: Text;
  domain: PartnerDomain;
}

// The usual partners around a PGA (§2.1 and §1.1), with the domain whose perspective they bring. Jeugdzorg and
// Onderwijs are the checklist's own additions: the report names neither, but tables often include them. The report
// sets the security domain (public order) beside the social domain (areas of life, the person as a client);
// the Zorg- en Veiligheidshuis hosts both, so it speaks for neither.
// The report names reclassering as a partner that brings in signals (§1.1) and as a user of VERA-2R (§1.2), and puts
// it in no domain. It supervises in the justice chain and guides the person as a client, so it carries both views:
// like the Zorg- en Veiligheidshuis it speaks for neither by default (round 10). PARTNER_NOTE says all of this to users.
export const PARTNER_ROLES: readonly PartnerRole[] = [
  {
    id: 'gemeente-oov',
    domain: 'veiligheid',
    name: t('Gemeente, openbare orde en veiligheid', 'Municipality, public order and safety'),
  },
  {
    id: 'gemeente-sociaal',
    domain: 'sociaal',
    name: t('Gemeente, sociaal domein', 'Municipality, social domain'),
  },
  { id: 'politie', domain: 'veiligheid', name: t('Politie', 'Police') },
  { id: 'om', domain: 'veiligheid', name: t('Openbaar Ministerie', 'Public Prosecution Service') },
  {
    id: 'aivd',
    domain: 'veiligheid',
    name: t('AIVD', 'General Intelligence and Security Service (AIVD)'),
  },
  {
    id: 'zvh',
    domain: 'other',
    name: t('Zorg- en Veiligheidshuis', 'Zorg- en Veiligheidshuis (Care and Safety House)'),
  },
  { id: 'reclassering', domain: 'other', name: t('Reclassering', 'Probation service') },
  { id: 'ggz', domain: 'sociaal', name: t('GGZ', 'Mental health care (GGZ)') },
  {
    id: 'rvdk',
    domain: 'sociaal',
    name: t('Raad voor de Kinderbescherming', 'Child Care and Protection Board'),
  },
  { id: 'jeugdzorg', domain: 'sociaal', name: t('Jeugdzorg', 'Youth care') },
  { id: 'jongerenwerk', domain: 'sociaal', name: t('Jongerenwerk', 'Youth work') },
  { id: 'onderwijs', domain: 'sociaal', name: t('Onderwijs', 'Education') },
  { id: 'other', domain: 'other', name: t('Anders', 'Other') },
];

/** What the list takes from the report and what is the checklist's own choice; shown on the Verantwoording page. */
export const PARTNER_NOTE: Text = t(
  'Rollen en domeinen aan tafel (keuze van de checklist). Het rapport noemt gemeente, politie, OM, AIVD, het sociaal domein van de gemeente, de Raad voor de Kinderbescherming en de GGZ als partners (§2.1). Behalve het sociaal domein van de gemeente deelt het rapport geen partner uitdrukkelijk in bij een domein. Het spreekt alleen van partners uit het veiligheidsdomein en partners in het sociaal domein (§2.1). De indeling hieronder is dus een voorstel van de checklist. De reclassering brengt volgens het rapport signalen in (§1.1). De checklist laat haar zonder domein, omdat zij toezicht houdt én begeleidt. Jongerenwerk noemt het rapport bij signaleren (§1.1). Jeugdzorg en onderwijs noemt het rapport niet; ze staan in de lijst als voorbeelden van wie een regio kan uitnodigen. Het domein van een rol is een voorstel: jullie kunnen het per deelnemer aanpassen.',
  'Roles and domains at the table (the checklist’s choice). The report names the municipality, police, OM, AIVD, the municipality’s social domain, the Child Care and Protection Board and mental health care (GGZ) as partners (§2.1). Apart from the municipality’s social domain, the report places no partner in a domain explicitly. It speaks only of partners from the security domain and partners in the social domain (§2.1). The grouping below is therefore the checklist’s suggestion. According to the report, the probation service brings in signals (§1.1). The checklist leaves it without a domain, as it both supervises and supports. The report mentions youth work under spotting signals (§1.1). The report does not name youth care or education; they are in the list as examples of whom a region may invite. The domain of a role is a suggestion: you can change it for each participant.',
);
