import type { Section } from '../types';
import { t } from '../text';
import { notOpenheid } from '../points/not-openheid';
import { notContact } from '../points/not-contact';

export const notificeren: Section = {
  id: 'notificeren',
  ref: '1.4',
  phase: 'start',
  title: t('Contact en notificeren', 'Contact and notification'),
  summary: t(
    'Kernpartners moeten iemand die in de PGA wordt opgenomen daarvan op de hoogte stellen. Dat volgt uit redelijkheid en billijkheid en uit de privacyregels. Er zijn beperkte uitzonderingsgronden om de notificatie op te schorten; de gebruikte grond moet worden vastgelegd.',
    'Core partners must tell a person that they have been taken into the PGA. This follows from fairness and from privacy law. There are limited exception grounds for postponing notification; the ground used must be recorded.',
  ),
  attentionPoints: [notOpenheid, notContact],
};
