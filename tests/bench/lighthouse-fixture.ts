// The heaviest real cases for the Lighthouse bench: a session scan with a note of about 2 KB on every
// question, 21 actions and the scans of a workshop of 15 partners, and a follow-up chain of yearly scans for
// the trend screen.
import { CHECKLIST } from '../../src/content/pga-2024';
import { PARTNER_ROLES } from '../../src/content/partners';
import { allQuestions } from '../../src/domain/content-index';
import type { AnswerValue, Assessment, Participant } from '../../src/domain/types';
import { heavyAssessment } from './fixtures';
import { libraryScan, note } from '../support/library-fixture';

const PARTNERS = 15;
const VALUES: AnswerValue[] = [1, 2, 3, 4, 5, 'unknown', 'na'];

/** The facilitator's scan after the session: agreed levels with full notes, and 15 partners' scans read in. */
export function workshopScan(): Assessment {
  const a = heavyAssessment(21);
  a.id = 'lighthouse-werksessie';
  a.title = 'Werksessie PGA 2026';
  const questions = allQuestions(CHECKLIST);
  questions.forEach((r, q) => {
    a.answers[r.question.id] = { ...a.answers[r.question.id]!, note: note(q) };
  });
  a.participants = Array.from({ length: PARTNERS }, (_, i): Participant => {
    const role = PARTNER_ROLES[i % PARTNER_ROLES.length]!;
    return {
      id: `p${i}`,
      name: '',
      organisation: `Organisatie ${i + 1}`,
      role: role.id,
      domain: role.domain,
    };
  });
  a.workshop.sources = a.participants.map((p, i) => ({
    id: `scan-${p.id}`,
    participantId: p.id,
    title: `Zelfscan ${p.organisation}`,
    contentVersion: CHECKLIST.version,
    importedAt: '2026-11-20T10:00:00.000Z',
    notes: {},
    answers: Object.fromEntries(
      questions.map((r, q): [string, AnswerValue] => [r.question.id, VALUES[(i * 3 + q) % VALUES.length]!]),
    ),
  }));
  return a;
}

/** Five yearly scans (2 KB notes on every question, 30 actions each), level 1 to 5, the oldest first. */
export function trendScans(): Assessment[] {
  return [0, 6, 12, 18, 24].map((i) => ({ ...libraryScan(i), region: 'Regio Utrecht' }));
}

/** The bench's six screens by short name, each with its address and the scans its profile holds (dev aids). */
export function profiledScreen(name: string): { hash: string; scans: Assessment[] } {
  const session = workshopScan();
  const years = trendScans();
  const screens: Record<string, { hash: string; scans: Assessment[] }> = {
    start: { hash: '', scans: [session] },
    step: { hash: `#/scan/${session.id}/stap/wegen`, scans: [session] },
    results: { hash: `#/scan/${session.id}/resultaten`, scans: [session] },
    plan: { hash: `#/scan/${session.id}/plan`, scans: [session] },
    session: { hash: `#/scan/${session.id}/werksessie`, scans: [session] },
    trend: { hash: `#/trend?scans=${years.map((a) => a.id).join(',')}`, scans: years },
  };
  const screen = screens[name];
  if (!screen) throw new Error(`unknown screen ${name}: one of ${Object.keys(screens).join(', ')}`);
  return screen;
}
