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
// sets the security domain (public order) beside the social domain (life domains, the person as a client);
// the Zorg- en Veiligheidshuis hosts both, so it speaks for neither.
// Reclassering is the checklist's own choice: the report names it only as a user of VERA 2-R (§1.2) and puts it in
// no domain. It sits in the social domain because in a PGA it supervises and guides the person as a client, the
// social domain's view of §2.1; as part of the justice chain it also carries security concerns, so a table may
// weigh its view on both sides.
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
  { id: 'reclassering', domain: 'sociaal', name: t('Reclassering', 'Probation service') },
  { id: 'ggz', domain: 'sociaal', name: t('GGZ', 'Mental health care (GGZ)') },
  { id: 'rvdk', domain: 'sociaal', name: t('Raad voor de Kinderbescherming', 'Child Protection Board') },
  { id: 'jeugdzorg', domain: 'sociaal', name: t('Jeugdzorg', 'Youth care') },
  { id: 'jongerenwerk', domain: 'sociaal', name: t('Jongerenwerk', 'Youth work') },
  { id: 'onderwijs', domain: 'sociaal', name: t('Onderwijs', 'Education') },
  { id: 'other', domain: 'other', name: t('Anders', 'Other') },
];
