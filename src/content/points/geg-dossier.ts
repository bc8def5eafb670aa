import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const gegDossier: AttentionPoint = {
  id: 'geg-dossier',
  ref: '2.2',
  title: t('Zorgvuldige dossiervorming', 'Careful record-keeping'),
  summary: t(
    'Welke informatie wordt opgeslagen en hoe, verschilt per casus; een format wordt niet altijd gebruikt of maar deels ingevuld. Omdat casussen lang lopen en er personele wisselingen zijn, is heldere en uniforme verslaglegging nodig om informatie terug te vinden en om verantwoording af te leggen. Daarvoor moeten ook afwegingen en conclusies worden vastgelegd.',
    'Which information is stored, and how, differs from case to case; a format is not always used or only partly filled in. Because cases run long and staff change, clear and uniform records are needed to find information back and to account for decisions. This requires recording considerations and conclusions as well.',
  ),
  rubric: rubric(
    t(
      'Er wordt nauwelijks of niet eenduidig verslag gelegd.',
      'Records are hardly kept, or not kept consistently.',
    ),
    t(
      'Verslaglegging hangt af van de persoon die notuleert; elk dossier ziet er anders uit.',
      'Record-keeping depends on whoever takes the minutes; every file looks different.',
    ),
    t(
      'Er is een afgesproken format, maar het wordt niet in elke casus of niet volledig gebruikt.',
      'There is an agreed format, but it is not used in every case or not in full.',
    ),
    t(
      'In elke casus worden afspraken, afwegingen en onderbouwing volgens een vast format vastgelegd door een benoemde verantwoordelijke.',
      'In every case, agreements, considerations and grounds are recorded in a fixed format by a named person.',
    ),
    t(
      'De kwaliteit van dossiers wordt periodiek getoetst (is terug te lezen waarom besluiten zijn genomen?) en het format wordt verbeterd.',
      'The quality of files is checked at set intervals (can one read back why decisions were taken?) and the format is improved.',
    ),
  ),
  questions: [
    {
      id: 'geg-afspraken-manier',
      origin: 'report',
      reportQuestion: 16,
      text: t(
        'Worden afspraken, inclusief hun onderbouwing, op een vaste manier vastgelegd?',
        'Are agreements, including their grounds, recorded in a set way?',
      ),
    },
    {
      id: 'geg-afspraken-wie',
      origin: 'report',
      reportQuestion: 16,
      text: t(
        'Is duidelijk wie de afspraken en hun onderbouwing vastlegt?',
        'Is it clear who records the agreements and their grounds?',
      ),
    },
    {
      id: 'geg-format',
      origin: 'derived',
      text: t(
        'Wordt in elke casus hetzelfde format voor verslaglegging gebruikt, en volledig ingevuld?',
        'Is the same record-keeping format used in every case, and filled in completely?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'geg-dossier-format',
      title: t('Uniform dossierformat invoeren', 'Introduce a uniform file format'),
      description: t(
        'Voer één format in voor verslaglegging in alle casussen, met vaste velden voor afspraken, afwegingen, conclusies en hun onderbouwing.',
        'Introduce one format for records in all cases, with fixed fields for agreements, considerations, conclusions and their grounds.',
      ),
    },
    {
      id: 'geg-dossier-verantwoordelijke',
      title: t('Verantwoordelijke voor verslaglegging benoemen', 'Name who keeps the records'),
      description: t(
        'Leg vast wie in het casusoverleg de afspraken en hun onderbouwing vastlegt, en wie het dossier bijhoudt bij personele wisselingen.',
        'Set down who records agreements and their grounds in the case meeting, and who maintains the file when staff change.',
      ),
    },
  ],
};
