import type { Section } from '../types';
import { t } from '../text';
import { notOpenheid } from '../points/not-openheid';

export const notificeren: Section = {
  id: 'notificeren',
  ref: '1.4',
  phase: 'start',
  title: t('Contact en notificeren', 'Contact and notification'),
  summary: t(
    'Komt iemand in de PGA, dan moeten de kernpartners hem of haar dat laten weten. Dat heet notificeren. Dat is redelijk en billijk, en de privacyregels eisen het: jullie verwerken persoonsgegevens, soms ook bijzondere persoonsgegevens. Het rapport verwijst voor de plicht naar art. 11 van het Convenant informatiedeling CTER. Uitstel kan alleen op beperkte uitzonderingsgronden. Het rapport noemt daarbij art. 13, 14, 23 en 89 AVG, en art. 41 en 43 UAVG. Art. 41 UAVG is de Nederlandse uitwerking van art. 23 AVG (uitleg van de checklist). Voor het vastleggen van de grond verwijst het rapport naar de Handreiking implementatie informatieplicht. Dat is geen openbaar stuk. Over wanneer en hoe te notificeren ontstaat geregeld discussie, omdat afspraken ontbreken. Contact opbouwen met de betrokkene lukt volgens het rapport over het algemeen redelijk goed.',
    'The core partners must tell anyone who is taken into the PGA. This is called notification. Reasonableness and fairness call for it, and data-protection law requires it: you process personal data, sometimes special categories of personal data. For the duty, the report refers to art. 11 of the CTER information-sharing covenant. Postponement is possible only on limited exception grounds. For these, the report cites art. 13, 14, 23 and 89 GDPR, and art. 41 and 43 of the Dutch GDPR Implementation Act (UAVG). Art. 41 UAVG is the Dutch provision based on art. 23 GDPR (the checklist’s explanation). For recording the ground, the report refers to the Handreiking implementatie informatieplicht (guidance on the duty to inform). It is not a public document. When and how to notify regularly leads to debate, because agreements are missing. According to the report, building contact with the person generally goes reasonably well.',
  ),
  attentionPoints: [notOpenheid],
};
