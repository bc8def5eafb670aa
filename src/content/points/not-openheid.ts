import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const notOpenheid: AttentionPoint = {
  id: 'not-openheid',
  ref: '1.4',
  title: t('Openheid naar de betrokkene', 'Openness towards the person concerned'),
  summary: t(
    'Wie in de PGA wordt opgenomen, moet daarvan op de hoogte worden gesteld (notificeren), omdat er persoonsgegevens worden verwerkt. Uitstel kan alleen op beperkte gronden, zoals de nationale veiligheid of een lopend strafrechtelijk onderzoek, en de gebruikte grond moet dan worden vastgelegd. Notificeren is ook een interventie: het opent het gesprek. Zonder notificatie wordt het interventiepalet kleiner (een gesprek met een theoloog ligt dan moeilijk) en ontstaat schade als iemand er later achter komt. Over wanneer en hoe te notificeren ontstaat vaak discussie omdat afspraken ontbreken.',
    'Anyone taken into the PGA must be told so (notification), because personal data are being processed. Postponement is possible only on limited grounds, such as national security or an ongoing criminal investigation, and the ground used must then be recorded. Notification is also an intervention: it opens the conversation. Without it, fewer interventions are possible (a talk with a theologian, for instance, becomes difficult) and trust is damaged if the person finds out later. When and how to notify often leads to debate because agreements are missing.',
  ),
  rubric: rubric(
    t(
      'Er zijn geen afspraken over notificeren; het gebeurt niet of willekeurig.',
      'There are no agreements on notification; it does not happen, or happens at random.',
    ),
    t(
      'Of en hoe er wordt genotificeerd, wordt per casus bediscussieerd en hangt af van personen.',
      'Whether and how to notify is debated case by case and depends on individuals.',
    ),
    t(
      'Partners hebben afgesproken wanneer en hoe zij notificeren, maar uitzonderingen en de gronden daarvoor worden niet steeds vastgelegd.',
      'Partners have agreed when and how they notify, but exceptions and their grounds are not always recorded.',
    ),
    t(
      'De werkwijze voor notificeren is vastgelegd, inclusief wie beslist over uitstel; bij uitstel wordt de uitzonderingsgrond in elke casus vastgelegd.',
      'The notification procedure is written down, including who decides on postponement; when notification is postponed, the exception ground is recorded in every case.',
    ),
    t(
      'Notificatie en uitstel worden periodiek met de partners geëvalueerd (is uitstel echt uitzonderlijk?) en de werkwijze wordt bijgesteld.',
      'Notification and postponement are evaluated with the partners at set intervals (is postponement really the exception?) and the procedure is adjusted.',
    ),
  ),
  questions: [
    {
      id: 'not-afspraken',
      origin: 'report',
      reportQuestion: 10,
      text: t(
        'Hebben jullie afspraken gemaakt over het notificeren van de betrokkene: wanneer en hoe dat gebeurt?',
        'Have you made agreements on notifying the person concerned: when and how it is done?',
      ),
    },
    {
      id: 'not-uitzonderingsgrond',
      origin: 'derived',
      text: t(
        'Wordt, als de notificatie wordt uitgesteld, vastgelegd op welke uitzonderingsgrond dat gebeurt?',
        'When notification is postponed, is the exception ground it rests on recorded?',
      ),
    },
    {
      id: 'not-afwijken',
      origin: 'derived',
      text: t(
        'Is eenduidig afgesproken in welke uitzonderlijke gevallen van openheid naar de betrokkene wordt afgeweken, en wie daarover besluit?',
        'Is it clearly agreed in which exceptional cases partners depart from openness towards the person, and who decides?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'not-openheid-werkwijze',
      title: t('Werkwijze notificeren vastleggen', 'Write down the notification procedure'),
      description: t(
        'Leg vast wanneer, hoe en door wie de betrokkene wordt genotificeerd, en dat openheid de regel is.',
        'Set down when, how and by whom the person is notified, and that openness is the rule.',
      ),
    },
    {
      id: 'not-openheid-uitstel',
      title: t(
        'Uitstel altijd met uitzonderingsgrond registreren',
        'Always record the exception ground for postponement',
      ),
      description: t(
        'Neem in het dossierformat een vast veld op voor de uitzonderingsgrond en de termijn waarop uitstel opnieuw wordt bekeken.',
        'Add a fixed field to the file format for the exception ground and the date on which postponement will be reviewed.',
      ),
    },
  ],
};
