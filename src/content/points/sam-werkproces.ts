import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const samWerkproces: AttentionPoint = {
  id: 'sam-werkproces',
  ref: '2.1',
  title: t('Werkproces, rollen en taken', 'Work process, roles and tasks'),
  summary: t(
    'Vaak ontbreekt een heldere procesbeschrijving van de aanpak: welke stappen worden doorlopen, en wie doet wat wanneer? Ook rollen, taken en bevoegdheden zijn niet altijd vastgelegd of duidelijk voor professionals. Daardoor ontstaat verwarring over wie wat wanneer mag en kan doen.',
    'A clear description of the process is often missing: which steps are followed, and who does what and when? Roles, tasks and powers are not always written down or clear to professionals either. This causes confusion about who may and can do what, and when.',
  ),
  rubric: rubric(
    t(
      'Er is geen beschrijving van het werkproces; rollen en taken zijn onduidelijk.',
      'There is no description of the work process; roles and tasks are unclear.',
    ),
    t(
      'Het proces en de rollen leven in de hoofden van enkele ervaren professionals.',
      'The process and the roles live in the heads of a few experienced professionals.',
    ),
    t(
      'Partners hebben het werkproces en de rollen mondeling afgesproken, maar niet uitgewerkt op papier.',
      'Partners have agreed the work process and roles verbally, but not worked them out on paper.',
    ),
    t(
      'Een uitgewerkt werkproces met rollen, taken en bevoegdheden is vastgelegd, bekend bij alle professionals en wordt gevolgd.',
      'A worked-out process with roles, tasks and powers is written down, known to all professionals and followed.',
    ),
    t(
      'Werkproces en rolverdeling worden periodiek met de partners geëvalueerd en bijgewerkt, bijvoorbeeld bij nieuwe wetgeving.',
      'The work process and roles are evaluated with the partners at set intervals and updated, for example when legislation changes.',
    ),
  ),
  questions: [
    {
      id: 'sam-werkproces-helder',
      origin: 'report',
      reportQuestion: 15,
      text: t('Is er een helder, uitgewerkt werkproces?', 'Is there a clear, worked-out work process?'),
    },
    {
      id: 'sam-rollen',
      origin: 'report',
      reportQuestion: 14,
      text: t(
        'Is het duidelijk wat ieders rol en taken zijn?',
        'Is it clear what everyone’s role and tasks are?',
      ),
    },
    {
      id: 'sam-werkproces-papier',
      origin: 'derived',
      text: t(
        'Zijn de procesbeschrijving en de rollen, taken en bevoegdheden van de partners op papier vastgelegd?',
        'Are the process description and the partners’ roles, tasks and powers written down?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sam-werkproces-beschrijven',
      title: t('Werkproces beschrijven', 'Describe the work process'),
      description: t(
        'Beschrijf samen met de partners het werkproces van signaal tot afsluiting: welke stappen, wie doet wat wanneer, en met welke bevoegdheid.',
        'With the partners, describe the process from signal to closure: which steps, who does what and when, and with which powers.',
      ),
    },
    {
      id: 'sam-werkproces-rollen',
      title: t('Rollen en taken per partner vastleggen', 'Set down roles and tasks per partner'),
      description: t(
        'Maak een overzicht van rollen, taken en bevoegdheden per partner en deel dat met alle professionals die aan tafel zitten.',
        'Make an overview of roles, tasks and powers per partner and share it with every professional at the table.',
      ),
    },
  ],
};
