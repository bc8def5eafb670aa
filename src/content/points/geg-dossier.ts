import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const ACCOUNT = t(
  '§2.2: heldere, uniforme verslaglegging is nodig om informatie terug te vinden en voor de verantwoording.',
  '§2.2: clear, uniform records are needed to retrieve information and for accountability.',
);
const DIFFERS = t(
  '§2.2: wat wordt opgeslagen en hoe, verschilt per casus; een format wordt niet altijd of maar deels gebruikt.',
  '§2.2: what is stored, and how, differs per case; a format is not always used, or only in part.',
);
const ASKS = t(
  '§2.2: het rapport vraagt op welke manier en door wie afspraken, met hun onderbouwing, worden vastgelegd.',
  '§2.2: the report asks how and by whom agreements, with their reasons, are recorded.',
);

export const gegDossier: AttentionPoint = {
  id: 'geg-dossier',
  ref: '2.2',
  title: t('Zorgvuldige dossiervorming', 'Careful record-keeping'),
  summary: t(
    'Welke informatie wordt opgeslagen en hoe, verschilt per casus. Een format wordt niet altijd gebruikt, of maar deels ingevuld. Casussen lopen soms lang en intussen wisselt het personeel. Daarom is heldere, uniforme verslaglegging nodig, om informatie terug te kunnen vinden en voor de verantwoording. Daarvoor moeten ook afwegingen en conclusies worden vastgelegd.',
    'Which information is stored, and how, differs from case to case. A format is not always used, or only partly filled in. Cases sometimes run long, and staff change in the meantime. Clear, uniform records are therefore needed, to be able to retrieve information and for accountability. That requires recording considerations and conclusions as well.',
  ),
  rubric: rubric(
    lv(
      t(
        'Van casusoverleggen en besluiten wordt geen verslag gemaakt.',
        'No record is made of case meetings and decisions.',
      ),
      ACCOUNT,
    ),
    lv(
      t(
        'Er wordt verslag gemaakt, maar ieder op eigen wijze; elk dossier ziet er anders uit.',
        'Records are made, but each in their own way; every file looks different.',
      ),
      DIFFERS,
    ),
    lv(
      t(
        'Er is een afgesproken format, maar het wordt niet in elke casus of niet volledig gebruikt.',
        'There is an agreed format, but it is not used in every case or not in full.',
      ),
      DIFFERS,
    ),
    lv(
      t(
        'In elke casus legt een benoemde persoon afspraken en hun onderbouwing vast volgens het format.',
        'In every case, a named person records agreements and their reasons in the format.',
      ),
      ASKS,
    ),
    lv(
      t(
        'De partners lezen op vaste momenten dossiers terug (is te volgen waarom besluiten zijn genomen?) en verbeteren het format.',
        'The partners reread files at set times (can one follow why decisions were taken?) and improve the format.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'geg-afspraken-manier',
      origin: 'report',
      reportQuestion: 16,
      text: t(
        'Leggen jullie afspraken, met hun onderbouwing, op een vaste manier vast?',
        'Do you record agreements, with their reasons, in a set way?',
      ),
    },
    {
      id: 'geg-afspraken-wie',
      origin: 'report',
      reportQuestion: 16,
      text: t(
        'Is duidelijk wie bij jullie de afspraken en hun onderbouwing vastlegt?',
        'Is it clear who records the agreements and their reasons for you?',
      ),
    },
    {
      id: 'geg-format',
      origin: 'derived',
      text: t(
        'Gebruiken jullie in elke casus hetzelfde format voor verslaglegging, en vullen jullie het volledig in?',
        'Do you use the same record format in every case, and do you fill it in completely?',
      ),
      basis: DIFFERS,
    },
  ],
  suggestedActions: [
    {
      id: 'geg-dossier-format',
      title: t('Uniform dossierformat invoeren', 'Introduce a uniform file format'),
      description: t(
        'Voer één format in voor verslaglegging in alle casussen, met vaste velden voor afspraken, afwegingen, conclusies en hun onderbouwing.',
        'Introduce one record format for all cases, with fixed fields for agreements, considerations, conclusions and their reasons.',
      ),
    },
    {
      id: 'geg-dossier-verantwoordelijke',
      title: t('Verantwoordelijke voor verslaglegging benoemen', 'Name who keeps the records'),
      description: t(
        'Leg vast wie in het casusoverleg de afspraken en hun onderbouwing vastlegt. Leg ook vast wie het dossier bijhoudt bij personele wisselingen.',
        'Write down who records agreements and their reasons in the case meeting. Also write down who maintains the file when staff change.',
      ),
    },
  ],
};
