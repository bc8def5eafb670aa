import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const gegDelen: AttentionPoint = {
  id: 'geg-delen',
  ref: '2.2',
  title: t('Duidelijkheid over gegevensdeling', 'Clarity about information sharing'),
  summary: t(
    'Er zijn veel vragen over wat aan informatiedeling en dossiervorming mag in elke fase: signalering, weging, de aanpak zelf en na afsluiten. Door die onduidelijkheid zijn professionals soms terughoudend, bijvoorbeeld omdat het doel van de PGA of de eigen rol onduidelijk is. Tegenstrijdige belangen spelen ook mee: bij een strafrechtelijk onderzoek kunnen OM en politie niet alles delen, en moeten anderen het doen met woorden als “er zijn zorgelijke signalen”. Soms wordt te veel vanuit de eigen organisatie geredeneerd, en of bestaande mogelijkheden om correct te delen worden benut, hangt af van personen.',
    'There are many questions about what information sharing and record-keeping are allowed in each phase: signalling, weighing, the approach itself and after closure. Because of this, professionals are sometimes reluctant, for instance because the purpose of the PGA or their own role is unclear. Conflicting interests play a part too: during a criminal investigation the OM and police cannot share everything, and others must make do with words like “there are worrying signals”. Sometimes partners reason too much from their own organisation, and whether existing ways of sharing correctly are used depends on individuals.',
  ),
  rubric: rubric(
    t(
      'Niemand weet goed wat gedeeld mag worden; informatie wordt niet of ongecontroleerd gedeeld.',
      'Nobody really knows what may be shared; information is not shared, or shared without control.',
    ),
    t(
      'Wat gedeeld wordt, hangt af van de inschatting en durf van individuele professionals.',
      'What is shared depends on the judgement and confidence of individual professionals.',
    ),
    t(
      'Partners hebben afspraken gemaakt over gegevensdeling (bijvoorbeeld via het convenant), maar ze zijn niet per fase uitgewerkt of niet bij iedereen bekend.',
      'Partners have made agreements on information sharing (for instance through the covenant), but these are not worked out per phase or not known to everyone.',
    ),
    t(
      'Per fase is vastgelegd wat door wie wordt gedeeld, vastgelegd en wanneer verwijderd; ook hoe om te gaan met informatie die niet gedeeld kan worden. Zo wordt gewerkt.',
      'It is written down per phase what is shared, recorded and when deleted, and by whom; also how to handle information that cannot be shared. That is how partners work.',
    ),
    t(
      'De afspraken worden periodiek getoetst aan de praktijk en aan nieuwe wetgeving, en bijgesteld.',
      'The agreements are checked against practice and new legislation at set intervals, and adjusted.',
    ),
  ),
  questions: [
    {
      id: 'geg-per-fase',
      origin: 'derived',
      text: t(
        'Is het voor de partners duidelijk welke informatie zij in elke fase mogen delen: bij signalering, weging, tijdens de aanpak en na afsluiten?',
        'Is it clear to the partners what information they may share in each phase: signalling, weighing, during the approach and after closure?',
      ),
    },
    {
      id: 'geg-wat-wie-wanneer',
      origin: 'derived',
      text: t(
        'Is lokaal vastgelegd welke informatie op welk moment door wie wordt gedeeld en vastgelegd?',
        'Has it been set down locally what information is shared and recorded, at what moment and by whom?',
      ),
    },
    {
      id: 'geg-verwijderen',
      origin: 'derived',
      text: t(
        'Is vastgelegd wanneer informatie wordt verwijderd, en door wie?',
        'Is it set down when information is deleted, and by whom?',
      ),
    },
    {
      id: 'geg-niet-deelbaar',
      origin: 'derived',
      text: t(
        'Is afgesproken hoe partners omgaan met informatie die een partner niet kan delen, bijvoorbeeld door een strafrechtelijk onderzoek, zodat het gesprek aan tafel toch inhoudelijk kan blijven?',
        'Has it been agreed how partners deal with information one partner cannot share, for example because of a criminal investigation, so that the discussion can still be about substance?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'geg-delen-afspraken',
      title: t('Afspraken over gegevensdeling per fase', 'Agreements on information sharing per phase'),
      description: t(
        'Werk per fase uit wat door wie wordt gedeeld en vastgelegd en wanneer het wordt verwijderd, op basis van het convenant, de Gemeentewet en de AVG, en houd rekening met nieuwe wetgeving.',
        'Work out per phase what is shared and recorded, by whom, and when it is deleted, based on the covenant, the Municipalities Act and the GDPR, taking account of new legislation.',
      ),
    },
    {
      id: 'geg-delen-uitleg',
      title: t('Professionals uitleggen wat wél mag', 'Explain to professionals what is allowed'),
      description: t(
        'Geef professionals aan tafel uitleg over de mogelijkheden om informatie correct te delen, zodat terughoudendheid niet voortkomt uit onduidelijkheid.',
        'Explain to professionals at the table how information can be shared correctly, so that reluctance does not stem from uncertainty.',
      ),
    },
  ],
};
