import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const doelSubdoelen: AttentionPoint = {
  id: 'doel-subdoelen',
  ref: '1.5',
  title: t('Heldere, concrete (sub)doelen', 'Clear, concrete (sub-)goals'),
  summary: t(
    '(Sub)doelen moeten concreet zijn en samen door de betrokken partners worden vastgesteld. Ze laten zien of de aanpak nog op koers ligt of moet worden bijgestuurd. Vooral subdoelen worden nog niet altijd concreet gemaakt, waardoor niet na te gaan is waarom voor bepaalde interventies is gekozen. Het helpt om bij elk subdoel te benoemen waarom het gesteld wordt en wat het op langere termijn moet opleveren, zoals een woning die helpt het pro-sociale netwerk te versterken.',
    '(Sub-)goals should be concrete and set jointly by the partners involved. They show whether the approach is still on course or needs adjusting. Sub-goals in particular are not always made concrete, so it cannot be traced why certain interventions were chosen. It helps to state for each sub-goal why it was set and what it should achieve in the longer run, such as housing that helps strengthen a pro-social network.',
  ),
  rubric: rubric(
    t(
      'Er is alleen een algemeen doel (zoals veiligheid borgen); subdoelen worden niet gesteld.',
      'There is only a general goal (such as ensuring safety); no sub-goals are set.',
    ),
    t(
      'Sommige partners stellen subdoelen, maar vaag of zonder ze met elkaar af te stemmen.',
      'Some partners set sub-goals, but vaguely or without agreeing them with each other.',
    ),
    t(
      'In het casusoverleg worden subdoelen afgesproken, maar niet steeds concreet of met onderbouwing vastgelegd.',
      'Sub-goals are agreed in the case meeting, but not always made concrete or recorded with their reasons.',
    ),
    t(
      'In elke casus zijn concrete subdoelen met hun reden en beoogd effect gezamenlijk vastgesteld en vastgelegd.',
      'In every case, concrete sub-goals with their reason and intended effect are set jointly and recorded.',
    ),
    t(
      'Partners toetsen periodiek of de subdoelen behaald worden en bijdragen aan het hoofddoel, en verbeteren hun manier van doelen stellen.',
      'Partners check at set intervals whether sub-goals are met and serve the main goal, and improve the way they set goals.',
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
        'Worden de (sub)doelen gezamenlijk door de betrokken partners vastgesteld?',
        'Are the (sub-)goals set jointly by the partners involved?',
      ),
    },
    {
      id: 'doel-onderbouwing',
      origin: 'derived',
      text: t(
        'Wordt bij elk subdoel vastgelegd waarom het gesteld is en wat het op langere termijn moet opleveren?',
        'Is it recorded for each sub-goal why it was set and what it should achieve in the longer run?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'doel-subdoelen-format',
      title: t('Subdoelen concreet maken in het casusplan', 'Make sub-goals concrete in the case plan'),
      description: t(
        'Neem in het casusplan per subdoel op: wat, waarom, wat het op langere termijn moet opleveren, wie eraan werkt en wanneer het wordt geëvalueerd.',
        'For each sub-goal, record in the case plan: what, why, what it should achieve in the longer run, who works on it and when it is reviewed.',
      ),
    },
    {
      id: 'doel-subdoelen-samen',
      title: t('Doelen samen vaststellen', 'Set goals together'),
      description: t(
        'Stel (sub)doelen vast in het casusoverleg met alle betrokken partners, zodat veiligheids- en sociaal domein zich erin herkennen.',
        'Set (sub-)goals in the case meeting with all partners involved, so that both the security and the social domain recognise themselves in them.',
      ),
    },
  ],
};
