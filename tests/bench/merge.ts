import { CHECKLIST } from '../../src/content/pga-2024';
import { createAssessment, withAnswer } from '../../src/domain/assessment';
import { allQuestions } from '../../src/domain/content-index';
import { exportFile, parseImport } from '../../src/domain/file-format';
import { addSource, discussionAgenda } from '../../src/domain/workshop';
import type { AnswerValue, Assessment } from '../../src/domain/types';
import { PARTNER_ROLES } from '../../src/content/partners';
import { median, type BenchResult } from './fixtures';

const RUNS = 15;
const now = new Date('2026-11-28T10:00:00Z');

/** Thirty partners' files of a full scan, as text, the way the facilitator receives them. */
function partnerFiles(count: number): string[] {
  const questions = allQuestions(CHECKLIST);
  const values: AnswerValue[] = [1, 2, 3, 4, 5, 'unknown', 'na'];
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
        { level: values[(i * 3 + q) % values.length]!, note: 'Toelichting van de partner. '.repeat(3) },
        now,
      );
    });
    return exportFile(a, now);
  });
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
  console.log(
    `Merge of 30 partner files: ${agendaLength} questions on the agenda; runs ${times.map((t) => t.toFixed(1)).join(', ')} ms`,
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
