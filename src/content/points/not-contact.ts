import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const notContact: AttentionPoint = {
  id: 'not-contact',
  ref: '1.4',
  title: t('Contact met de betrokkene opbouwen', 'Building contact with the person'),
  summary: t(
    'Direct contact met de betrokkene is voor veel professionals een voorwaarde om te kunnen duiden en om interventies te laten werken. Meestal lukt het redelijk om duurzaam contact op te bouwen, vaak via iemand die al contact had of via de familie. Waar nog geen ingang is, zoekt men een “haakje”, zoals hulp bij schulden. Professionals benadrukken een menselijke, onbevooroordeelde benadering en openheid over wie je bent en wat je rol is.',
    'For many professionals direct contact with the person is a condition for interpreting the case and for interventions to work. Building lasting contact usually works reasonably well, often through someone who already had contact or through the family. Where there is no way in yet, partners look for a “hook”, such as help with debts. Professionals stress a humane, unprejudiced approach and openness about who you are and what your role is.',
  ),
  rubric: rubric(
    t(
      'Er wordt niet gericht gewerkt aan contact met de betrokkene.',
      'No deliberate effort is made to build contact with the person.',
    ),
    t(
      'Contact ontstaat als een professional toevallig een ingang heeft.',
      'Contact happens when a professional happens to have a way in.',
    ),
    t(
      'Partners bespreken per casus wie contact legt en hoe, maar zonder gedeelde uitgangspunten.',
      'Partners discuss per case who makes contact and how, but without shared principles.',
    ),
    t(
      'Er zijn vastgelegde uitgangspunten voor het leggen van contact (wie, via welke ingang, met openheid over de eigen rol), toegepast in elke casus.',
      'There are written principles for making contact (who, through which way in, with openness about one’s role), applied in every case.',
    ),
    t(
      'Partners evalueren periodiek hoe het contact in casussen verloopt en leren daarvan.',
      'Partners evaluate at set intervals how contact went in cases and learn from it.',
    ),
  ),
  questions: [
    {
      id: 'not-contact-opbouwen',
      origin: 'derived',
      text: t(
        'Is er per casus aandacht voor wie contact legt met de betrokkene en via welke ingang, bijvoorbeeld via iemand die al contact heeft of via praktische hulp?',
        'In each case, is thought given to who makes contact with the person and through which way in, for instance someone who already has contact, or practical help?',
      ),
    },
    {
      id: 'not-contact-houding',
      origin: 'derived',
      text: t(
        'Is het een gedeeld uitgangspunt dat professionals de betrokkene menselijk en onbevooroordeeld benaderen en open zijn over wie ze zijn en wat hun rol is?',
        'Is it a shared principle that professionals approach the person humanely and without prejudice, and are open about who they are and what their role is?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'not-contact-plan',
      title: t('Contactplan per casus', 'A contact plan for each case'),
      description: t(
        'Bespreek bij de start van elke casus wie het contact legt, via welke ingang (familie, bestaand contact, praktische hulp) en hoe diegene zijn of haar rol uitlegt.',
        'At the start of each case, discuss who makes contact, through which way in (family, an existing contact, practical help) and how that person explains their role.',
      ),
    },
  ],
};
