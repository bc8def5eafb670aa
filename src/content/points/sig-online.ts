import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';

const ONLINE = t(
  '§1.1: radicalisering vindt steeds meer online plaats, vooral bij jongeren en jongvolwassenen.',
  '§1.1: radicalisation increasingly takes place online, mainly among young people and young adults.',
);
const CAPACITY = t(
  '§1.1: politie en jongerenwerk investeren in online contact, maar mogelijkheden en capaciteit zijn beperkt.',
  '§1.1: police and youth work invest in online contact, but options and capacity are limited.',
);

export const sigOnline: AttentionPoint = {
  id: 'sig-online',
  ref: '1.1',
  title: t('Online contact met inwoners', 'Online contact with residents'),
  summary: t(
    'Radicalisering vindt volgens het rapport en de NCTV steeds vaker online plaats. Volgens het rapport gaat het vooral om jongeren en jongvolwassenen. De politie investeert in de analyse van wat er online verschijnt en in online contact met jongeren en volwassenen, onder meer met digitale wijkagenten. Ook het jongerenwerk zoekt online contact met jongeren. Maar het aantal digitale wijkagenten is beperkt, en online gebeurt zoveel dat het bijna niet bij te houden is. De mogelijkheden en de capaciteit zijn beperkt. Dat wordt ervaren als een tekort.',
    'According to the report and the NCTV, radicalisation increasingly takes place online. According to the report, it mainly concerns young people and young adults. The police invest in analysing what appears online and in online contact with young people and adults, for example through digital community police officers. Youth work also seeks online contact with young people. But the number of digital community police officers is limited, and so much happens online that it is almost impossible to keep up. Options and capacity are limited. This is seen as a shortcoming.',
  ),
  ...ladder({
    topic: t('online contact met inwoners', 'online contact with residents'),
    scope: t(
      'wie online contact legt en met welke groepen (§1.1). Alleen berichten plaatsen is geen contact (keuze van de checklist).',
      'who makes online contact and with which groups (§1.1). Merely posting messages is not contact (the checklist’s choice).',
    ),
    review: t('de afspraak past bij de platforms van jongeren', 'it suits the platforms young people use'),
    basis: [ONLINE, CAPACITY, CAPACITY, CAPACITY],
    agreementIsChoice: true,
  }),
  questions: [
    {
      id: 'sig-online-contact',
      activity: t(
        'iemand, zoals een digitale wijkagent of jongerenwerker, had online een gesprek met inwoners. Alleen iets plaatsen telt niet.',
        'someone, such as a digital community police officer or youth worker, had an online conversation with residents. Posting is not enough.',
      ),
      origin: 'report',
      reportQuestion: 5,
      text: t(
        'Hebben jullie afgesproken hoe jullie online contact leggen met inwoners, vooral met jongeren?',
        'Have you agreed how you make online contact with residents, especially young people?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt in hoeverre jullie investeren in online contact. De niveaus meten de gezamenlijke afspraak over online contact, niet hoeveel jullie investeren (keuze van de checklist).',
        'Adapted question: the report asks to what extent you invest in online contact. The levels measure the joint agreement on online contact, not how much you invest (the checklist’s choice).',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sig-online-inzet',
      title: t('Afspreken wie online contact legt', 'Decide who does online outreach'),
      description: t(
        'Spreek in de gemeente of regio af wie online contact legt met jongeren, en leg dat vast. Wie dat doet, kan bijvoorbeeld de digitale wijkagent zijn, of online jongerenwerk. Betrek politie en jongerenwerk daarbij. De capaciteit is beperkt. Kies samen waar die het meest oplevert (voorstel van de checklist).',
        'Agree in your municipality or region who makes online contact with young people, and record it. For example, the digital community police officer or online youth workers could do this. Involve the police and youth work. Capacity is limited. Choose together where it helps most (the checklist’s suggestion).',
      ),
    },
  ],
};
