import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

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
    'Radicalisering vindt steeds vaker online plaats, vooral bij jongeren en jongvolwassenen. De politie analyseert online materiaal en zet onder meer digitale wijkagenten in. Ook het jongerenwerk zoekt online contact met jongeren. Maar er zijn weinig digitale wijkagenten, en online gebeurt te veel om bij te houden. Partners ervaren die beperkte capaciteit als een gemis.',
    'Radicalisation increasingly takes place online, mainly among young people and young adults. The police analyse online material and deploy, among others, digital community police officers. Youth work also seeks online contact with young people. But there are few digital community officers, and too much happens online to keep up. Partners see this limited capacity as a gap.',
  ),
  rubric: rubric(
    lv(
      t(
        'Geen enkele partner legt vanuit de aanpak online contact met inwoners.',
        'No partner makes online contact with residents as part of the approach.',
      ),
      ONLINE,
    ),
    lv(
      t(
        'Online contact hangt af van enkele professionals die het op eigen initiatief doen.',
        'Online contact depends on a few professionals who do it on their own initiative.',
      ),
      CAPACITY,
    ),
    lv(
      t(
        'De partners hebben afgesproken wie online contact legt, bijvoorbeeld de digitale wijkagent of het jongerenwerk, maar er is geen tijd voor vrijgemaakt.',
        'The partners have agreed who makes online contact, for example the digital community officer or youth work, but no time has been set aside for it.',
      ),
      CAPACITY,
    ),
    lv(
      t(
        'Vastgelegd is wie online contact legt en hoeveel uur per week daarvoor beschikbaar is.',
        'It is written down who makes online contact and how many hours a week are available for it.',
      ),
      CAPACITY,
    ),
    lv(
      t(
        'De partners bekijken op vaste momenten of de online inzet past bij wat er online speelt, en passen de capaciteit aan.',
        'The partners check at set times whether the online effort fits what happens online, and adjust the capacity.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'sig-online-contact',
      origin: 'report',
      reportQuestion: 5,
      text: t(
        'In hoeverre investeren jullie in online contact met inwoners, vooral met jongeren?',
        'To what extent do you invest in online contact with residents, especially young people?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sig-online-inzet',
      title: t('Online aanwezigheid beleggen', 'Assign an online presence'),
      description: t(
        'Spreek met politie en jongerenwerk af wie online contact legt met jongeren, en met hoeveel tijd. Denk aan de digitale wijkagent of online jongerenwerk.',
        'Agree with the police and youth work who makes online contact with young people, and with how much time. Think of the digital community officer or online youth work.',
      ),
    },
  ],
};
