import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const OUTSIDE = t(
  '§1.6: procedures buiten de PGA, zoals een strafrechtelijk onderzoek, beïnvloeden de interventiemogelijkheden.',
  '§1.6: procedures outside the PGA, such as a criminal investigation, affect the options for intervention.',
);
const PREPARE = t(
  '§1.6: partners moeten zich bijvoorbeeld voorbereiden op een mogelijke vrijlating of een terugkeer uit het buitenland.',
  '§1.6: partners must, for example, prepare for a possible release or a return from abroad.',
);

export const intExtern: AttentionPoint = {
  id: 'int-extern',
  ref: '1.6',
  title: t('Procedures buiten de PGA', 'Procedures outside the PGA'),
  summary: t(
    'Betrokkenen zijn regelmatig ook in beeld bij de AIVD, of er loopt een strafrechtelijk onderzoek. Zulke procedures lopen buiten de PGA, en de partners hebben er geen directe invloed op. Toch raken ze de mogelijkheden voor interventies. Partners moeten zich bijvoorbeeld voorbereiden op een mogelijke vrijlating of een terugkeer uit het buitenland. Een grote factor is het intrekken van het Nederlanderschap bij een dubbele nationaliteit. Partners zien die maatregel doorgaans als contraproductief: het proces duurt vaak jaren, en intussen starten interventies nauwelijks. Na intrekking bestaat het risico dat iemand buiten beeld raakt, als hij niet vertrekt en geen recht meer heeft op voorzieningen.',
    'People in the PGA are regularly also known to the AIVD, or a criminal investigation is under way. Such procedures run outside the PGA, and the partners have no direct influence on them. Yet they affect the options for intervention. Partners must, for example, prepare for a possible release or a return from abroad. A major factor is revoking Dutch citizenship from someone with dual nationality. Partners generally see that measure as counterproductive: the process often takes years, and meanwhile interventions hardly start. After revocation there is a risk that the person drops out of sight, if they do not leave and are no longer entitled to public services.',
  ),
  rubric: rubric(
    lv(
      t(
        'De partners weten niet welke procedures buiten de PGA een casus raken.',
        'The partners do not know which procedures outside the PGA affect a case.',
      ),
      OUTSIDE,
    ),
    lv(
      t(
        'Individuele partners volgen procedures buiten de PGA, maar bespreken ze niet standaard in het overleg.',
        'Individual partners follow procedures outside the PGA, but do not routinely raise them in the meeting.',
      ),
      OUTSIDE,
    ),
    lv(
      t(
        'De partners hebben afgesproken zulke procedures in het overleg te bespreken, maar bereiden zich niet in elke casus voor op de mogelijke uitkomsten.',
        'The partners have agreed to discuss such procedures in the meeting, but do not prepare for the possible outcomes in every case.',
      ),
      PREPARE,
    ),
    lv(
      t(
        'In elk dossier met een lopende procedure buiten de PGA is vastgelegd hoe de partners zich voorbereiden op de mogelijke uitkomsten.',
        'Every file with a procedure under way outside the PGA states how the partners prepare for the possible outcomes.',
      ),
      PREPARE,
    ),
    lv(
      t(
        'De partners bekijken op vaste momenten hoe zulke procedures casussen hebben beïnvloed, en leren daarvan.',
        'The partners review at set times how such procedures affected cases, and learn from it.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'int-extern-voorbereiden',
      origin: 'derived',
      text: t(
        'Zijn jullie voorbereid op de uitkomsten van procedures buiten de PGA, zoals een vrijlating of een terugkeer?',
        'Do you prepare for the outcomes of procedures outside the PGA, such as a release or a return?',
      ),
      basis: PREPARE,
    },
    {
      id: 'int-extern-intrekking',
      origin: 'derived',
      text: t(
        'Bespreken jullie per casus wat een (dreigende) intrekking van het Nederlanderschap betekent voor de aanpak?',
        'Do you discuss, case by case, what a (possible) revocation of Dutch citizenship means for the approach?',
      ),
      basis: t(
        '§1.6: de intrekking heeft grote invloed op de interventiemogelijkheden. Het rapport stelt hiervoor geen lokale afspraken voor; de vraag is een eigen toevoeging.',
        '§1.6: revocation has a large effect on the options for intervention. The report proposes no local agreements on it; the question is the checklist’s own addition.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'int-extern-scenario',
      title: t('Voorbereiden op uitkomsten van procedures', 'Prepare for the outcomes of procedures'),
      description: t(
        'Bespreek per casus met een lopende procedure buiten de PGA wat de partners doen bij de mogelijke uitkomsten, zoals vrijlating of terugkeer. Noteer wie het contact houdt.',
        'For each case with a procedure under way outside the PGA, discuss what the partners do for each possible outcome, such as release or return. Note who keeps in touch.',
      ),
    },
  ],
};
