// The maximal scan: every optional field of the saved shape set, every list and record non-empty, so a
// round trip through storage, export and import shows whether any field is lost on the way.
import { CHECKLIST } from '../../src/content/pga-2024';
import { allQuestions } from '../../src/domain/content-index';
import type { Assessment } from '../../src/domain/types';
import { seededAssessment } from '../e2e/seed';

export function maximalScan(): Assessment {
  const base = seededAssessment('Maximale zelfscan');
  const [first, second] = allQuestions(CHECKLIST).map((r) => r.question.id);
  const participant = {
    id: 'p1',
    name: 'A. de Vries',
    organisation: 'Politie Midden-Nederland',
    role: 'politie',
    domain: 'veiligheid' as const,
  };
  const actions = base.actions.map((a) => ({ ...a, templateId: 'mon-afspraken-vastleggen' }));
  return {
    ...base,
    answers: {
      ...base.answers,
      [first!]: { level: 2, note: 'Samengevoegd: ë ĳ € “ ”', mergedFrom: ['oude-vraag-a', 'oude-vraag-b'] },
    },
    participants: [
      participant,
      {
        ...participant,
        id: 'p2',
        name: '',
        organisation: 'GGZ',
        domain: 'sociaal',
        invitedAt: '2026-11-20T09:00:00.000Z',
      },
    ],
    actions,
    workshop: {
      sources: [
        {
          id: 'bron-1',
          participantId: 'p1',
          title: 'Politie',
          contentVersion: CHECKLIST.version,
          importedAt: '2026-11-28T09:00:00Z',
          answers: { [first!]: 4, [second!]: 'unknown' },
          notes: { [first!]: 'Wij bespreken elke casus wekelijks: ë ĳ €' },
          marks: { [second!]: { reason: 'disagree', text: 'OM ziet dit anders' } },
        },
      ],
      tallies: { [first!]: { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, unknown: 1, na: 1 } },
      notesBy: 'domain',
      choices: { unanimous: true, median: true },
      agenda: {
        order: 'gap',
        top: 10,
        section: 'signaleren',
        removed: ['sig-structuur'],
        added: ['weg-manier'],
      },
    },
    dismissed: ['weg-kennis-expert'],
    retired: [
      {
        questionId: 'vervallen-vraag',
        contentVersion: '2024.1',
        level: 3,
        note: 'Oud antwoord',
        from: 'answers',
      },
    ],
    baseline: {
      id: 'vorige-scan',
      title: 'Zelfscan PGA 2025',
      date: '2025-11-28',
      answers: { [first!]: { level: 1, note: 'Vorig jaar', mergedFrom: ['oude-vraag-a'] } },
      targets: { wegen: 3 },
      actions,
    },
    respondent: {
      name: 'B. Jansen',
      organisation: 'Gemeente Utrecht',
      role: 'gemeente-oov',
      domain: 'veiligheid',
    },
    session: {
      id: 'sessie-1',
      participantId: 'p1',
      title: 'Werksessie PGA 2026',
      region: 'Regio Utrecht',
      date: '2026-12-10',
    },
    backedUpAt: '2026-11-29T08:30:00.000Z',
    evidence: {
      [CHECKLIST.sections[0]!.attentionPoints[0]!.id]: [
        {
          id: 'bewijs-1',
          title: 'Convenant PGA Midden-Nederland: ë ĳ €',
          version: '2.0',
          owner: 'Politie Midden-Nederland',
          location: 'https://intranet.example/convenant.pdf',
          sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
          effective: '2025-01-01',
          reviewBy: '2026-01-01',
        },
      ],
    },
    marks: { [first!]: { reason: 'unsure', text: 'Twijfel over niveau 3 of 4' } },
  };
}
