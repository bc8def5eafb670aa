import type { Section } from '../types';
import { t } from '../text';
import { notOpenheid } from '../points/not-openheid';

export const notificeren: Section = {
  id: 'notificeren',
  ref: '1.4',
  phase: 'start',
  title: t('Contact en notificeren', 'Contact and notification'),
  summary: t(
    'Wie in de PGA wordt opgenomen, moet daarvan door de kernpartners op de hoogte worden gesteld: notificeren. Dat is eerlijk, en de privacyregels eisen het: jullie verwerken persoonsgegevens, soms ook bijzondere persoonsgegevens. Het rapport verwijst voor de plicht naar art. 11 van het Convenant informatiedeling CTER. Voor uitstel van de notificatie verwijst het naar art. 23 AVG. Over wanneer en hoe te notificeren ontstaat geregeld discussie, omdat afspraken ontbreken. Contact opbouwen met de betrokkene lukt volgens het rapport over het algemeen redelijk goed.',
    'Anyone taken into the PGA must be told so by the core partners: notification. That is fair, and data-protection law requires it: you process personal data, sometimes special categories of personal data. For the duty, the report refers to art. 11 of the CTER information-sharing covenant. For postponement it refers to art. 23 GDPR. When and how to notify regularly leads to debate, because agreements are missing. According to the report, building contact with the person generally goes reasonably well.',
  ),
  attentionPoints: [notOpenheid],
};
