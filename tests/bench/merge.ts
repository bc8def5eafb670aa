import { CHECKLIST } from '../../src/content/pga-2024';
import { createAssessment, withAnswer } from '../../src/domain/assessment';
import { allQuestions } from '../../src/domain/content-index';
import { exportFile, parseImport } from '../../src/domain/file-format';
import { discussionAgenda } from '../../src/domain/workshop';
import { addSource } from '../../src/domain/session-sources';
import type { AnswerValue, Assessment } from '../../src/domain/types';
import { PARTNER_ROLES } from '../../src/content/partners';
import { median, type BenchResult } from './fixtures';

const RUNS = 15;
const now = new Date('2026-11-28T10:00:00Z');

const VALUES: AnswerValue[] = [1, 2, 3, 4, 5, 'unknown', 'na'];
/** Partner i's answer to question q: every fourth question they all agree on 3, the rest vary. */
const valueOf = (i: number, q: number): AnswerValue =>
  q % 4 === 0 ? 3 : VALUES[(i * 3 + q) % VALUES.length]!;

/** Thirty partners' files of a full scan, as text, the way the facilitator receives them. */
function partnerFiles(count: number): string[] {
  const questions = allQuestions(CHECKLIST);
  return Array.from({ length: count }, (_, i) => {
    let a = createAssessment(
      { title: `Scan partner ${i + 1}`, region: 'Regio Utrecht', date: '2026-11-20' },
      CHECKLIST.version,
      now,
    );
    const role = PARTNER_ROLES[i % PARTNER_ROLES.length]!;
    a.participants = [
      { id: 'self', name: '', organisation: `Organisatie ${i + 1}`, role: role.id, domain: role.domain },
    ];
    questions.forEach((r, q) => {
      a = withAnswer(
        a,
        r.question.id,
        { level: valueOf(i, q), note: 'Toelichting van de partner. '.repeat(3) },
        now,
      );
    });
    return exportFile(a, now);
  });
}

/**
 * The agenda's length worked out from the files' pattern, independently of the app: a question is on the
 * agenda when levels given differ by 2 or more, or the domains' means by 1 or more.
 */
function expectedAgendaLength(count: number): number {
  return allQuestions(CHECKLIST).filter((_, q) => {
    const levels: Record<string, number[]> = { veiligheid: [], sociaal: [], other: [] };
    for (let i = 0; i < count; i++) {
      const v = valueOf(i, q);
      if (typeof v === 'number') levels[PARTNER_ROLES[i % PARTNER_ROLES.length]!.domain]!.push(v);
    }
    const all = Object.values(levels).flat();
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const gap =
      levels.veiligheid!.length && levels.sociaal!.length
        ? Math.abs(mean(levels.veiligheid!) - mean(levels.sociaal!))
        : 0;
    return Math.max(...all) - Math.min(...all) >= 2 || gap >= 1;
  }).length;
}

/** Times the whole merge: read and validate 30 files, add each to the workshop, build the agenda. */
export function benchMerge(): BenchResult[] {
  const files = partnerFiles(30);
  const times: number[] = [];
  let agendaLength = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    let w: Assessment = createAssessment(
      { title: 'Werksessie', region: 'Regio Utrecht', date: '2026-11-28' },
      CHECKLIST.version,
      now,
    );
    for (const text of files) {
      const parsed = parseImport(text, text.length);
      if (!parsed.ok) throw new Error('bench file did not parse');
      const r = addSource(CHECKLIST, w, parsed.assessment, now);
      w = { ...w, workshop: r.workshop, participants: r.participants };
    }
    agendaLength = discussionAgenda(CHECKLIST, w).length;
    times.push(performance.now() - start);
  }
  const expected = expectedAgendaLength(files.length);
  // A fast merge that builds the wrong agenda is no result: stop the benchmark.
  if (agendaLength !== expected)
    throw new Error(`merge built an agenda of ${agendaLength} questions; expected ${expected}`);
  console.log(
    `Merge of 30 partner files: ${agendaLength} questions on the agenda (expected ${expected}); runs ${times.map((t) => t.toFixed(1)).join(', ')} ms`,
  );
  return [
    {
      name: 'Merge 30 partner files of a full scan (Node, median)',
      value: median(times),
      unit: 'ms',
      budget: 100,
    },
  ];
}
