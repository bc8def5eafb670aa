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
    'Radicalisering vindt steeds vaker online plaats, vooral bij jongeren en jongvolwassenen. De politie analyseert online materiaal en zet onder meer digitale wijkagenten in. Ook het jongerenwerk zoekt online contact met jongeren. Maar er zijn weinig digitale wijkagenten, en online gebeurt zoveel dat het bijna niet bij te houden is. Partners ervaren die beperkte capaciteit als een gemis.',
    'Radicalisation increasingly takes place online, mainly among young people and young adults. The police analyse online material and deploy, among others, digital community police officers. Youth work also seeks online contact with young people. But there are few digital community officers, and so much happens online that it can hardly be followed. Partners see this limited capacity as a gap.',
  ),
  rubric: rubric(
    lv(
      t(
        'Geen enkele partner in de gemeente of regio legt online contact met inwoners.',
        'No partner in the municipality or region makes online contact with residents.',
      ),
      ONLINE,
    ),
    lv(
      t(
        'Sommige partners leggen online contact, ieder op eigen initiatief of vanuit eigen beleid; samen is niets afgesproken.',
        'Some partners make online contact, each on their own initiative or under their own policy; nothing has been agreed together.',
      ),
      CAPACITY,
    ),
    lv(
      t(
        'De partners hebben samen afgesproken wie online contact legt. Dat staat niet op papier, of staat op papier maar gebeurt niet zoals afgesproken.',
        'The partners have agreed who makes online contact. It is not written down, or it is written down but not done as agreed.',
      ),
      CAPACITY,
    ),
    lv(
      t(
        'Op papier staat wie online contact legt, en dat gebeurt ook zoals afgesproken. De terugblik van niveau 5 is er niet.',
        'It is written down who makes online contact, and it is done as agreed. The review of level 5 does not take place.',
      ),
      CAPACITY,
    ),
    lv(
      t(
        'Zoals niveau 4. Daarnaast bekijken de partners op vaste momenten samen of hun online contact de inwoners bereikt bij wie radicalisering online speelt. Zo nodig passen ze de afspraak aan.',
        'As at level 4. In addition, the partners review together at set times whether their online contact reaches the residents among whom radicalisation happens online. Where needed they adjust the agreement.',
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
      title: t('Afspreken wie online contact legt', 'Decide who does online outreach'),
      description: t(
        'Spreek met politie en jongerenwerk af wie online contact legt met jongeren, bijvoorbeeld de digitale wijkagent of online jongerenwerk. De capaciteit is beperkt; kies samen waar die het meest oplevert.',
        'Agree with the police and youth work who makes online contact with young people, for example the digital community police officer or online youth work. Capacity is limited; choose together where it helps most.',
      ),
    },
  ],
};
