import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const intExtern: AttentionPoint = {
  id: 'int-extern',
  ref: '1.6',
  title: t('Belemmerende externe factoren', 'External factors that limit interventions'),
  summary: t(
    'Betrokkenen zijn vaak ook in beeld bij de AIVD of onderwerp van een strafrechtelijk onderzoek. Zulke procedures lopen buiten de PGA, maar beperken wel wat de partners kunnen doen. Partners moeten zich bijvoorbeeld voorbereiden op een mogelijke vrijlating of een terugkeer uit het buitenland. Het intrekken van het Nederlanderschap bij een dubbele nationaliteit duurt vaak jaren; in die tijd worden interventies nauwelijks gestart, wat re-integratie belemmert, tot verharding kan leiden en het risico geeft dat iemand buiten beeld raakt.',
    'People in the PGA are often also known to the General Intelligence and Security Service (AIVD) or subject to a criminal investigation. Such procedures run outside the PGA but do limit what the partners can do. Partners must, for example, prepare for a possible release or a return from abroad. Revoking Dutch citizenship from someone with dual nationality often takes years; meanwhile hardly any interventions start, which hinders reintegration, can harden attitudes and risks the person dropping out of sight.',
  ),
  rubric: rubric(
    t(
      'Externe procedures overvallen de partners; er wordt niet op voorbereid.',
      'External procedures take the partners by surprise; nobody prepares for them.',
    ),
    t(
      'Individuele partners houden externe ontwikkelingen bij, maar delen of bespreken ze niet vast.',
      'Individual partners track external developments, but do not share or discuss them as a rule.',
    ),
    t(
      'Partners bespreken externe ontwikkelingen in het casusoverleg, maar zonder afspraken over scenario’s.',
      'Partners discuss external developments in the case meeting, but without agreements on scenarios.',
    ),
    t(
      'Voor elke casus met lopende externe procedures zijn scenario’s vastgelegd (vrijlating, terugkeer, intrekking), met wie wat doet.',
      'For every case with external procedures under way, scenarios are written down (release, return, revocation), with who does what.',
    ),
    t(
      'Partners evalueren periodiek hoe externe factoren casussen hebben beïnvloed, en stellen hun scenario’s en afspraken bij.',
      'Partners evaluate at set intervals how external factors affected cases, and adjust their scenarios and agreements.',
    ),
  ),
  questions: [
    {
      id: 'int-extern-voorbereiden',
      origin: 'derived',
      text: t(
        'Bereiden de partners zich voor op externe ontwikkelingen die de aanpak raken, zoals een mogelijke vrijlating, een terugkeer uit het buitenland of een lopend strafrechtelijk onderzoek?',
        'Do the partners prepare for external developments that affect the approach, such as a possible release, a return from abroad or an ongoing criminal investigation?',
      ),
    },
    {
      id: 'int-extern-buiten-beeld',
      origin: 'derived',
      text: t(
        'Is afgesproken hoe de aanpak doorgaat als externe procedures (zoals het intrekken van het Nederlanderschap) interventies blokkeren, zodat iemand niet buiten beeld raakt?',
        'Has it been agreed how the approach continues when external procedures (such as revoking Dutch citizenship) block interventions, so the person does not drop out of sight?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'int-extern-scenario',
      title: t('Scenario’s voor externe ontwikkelingen', 'Scenarios for external developments'),
      description: t(
        'Leg per casus met een lopende externe procedure vast wat de partners doen bij vrijlating, terugkeer of intrekking van het Nederlanderschap, en wie het contact houdt.',
        'For each case with an external procedure under way, set down what the partners do on release, return or revocation of citizenship, and who keeps in touch.',
      ),
    },
  ],
};
