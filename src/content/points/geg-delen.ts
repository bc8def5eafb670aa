import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const QUESTIONS = t(
  '§2.2: er zijn veel vragen over wat partners in elke fase mogen delen en vastleggen.',
  '§2.2: there are many questions about what partners may share and record in each phase.',
);
const PERSON = t(
  '§2.2: of iemand de mogelijkheden om correct te delen overweegt, is persoonsafhankelijk.',
  '§2.2: whether someone considers the options for sharing correctly depends on the person.',
);
const LOCAL = t(
  '§2.2: leg lokaal vast wat op welke momenten door wie wordt gedeeld en vastgelegd, en wanneer informatie wordt verwijderd.',
  '§2.2: set down locally what is shared and recorded, at which moments and by whom, and when information is deleted.',
);

export const gegDelen: AttentionPoint = {
  id: 'geg-delen',
  ref: '2.2',
  title: t('Duidelijkheid over gegevensdeling', 'Clarity on information sharing'),
  summary: t(
    'Er zijn veel vragen over wat partners in elke fase mogen delen en vastleggen: bij signaleren, wegen, tijdens de aanpak en na afsluiten. Door die onduidelijkheid zijn professionals soms terughoudend. Soms kan een partner niet alles delen, bijvoorbeeld door een strafrechtelijk onderzoek. De anderen moeten het dan doen met vage woorden als ‘er zijn zorgelijke signalen’. Dat vraagt veel vertrouwen en maakt een inhoudelijk gesprek moeilijk. Soms kan er meer correct gedeeld worden dan er gebeurt.',
    'There are many questions about what partners may share and record in each phase: at signalling, weighing, during the approach and after closure. Because of this lack of clarity, professionals are sometimes reluctant. Sometimes a partner cannot share everything, for example because of a criminal investigation. The others then have to make do with vague words such as ‘there are worrying signals’. That asks for a lot of trust and makes a real discussion hard. Sometimes more could be shared correctly than is shared.',
  ),
  rubric: rubric(
    lv(
      t(
        'Er zijn geen lokale afspraken over gegevensdeling in de PGA.',
        'There are no local agreements on information sharing in the PGA.',
      ),
      QUESTIONS,
    ),
    lv(
      t(
        'Wat er gedeeld wordt, hangt af van de persoon aan tafel en diens inschatting van wat mag.',
        'What is shared depends on the person at the table and their view of what is allowed.',
      ),
      PERSON,
    ),
    lv(
      t(
        'De partners hebben afgesproken wat zij per fase delen, maar dat staat niet op papier.',
        'The partners have agreed what they share in each phase, but this is not on paper.',
      ),
      QUESTIONS,
    ),
    lv(
      t(
        'Op papier staat wat per fase door wie wordt gedeeld en vastgelegd, en wanneer informatie wordt verwijderd.',
        'It is on paper what is shared and recorded in each phase and by whom, and when information is deleted.',
      ),
      LOCAL,
    ),
    lv(
      t(
        'De partners bekijken de afspraken op vaste momenten, ook na nieuwe wetgeving, en passen ze aan.',
        'The partners review the agreements at set times, also after new legislation, and adjust them.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'geg-per-fase',
      origin: 'derived',
      text: t(
        'Weten jullie partners welke informatie zij in elke fase mogen delen, ook na afsluiten?',
        'Do your partners know which information they may share in each phase, including after closure?',
      ),
      basis: QUESTIONS,
    },
    {
      id: 'geg-wat-wie-wanneer',
      origin: 'derived',
      text: t(
        'Hebben jullie lokaal vastgelegd welke informatie wie op welk moment deelt en vastlegt?',
        'Have you set down locally which information is shared and recorded, by whom and when?',
      ),
      basis: LOCAL,
    },
    {
      id: 'geg-verwijderen',
      origin: 'derived',
      text: t(
        'Hebben jullie vastgelegd wanneer informatie wordt verwijderd, en door wie?',
        'Have you set down when information is deleted, and by whom?',
      ),
      basis: LOCAL,
    },
    {
      id: 'geg-niet-deelbaar',
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken hoe jullie omgaan met informatie die een partner niet kan delen?',
        'Have you agreed how you deal with information that a partner cannot share?',
      ),
      help: t(
        'Bijvoorbeeld door een strafrechtelijk onderzoek. Het gaat erom dat het gesprek aan tafel toch inhoudelijk kan blijven.',
        'For example because of a criminal investigation. The point is that the discussion at the table can still be about substance.',
      ),
      basis: t(
        '§2.2: vage woorden als ‘zorgelijke signalen’ vragen veel vertrouwen en belemmeren een inhoudelijk gesprek.',
        '§2.2: vague words such as ‘worrying signals’ ask for a lot of trust and hinder a real discussion.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'geg-delen-afspraken',
      title: t('Afspraken over gegevensdeling per fase', 'Agreements on information sharing per phase'),
      description: t(
        'Werk per fase uit wat door wie wordt gedeeld en vastgelegd, en wanneer het wordt verwijderd. Ga uit van het convenant, de Gemeentewet en de AVG, en houd rekening met nieuwe wetgeving.',
        'Work out per phase what is shared and recorded, by whom, and when it is deleted. Start from the covenant, the Municipalities Act and the GDPR, and take account of new legislation.',
      ),
    },
    {
      id: 'geg-delen-uitleg',
      title: t('Professionals uitleggen wat wél mag', 'Explain to professionals what is allowed'),
      description: t(
        'Leg professionals aan tafel uit hoe zij informatie correct kunnen delen. Zo komt terughoudendheid niet voort uit onduidelijkheid.',
        'Explain to professionals at the table how they can share information correctly. Reluctance then does not come from a lack of clarity.',
      ),
    },
  ],
};
