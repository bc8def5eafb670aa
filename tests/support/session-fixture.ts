import { CHECKLIST } from '../../src/content/pga-2024';
import type { Locale } from '../../src/content/types';
import { allQuestions } from '../../src/domain/content-index';
import type { AnswerValue, Assessment, Participant } from '../../src/domain/types';
import { seededAssessment } from '../e2e/seed';

const PARTNERS: Participant[] = [
  { id: 'pp', name: '', organisation: 'Politie Midden-Nederland', role: 'politie', domain: 'veiligheid' },
  { id: 'po', name: '', organisation: 'Openbaar Ministerie', role: 'om', domain: 'veiligheid' },
  { id: 'pz', name: '', organisation: 'Zorg- en Veiligheidshuis', role: 'zvh', domain: 'sociaal' },
  { id: 'pg', name: '', organisation: 'GGZ Centraal', role: 'ggz', domain: 'sociaal' },
  { id: 'pr', name: '', organisation: 'Reclassering Nederland', role: 'reclassering', domain: 'sociaal' },
];

/** A partner's note of about 280 characters, as long as a partner would write to explain a level. */
export function partnerNote(p: Participant, questionId: string): string {
  return (
    `${p.organisation} over ${questionId}: wij bespreken dit in het casusoverleg, maar de afspraken staan nog ` +
    'niet op papier. Ook is niet altijd duidelijk wie de regie heeft als de persoon verhuist of de zorg ' +
    'weigert, en wie dan de andere partners informeert. Dat willen wij in de sessie bespreken.'
  );
}

/** A session with n partner files (up to five) over the whole checklist, disagreeing on most questions. */
export function sessionScan(n: number): Assessment {
  const a = seededAssessment('Werksessie PGA 2026');
  a.participants = PARTNERS.slice(0, n);
  a.workshop.sources = a.participants.map((p, pi) => ({
    id: `scan-${p.id}`,
    participantId: p.id,
    title: `Zelfscan ${p.organisation}`,
    contentVersion: CHECKLIST.version,
    importedAt: '2026-11-20T10:00:00.000Z',
    answers: Object.fromEntries(
      allQuestions(CHECKLIST).map((r, qi): [string, AnswerValue] => [
        r.question.id,
        (((qi * 7 + pi * 3) % 5) + 1) as AnswerValue,
      ]),
    ),
    // A long note from every partner on every question: the most the projector must fit.
    notes: Object.fromEntries(
      allQuestions(CHECKLIST).map((r) => [r.question.id, partnerNote(p, r.question.id)]),
    ),
  }));
  return a;
}

/** The id of the longest question in the checklist, in a language. */
export function longestQuestion(locale: Locale): string {
  return allQuestions(CHECKLIST).reduce((a, b) =>
    b.question.text[locale].length > a.question.text[locale].length ? b : a,
  ).question.id;
}
