import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const sigOnline: AttentionPoint = {
  id: 'sig-online',
  ref: '1.1',
  title: t('Beperkte online signalering', 'Limited online signalling'),
  summary: t(
    'Radicalisering vindt steeds meer online plaats, vooral bij jongeren en jongvolwassenen. Politie (onder meer met de digitale wijkagent) en jongerenwerk investeren in online contact en signalering, maar capaciteit en mogelijkheden zijn beperkt en er gebeurt online te veel om bij te houden. Professionals ervaren dat als een tekort.',
    'Radicalisation increasingly happens online, especially among young people and young adults. The police (including digital community officers) and youth work invest in online contact and signalling, but capacity and means are limited and too much happens online to keep up with. Professionals see this as a gap.',
  ),
  rubric: rubric(
    t(
      'Online contact en online signalering krijgen geen aandacht.',
      'Online contact and online signalling get no attention.',
    ),
    t(
      'Enkele professionals zijn uit eigen beweging online actief of kennen online signalen.',
      'A few professionals are active online or know online signals on their own initiative.',
    ),
    t(
      'Partners hebben afgesproken online aanwezig te zijn en professionals te trainen, maar capaciteit en uitvoering zijn beperkt.',
      'Partners have agreed to be present online and to train professionals, but capacity and follow-through are limited.',
    ),
    t(
      'Online contact (zoals digitale wijkagent of online jongerenwerk) en training in online signalen zijn belegd, met capaciteit, en worden uitgevoerd.',
      'Online contact (such as a digital community officer or online youth work) and training in online signals are assigned, resourced and carried out.',
    ),
    t(
      'De online inzet wordt periodiek geëvalueerd en aangepast aan nieuwe platforms en fenomenen.',
      'The online effort is evaluated at set intervals and adapted to new platforms and phenomena.',
    ),
  ),
  questions: [
    {
      id: 'sig-online-contact',
      origin: 'report',
      reportQuestion: 5,
      text: t(
        'In hoeverre investeert uw gemeente of regio in het leggen van online contact met inwoners, met name jongeren?',
        'To what extent does your municipality or region invest in making online contact with residents, young people in particular?',
      ),
    },
    {
      id: 'sig-online-training',
      origin: 'report',
      reportQuestion: 5,
      text: t(
        'In hoeverre worden professionals in uw gemeente of regio getraind om online signalen van radicalisering te herkennen?',
        'To what extent are professionals in your municipality or region trained to recognise online signs of radicalisation?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sig-online-inzet',
      title: t('Online aanwezigheid beleggen', 'Assign an online presence'),
      description: t(
        'Spreek met politie en jongerenwerk af wie online contact legt met jongeren en met welke capaciteit, bijvoorbeeld via de digitale wijkagent of online jongerenwerk.',
        'Agree with the police and youth work who makes online contact with young people and with what capacity, for instance through a digital community officer or online youth work.',
      ),
    },
    {
      id: 'sig-online-trainen',
      title: t('Training in online signalen', 'Training in online signals'),
      description: t(
        'Neem het herkennen van online signalen van radicalisering op in de training van professionals met een signalerende rol.',
        'Include the recognition of online signs of radicalisation in the training of professionals who spot signals.',
      ),
    },
  ],
};
