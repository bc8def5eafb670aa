import type { AttentionPoint } from '../types';
import { join, ladder, t } from '../text';

const NEEDED = t(
  '§1.2: voor de weging is het van belang dat partners de verschillende stromingen kennen.',
  '§1.2: for the assessment, it is important that partners know the different movements.',
);
const SEARCHING = t(
  '§1.2: professionals zoeken nog hoe ze kennis opbouwen over anti-institutioneel en rechts-extremisme.',
  '§1.2: professionals are still looking for ways to build knowledge of anti-institutional and far-right extremism.',
);
// The levels measure training because knowledge itself cannot be shown; said in each level's basis (round 10).
const MEASURED = t(
  'De niveaus meten bijscholing; dat is een keuze van de checklist.',
  'The levels measure further training; that is the checklist’s choice.',
);
const withChoice = (b: typeof NEEDED) => join(b, MEASURED);

export const wegKennis: AttentionPoint = {
  id: 'weg-kennis',
  ref: '1.2',
  title: t('Kennis van stromingen', 'Knowledge of movements'),
  summary: t(
    'Voor het wegen is het van belang dat wie weegt de verschillende stromingen kent. Wie niet weet wat anti-institutioneel extremisme is, kan signalen daarvan moeilijk beoordelen. De afgelopen jaren ging het vooral om jihadisme of gewelddadig moslimextremisme. Professionals zoeken nog naar manieren om kennis op te bouwen over stromingen die voor hen vrij nieuw zijn, zoals anti-institutioneel extremisme en rechts-extremisme.',
    'For the assessment, it matters that those who assess signals know the different movements. If you do not know what anti-institutional extremism is, its signals are hard to judge. In recent years professionals dealt mainly with jihadism or violent Muslim extremism. Professionals are still looking for ways to build knowledge of movements that are relatively new to them, such as anti-institutional and far-right extremism.',
  ),
  ...ladder({
    topic: t('bijscholing van de weegploeg', 'further training of the assessment team'),
    scope: t(
      'wie bijscholing krijgt en over welke stromingen. Ook nieuwe stromingen horen erbij. Dit is een keuze van de checklist: §1.2 noemt geen training. Een training voor de weegploeg samen met professionals die signalen opvangen, hoort bij ‘Kennis om signalen te herkennen’. Dat geldt ook voor de handeling bij niveau 1 en 2 (keuze van de checklist).',
      'who gets further training and on which movements. New movements are part of it. This is the checklist’s choice: §1.2 names no training. A course for the assessment team together with professionals who may pick up signals belongs under ‘Knowledge to recognise signals’. This also applies to the activity at levels 1 and 2 (the checklist’s choice).',
    ),
    review: t('de lesstof actueel blijft', 'the course stays up to date'),
    basis: [withChoice(NEEDED), withChoice(SEARCHING), withChoice(SEARCHING), withChoice(NEEDED)],
    agreementIsChoice: true,
  }),
  questions: [
    {
      id: 'weg-toegerust',
      activity: t(
        'iemand in de weegploeg volgde een training of bijeenkomst over radicalisering, extremisme of wegen.',
        'someone in the assessment team attended a training course or meeting on radicalisation, extremism or assessment.',
      ),
      origin: 'report',
      reportQuestion: 7,
      text: t(
        'Hebben jullie afgesproken hoe jullie zorgen dat de professionals in jullie weegploeg toegerust zijn om signalen te wegen?',
        'Have you agreed how you make sure that the professionals in your assessment team are equipped to assess signals?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt of de professionals die bij de weging betrokken zijn voldoende toegerust zijn; dat is de weegploeg (§1.2). De niveaus meten bijscholing: een training of bijeenkomst, omdat kennis zelf moeilijk te laten zien is. Dat is een keuze van de checklist: §1.2 noemt geen training.',
        'Adapted question: the report asks whether the professionals involved in the assessment are sufficiently equipped; that is the assessment team (§1.2). The levels measure further training: a training course or meeting, because knowledge itself is hard to show. That is the checklist’s choice: §1.2 names no training.',
      ),
      rules: [
        t(
          'Een training telt bij één van de twee punten over kennis. Is die alleen voor de weegploeg? Dan hoort die hier. Is die voor professionals die signalen kunnen opvangen, ook samen met de weegploeg? Dan hoort die bij ‘Kennis om signalen te herkennen’. Dat geldt ook voor de handeling bij niveau 1 en 2: een training die bij ‘Kennis om signalen te herkennen’ hoort, telt hier niet.',
          'A training course counts under one of the two points on knowledge. If it is meant only for the assessment team, it belongs here. If it is meant for professionals who may pick up signals, it belongs under ‘Knowledge to recognise signals’. That includes a course they share with the assessment team. This also applies to the activity at levels 1 and 2: a course that belongs under ‘Knowledge to recognise signals’ does not count here.',
        ),
        t(
          'Bij deze vraag horen alle professionals die in de weegploeg wegen, ook wie maar een deel van de meldingen meeweegt. Geldt de afspraak niet voor elk van hen? Dan regelt die een deel. Dat geldt ook als iemand meeweegt die volgens jullie eigen stukken niet bij de weegploeg hoort.',
          'This question covers every professional who assesses signals in the assessment team, including those who assess only some of the signals. If the agreement does not apply to each of them, it covers part. This also applies if your own documents do not count someone who takes part in assessing as a member of the team.',
        ),
      ],
      doubts: [
        t(
          'Zegt een zin alleen dat medewerkers kennis moeten hebben, zoals ‘partijen zorgen dat hun medewerkers kennis hebben van radicalisering’? Dan zegt die niet hoe zij die kennis opdoen. Zo’n zin regelt hier niets (keuze van de checklist).',
          'Take a sentence that says only that staff must have knowledge, such as ‘the parties see to it that their staff know about radicalisation’. It does not say how they gain that knowledge, so it covers nothing here (the checklist’s choice).',
        ),
      ],
    },
    {
      id: 'weg-nieuwe-stromingen',
      activity: t(
        'iemand in de weegploeg volgde een training of bijeenkomst over een stroming die nieuw is voor jullie.',
        'someone in the assessment team attended a training course or meeting on a movement that is new to you.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken dat de bijscholing van jullie weegploeg ook gaat over stromingen die nieuw voor jullie zijn?',
        'Have you agreed that your assessment team’s further training also covers movements new to you?',
      ),
      help: t(
        'Bijvoorbeeld anti-institutioneel extremisme of rechts-extremisme (§1.2).',
        'For example anti-institutional extremism or far-right extremism (§1.2).',
      ),
      basis: SEARCHING,
    },
  ],
  suggestedActions: [
    {
      id: 'weg-kennis-sessies',
      title: t('Kennissessies over stromingen', 'Learning sessions on movements'),
      description: t(
        'Organiseer voor de weegploeg op vaste momenten kennissessies over actuele stromingen (voorstel van de checklist). Geef extra aandacht aan anti-institutioneel extremisme en rechts-extremisme.',
        'Hold learning sessions for the assessment team at set times on current movements (the checklist’s suggestion). Give extra attention to anti-institutional and far-right extremism.',
      ),
    },
    {
      id: 'weg-kennis-expert',
      title: t('Expertise op afroep regelen', 'Arrange expertise on call'),
      description: t(
        'Spreek af welke experts de weegploeg kan raadplegen bij een casus uit een minder bekende stroming (voorstel van de checklist). Dit telt niet mee voor het niveau: dat meet bijscholing.',
        'Agree which experts the assessment team can consult on a case from a less familiar movement (the checklist’s suggestion). This does not count towards the level, which measures further training.',
      ),
    },
  ],
};
