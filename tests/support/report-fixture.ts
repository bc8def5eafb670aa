import { CHECKLIST } from '../../src/content/pga-2024';
import type { Level } from '../../src/content/types';
import { allQuestions } from '../../src/domain/content-index';
import type { Action, AnswerValue, Assessment, Participant } from '../../src/domain/types';
import { seededAssessment } from '../e2e/seed';

// Notes as an advisor writes them: one to three sentences, some with Dutch characters and quotes.
const NOTES = [
  'Het meldpunt is bekend bij de vaste partners, maar nieuwe medewerkers van het sociaal domein weten het niet altijd te vinden.',
  'Afgesproken in het casusoverleg van maart; nog niet vastgelegd in een werkproces. De ZVH-coördinator pakt dit op.',
  'Wisselend: bij de politie goed geregeld, bij het onderwijs afhankelijk van de persoon. “Wie het weet, die weet het.”',
  'Er is een jaarlijkse training; de opkomst was vorig jaar laag (ongeveer een derde van de uitgenodigden).',
  'Geen eenduidig beeld; de partners zien dit verschillend. Bespreken in de werksessie.',
  'Werkt in de praktijk, maar hangt op één persoon bij de gemeente. Bij afwezigheid ligt het stil – risico.',
];

/** Four partners, two from each domain, as in a real session. */
export const SESSION_PARTNERS: Participant[] = [
  {
    id: 'pp',
    name: 'J. Bakker',
    organisation: 'Politie Midden-Nederland',
    role: 'politie',
    domain: 'veiligheid',
  },
  { id: 'po', name: '', organisation: 'Openbaar Ministerie', role: 'om', domain: 'veiligheid' },
  {
    id: 'pz',
    name: 'S. el Amrani',
    organisation: 'Zorg- en Veiligheidshuis',
    role: 'zvh',
    domain: 'sociaal',
  },
  { id: 'pg', name: '', organisation: 'GGZ Centraal', role: 'ggz', domain: 'sociaal' },
];

/**
 * A fully answered scan with notes on every question, an ambition for every step, 20 adopted actions
 * and, optionally, a session with four partner files: the scan the report's page budgets are set for.
 * `uncertain`: one question in seven answered "don't know" or "not applicable", as real groups do; the
 * steps' coverage then reads "6 van 7 beantwoord (1 weet niet)", which makes the scores table taller.
 */
export function councilScan(
  options: { session?: boolean; actions?: number; uncertain?: boolean } = {},
): Assessment {
  const a = seededAssessment('Zelfscan PGA Regio Utrecht 2026');
  const questions = allQuestions(CHECKLIST);
  questions.forEach((r, i) => {
    const level = ([2, 3, 4, 3, 2, 4, 3, 5, 1, 3] as const)[i % 10]!;
    const uncertain = options.uncertain && i % 7 === 3 ? (i % 2 ? 'unknown' : 'na') : undefined;
    a.answers[r.question.id] = { level: uncertain ?? level, note: NOTES[i % NOTES.length]! };
  });
  CHECKLIST.sections.forEach((s, i) => (a.targets[s.id] = i % 3 === 0 ? 4 : 3));
  const points = CHECKLIST.sections.flatMap((s) => s.attentionPoints);
  const owners = [
    'Gemeente OOV',
    'Politie',
    'Zorg- en Veiligheidshuis',
    'Openbaar Ministerie',
    'GGZ Centraal',
  ];
  a.actions = Array.from({ length: options.actions ?? 20 }, (_, i): Action => {
    const point = points[i % points.length]!;
    const template = point.suggestedActions[0]!;
    return {
      id: `act-${i}`,
      attentionPointId: point.id,
      title: template.title.nl,
      description: template.description.nl,
      owner: owners[i % owners.length]!,
      due: `2027-${String((i % 12) + 1).padStart(2, '0')}-01`,
      priority: (['high', 'medium', 'low', 'high'] as const)[i % 4]!,
      status: (['open', 'open', 'in-progress', 'done'] as const)[i % 4]!,
      origin: 'suggested',
      templateId: template.id,
    };
  });
  if (options.session) {
    a.participants = SESSION_PARTNERS;
    a.workshop.sources = SESSION_PARTNERS.map((p, pi) => ({
      id: `scan-${p.id}`,
      participantId: p.id,
      title: `Zelfscan ${p.organisation}`,
      contentVersion: CHECKLIST.version,
      importedAt: '2026-11-20T10:00:00.000Z',
      answers: Object.fromEntries(
        questions.map((r, qi): [string, AnswerValue] => {
          // Security partners score higher on some questions, social partners on others: real disagreement.
          const base = ((qi + pi) % 4) + 1;
          const shift = p.domain === 'veiligheid' ? (qi % 3 === 0 ? 1 : 0) : qi % 5 === 0 ? -1 : 0;
          return [r.question.id, Math.min(5, Math.max(1, base + shift)) as AnswerValue];
        }),
      ),
      // A few notes per partner, as the partners in a real session wrote two or three each.
      notes: Object.fromEntries(
        questions
          .filter((_, qi) => (qi + pi * 7) % 25 === 0)
          .map((r) => [r.question.id, `${p.organisation}: zo werkt het bij ons in de praktijk.`]),
      ),
    }));
  }
  return a;
}

/** The council scan once a year from 2024 on, every level one higher each year (capped at 5): a region improving. */
export function yearlyScans(count: number, options: { actions?: number } = {}): Assessment[] {
  return Array.from({ length: count }, (_, i) => {
    const year = 2024 + i;
    const a = councilScan({ actions: options.actions ?? 0 });
    a.id = `year-${year}`;
    a.date = `${year}-11-15`;
    for (const [id, answer] of Object.entries(a.answers))
      if (typeof answer.level === 'number')
        a.answers[id] = { ...answer, level: Math.min(5, answer.level + i) as Level };
    return a;
  });
}
