import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const wegKennis: AttentionPoint = {
  id: 'weg-kennis',
  ref: '1.2',
  title: t('Kennisontwikkeling', 'Building knowledge'),
  summary: t(
    'Wie een signaal weegt, moet de verschillende stromingen kennen. Zonder kennis van bijvoorbeeld anti-institutioneel extremisme is het lastig signalen te duiden en goed te beslissen over start of voortzetting van de PGA. Professionals hadden de afgelopen jaren vooral te maken met jihadisme en zoeken naar manieren om kennis op te bouwen over voor hen nieuwere fenomenen, zoals anti-institutioneel en rechts-extremisme.',
    'Whoever weighs a signal needs to know the different movements. Without knowledge of, say, anti-institutional extremism it is hard to interpret signals and decide well on starting or continuing a PGA. In recent years professionals dealt mostly with jihadism, and they are looking for ways to build knowledge of phenomena that are newer to them, such as anti-institutional and far-right extremism.',
  ),
  rubric: rubric(
    t(
      'Er is geen aandacht voor de kennis van de mensen die wegen.',
      'There is no attention to the knowledge of those who weigh.',
    ),
    t(
      'Kennis hangt af van de eigen ervaring en interesse van individuele professionals, vooral over jihadisme.',
      'Knowledge depends on individual professionals’ own experience and interest, mostly about jihadism.',
    ),
    t(
      'Partners hebben afgesproken kennis op te bouwen over meerdere stromingen, maar dat gebeurt incidenteel.',
      'Partners have agreed to build knowledge of several movements, but it happens only now and then.',
    ),
    t(
      'Er is een vast aanbod (training, expertise op afroep) over alle relevante stromingen voor iedereen die weegt.',
      'There is a standing offer (training, expertise on call) covering all relevant movements for everyone who weighs.',
    ),
    t(
      'Het kennisaanbod wordt periodiek getoetst aan het dreigingsbeeld en aan wat de weegploeg mist, en bijgesteld.',
      'The knowledge offer is checked at set intervals against the threat picture and against what the weighing team lacks, and adjusted.',
    ),
  ),
  questions: [
    {
      id: 'weg-toegerust',
      origin: 'report',
      reportQuestion: 7,
      text: t(
        'Zijn de professionals die betrokken zijn bij de weging van signalen voldoende toegerust om dat te doen?',
        'Are the professionals involved in weighing signals sufficiently equipped to do so?',
      ),
    },
    {
      id: 'weg-nieuwe-stromingen',
      origin: 'derived',
      text: t(
        'Bouwen de partners gericht kennis op over stromingen die voor hen relatief nieuw zijn, zoals anti-institutioneel extremisme en rechts-extremisme?',
        'Do the partners deliberately build knowledge of movements that are relatively new to them, such as anti-institutional and far-right extremism?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'weg-kennis-sessies',
      title: t('Kennissessies over stromingen', 'Knowledge sessions on movements'),
      description: t(
        'Organiseer voor de weegploeg periodiek kennissessies over actuele stromingen, met extra aandacht voor anti-institutioneel extremisme en rechts-extremisme.',
        'Hold regular knowledge sessions for the weighing team on current movements, with extra attention to anti-institutional and far-right extremism.',
      ),
    },
    {
      id: 'weg-kennis-expert',
      title: t('Expertise op afroep regelen', 'Arrange expertise on call'),
      description: t(
        'Spreek af welke experts de weegploeg kan raadplegen bij een casus uit een stroming die minder bekend is.',
        'Agree which experts the weighing team can consult on a case from a less familiar movement.',
      ),
    },
  ],
};
