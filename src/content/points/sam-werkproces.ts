import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const MISSING = t(
  '§2.1: een (heldere) procesbeschrijving van de aanpak ontbreekt regelmatig.',
  '§2.1: a (clear) description of the process is regularly missing.',
);
const ROLES = t(
  '§2.1: rollen, taken en bevoegdheden zijn niet altijd vastgelegd of duidelijk.',
  '§2.1: roles, tasks and powers are not always written down or clear.',
);
const ASKS = t(
  '§2.1: het rapport vraagt of er een helder, uitgewerkt werkproces is en of ieders rol duidelijk is.',
  '§2.1: the report asks whether there is a clear, worked-out process and whether everyone’s role is clear.',
);

export const samWerkproces: AttentionPoint = {
  id: 'sam-werkproces',
  ref: '2.1',
  title: t('Werkproces, rollen en taken', 'Work process, roles and tasks'),
  summary: t(
    'Vaak is de aanpak niet duidelijk beschreven. Welke stappen zet de PGA, en wie neemt welke stap op welk moment? Ook is lang niet altijd op papier gezet of bekend welke rol, taken en bevoegdheden elke partner heeft. Professionals weten dan niet goed wie wat mag en kan doen.',
    'The approach is often not clearly described. Which steps does the PGA take, and who takes which step at what moment? Nor is it always on paper, or known, which role, tasks and powers each partner has. Professionals then do not know well who may and can do what.',
  ),
  rubric: rubric(
    lv(
      t('Er is geen beschrijving van het werkproces.', 'There is no description of the work process.'),
      MISSING,
    ),
    lv(
      t(
        'Het werkproces en de rollen bestaan alleen in de praktijk van enkele ervaren professionals.',
        'The work process and the roles exist only in the practice of a few experienced professionals.',
      ),
      MISSING,
    ),
    lv(
      t(
        'De partners hebben het werkproces en de rollen mondeling afgesproken, maar niet op papier gezet.',
        'The partners have agreed the work process and the roles verbally, but not put them on paper.',
      ),
      ROLES,
    ),
    lv(
      t(
        'Een uitgewerkt werkproces met rollen, taken en bevoegdheden staat op papier, en alle partners hebben het ontvangen.',
        'A worked-out process with roles, tasks and powers is on paper, and every partner has received it.',
      ),
      ASKS,
    ),
    lv(
      t(
        'De partners bekijken het werkproces op vaste momenten samen, en werken het bij.',
        'The partners review the work process together at set times, and update it.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'sam-werkproces-helder',
      origin: 'report',
      reportQuestion: 15,
      text: t(
        'Hebben jullie een helder, uitgewerkt werkproces?',
        'Do you have a clear, worked-out work process?',
      ),
    },
    {
      id: 'sam-rollen',
      origin: 'report',
      reportQuestion: 14,
      text: t(
        'Is voor jullie duidelijk wat ieders rol en taken zijn?',
        'Is it clear to you what each partner’s role and tasks are?',
      ),
    },
    {
      id: 'sam-werkproces-papier',
      origin: 'derived',
      text: t(
        'Staan jullie werkproces en de rollen, taken en bevoegdheden van de partners op papier?',
        'Are your work process and the partners’ roles, tasks and powers written down?',
      ),
      basis: t(
        '§2.1: veel blijft impliciet; er staan geen afspraken op papier over werkproces, rollen en taken.',
        '§2.1: much stays implicit; nothing is on paper about the work process, roles and tasks.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sam-werkproces-beschrijven',
      title: t('Werkproces beschrijven', 'Describe the work process'),
      description: t(
        'Beschrijf samen met de partners het werkproces van signaal tot afsluiting: welke stappen, wie wat wanneer doet, en met welke bevoegdheid.',
        'With the partners, describe the process from signal to closure: which steps, who does what and when, and with which powers.',
      ),
    },
    {
      id: 'sam-werkproces-rollen',
      title: t('Rollen en taken per partner vastleggen', 'Write down roles and tasks per partner'),
      description: t(
        'Maak een overzicht van rollen, taken en bevoegdheden per partner. Deel het met alle professionals aan tafel.',
        'Make an overview of roles, tasks and powers per partner. Share it with every professional at the table.',
      ),
    },
  ],
};
