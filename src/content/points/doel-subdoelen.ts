import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const GENERAL = t(
  '§1.5: vaak heeft een casus alleen een algemeen doel; subdoelen komen er gaandeweg bij.',
  '§1.5: a case often has only a general goal; sub-goals are added along the way.',
);
const NOT_CONCRETE = t(
  '§1.5: subdoelen worden nog niet altijd concreet gemaakt, waardoor de keuze voor interventies niet altijd te volgen is.',
  '§1.5: sub-goals are not always made concrete, so the choice of interventions cannot always be traced.',
);
const EXPLICIT = t(
  '§1.5: maak expliciet waarom een subdoel wordt gesteld en wat het op langere termijn moet opleveren.',
  '§1.5: make explicit why a sub-goal is set and what it should achieve in the longer run.',
);

export const doelSubdoelen: AttentionPoint = {
  id: 'doel-subdoelen',
  ref: '1.5',
  title: t('Heldere, concrete (sub)doelen', 'Clear, concrete (sub-)goals'),
  summary: t(
    'Subdoelen moeten concreet zijn en samen door de partners worden vastgesteld. Ze helpen te zien of de aanpak en de interventies nog op koers liggen. Subdoelen worden nog niet altijd concreet gemaakt. Dan is niet altijd te volgen waarom een interventie is gekozen. Een voorbeeld: een woning regelen, zodat iemand zijn kind weer een paar dagen per week kan opvangen. Dat kan het pro-sociale netwerk versterken, een beschermende factor.',
    'Sub-goals should be concrete and set by the partners together. They help to see whether the approach and the interventions are still on course. Sub-goals are not always made concrete. It is then not always clear why an intervention was chosen. An example: arranging a home, so that someone can again look after their child a few days a week. That can strengthen the pro-social network, a protective factor.',
  ),
  rubric: rubric(
    lv(
      t(
        'Casussen hebben alleen het algemene doel van de PGA; er worden geen subdoelen gesteld.',
        'Cases have only the general goal of the PGA; no sub-goals are set.',
      ),
      GENERAL,
    ),
    lv(
      t(
        'Subdoelen worden soms gesteld, afhankelijk van wie de casus voert, en zijn niet concreet.',
        'Sub-goals are set at times, depending on who handles the case, and are not concrete.',
      ),
      NOT_CONCRETE,
    ),
    lv(
      t(
        'De partners stellen samen concrete subdoelen, maar leggen niet vast waarom elk subdoel er is.',
        'The partners set concrete sub-goals together, but do not record why each sub-goal is there.',
      ),
      NOT_CONCRETE,
    ),
    lv(
      t(
        'Elk casusplan bevat concrete subdoelen, met per subdoel waarom het er is en wat het moet opleveren.',
        'Every case plan holds concrete sub-goals, each with why it is there and what it should achieve.',
      ),
      EXPLICIT,
    ),
    lv(
      t(
        'De partners bekijken op vaste momenten of subdoelen tot de beoogde resultaten leidden, en scherpen hun werkwijze aan.',
        'The partners check at set times whether sub-goals led to the intended results, and sharpen their way of working.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'doel-concreet',
      origin: 'report',
      reportQuestion: 11,
      text: t('Stellen jullie heldere, concrete subdoelen vast?', 'Do you set clear, concrete sub-goals?'),
    },
    {
      id: 'doel-gezamenlijk',
      origin: 'derived',
      text: t(
        'Stellen jullie de (sub)doelen samen met de betrokken partners vast?',
        'Do you set the (sub-)goals together with the partners involved?',
      ),
      basis: t(
        '§1.5: (sub)doelen moeten gezamenlijk door de betrokken partners zijn vastgesteld.',
        '§1.5: (sub-)goals should be set jointly by the partners involved.',
      ),
    },
    {
      id: 'doel-onderbouwing',
      origin: 'derived',
      text: t(
        'Leggen jullie bij elk subdoel vast waarom het er is en wat het op langere termijn moet opleveren?',
        'For each sub-goal, do you record why it is there and what it should achieve in the longer run?',
      ),
      basis: EXPLICIT,
    },
  ],
  suggestedActions: [
    {
      id: 'doel-subdoelen-format',
      title: t('Subdoelen concreet maken in het casusplan', 'Make sub-goals concrete in the case plan'),
      description: t(
        'Neem in het casusplan per subdoel op: wat, waarom en wat het op langere termijn moet opleveren. Noteer ook wie eraan werkt.',
        'For each sub-goal, record in the case plan: what, why and what it should achieve in the longer run. Also note who works on it.',
      ),
    },
    {
      id: 'doel-subdoelen-samen',
      title: t('Doelen samen vaststellen', 'Set goals together'),
      description: t(
        'Stel (sub)doelen vast in het casusoverleg met alle betrokken partners. Zo herkennen veiligheids- en sociaal domein zich erin.',
        'Set (sub-)goals in the case meeting with all partners involved. That way both the security and the social domain recognise themselves in them.',
      ),
    },
  ],
};
