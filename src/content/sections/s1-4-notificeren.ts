import type { Section } from '../types';
import { t } from '../text';
import { notOpenheid } from '../points/not-openheid';

export const notificeren: Section = {
  id: 'notificeren',
  ref: '1.4',
  phase: 'start',
  title: t('Contact en notificeren', 'Contact and notification'),
  summary: t(
    'Komt iemand in de PGA, dan moeten de kernpartners hem of haar dat laten weten. Dat heet notificeren. Volgens het rapport is dat nodig vanwege de beginselen van redelijkheid en billijkheid en de wettelijke privacyregels. Jullie verwerken immers persoonsgegevens, soms ook bijzondere persoonsgegevens. Voor de notificatieplicht verwijst het rapport naar artikel 11 van het Convenant informatiedeling CTER. Uitstel kan alleen op beperkte wettelijke uitzonderingsgronden. Maar een deel vertellen noemt het rapport bij openheid: dat kan in uitzonderlijke gevallen, als daar eenduidige afspraken over zijn. Het rapport noemt daarvoor artikelen uit de AVG en de UAVG; die staan in de begrippenlijst. Voor het vastleggen van de grond verwijst het rapport naar een handreiking die niet openbaar is. Omdat afspraken ontbreken, is er geregeld discussie over wanneer en hoe de betrokkene wordt genotificeerd. Voor veel professionals is direct contact met de betrokkene een belangrijke voorwaarde om te kunnen duiden en om interventies goed in te zetten. Contact opbouwen lukt volgens het rapport over het algemeen redelijk goed. Vaak legt iemand contact die al contact had, of die via de familie in contact staat. Is er nog geen ingang, dan zoeken professionals een haakje, zoals hulp bij schulden.',
    'When someone is taken into the PGA, the core partners must inform them. This is called notification. According to the report, it is necessary because of the principles of reasonableness and fairness and the statutory privacy rules. After all, you process personal data, sometimes special categories of personal data. For the duty to notify, the report refers to article 11 of the CTER information-sharing covenant. Postponement is possible only on limited legal exception grounds. The report mentions telling only part under openness: that is possible in exceptional cases, if there are clear agreements on it. For these, the report cites articles of the GDPR and of the Dutch GDPR Implementation Act (UAVG); they are listed in the glossary. For recording the ground, the report refers to guidance that is not public. Because there are no agreements on it, when and how to notify someone is regularly a matter of debate. For many professionals, direct contact with the person is an important condition for interpreting and for using interventions well. According to the report, building contact generally goes reasonably well. Often the contact is made by someone who was already in touch, or who is in touch through the family. Where there is no way in yet, professionals look for an opening, such as help with debts.',
  ),
  attentionPoints: [notOpenheid],
};
