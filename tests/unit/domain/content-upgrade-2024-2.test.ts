import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import type { QuestionMove } from '../../../src/content/content-migration-types';
import { CONTENT_MIGRATIONS } from '../../../src/content/content-migrations';
import { CONTENT_VERSION } from '../../../src/content/version';
import { allQuestions } from '../../../src/domain/content-index';
import { lowerAnswer } from '../../../src/domain/content-upgrade';
import { decodeStored, parseImport } from '../../../src/domain/file-format';
import { buildTrend } from '../../../src/domain/trend';
import { createAssessment } from '../../../src/domain/assessment';
import type { Answer, Assessment } from '../../../src/domain/types';
import { joinSession, readScan } from '../../support/old-scan';

const FILES = {
  '2024.1': readFileSync('tests/fixtures/content-2024.1.pgascan.json', 'utf8'),
  '2024.2': readFileSync('tests/fixtures/content-2024.2.pgascan.json', 'utf8'),
  '2024.3': readFileSync('tests/fixtures/content-2024.3.pgascan.json', 'utf8'),
};
const current = new Set(allQuestions(CHECKLIST).map((r) => r.question.id));
const templates = new Set(
  CHECKLIST.sections.flatMap((s) => s.attentionPoints.flatMap((p) => p.suggestedActions.map((a) => a.id))),
);

/** Where an old question's answer ends up now, following every migration step from `from`. */
function destination(id: string, from: string): string | null {
  let at: string | null = id;
  for (const m of CONTENT_MIGRATIONS.slice(CONTENT_MIGRATIONS.findIndex((x) => x.from === from))) {
    const move: QuestionMove | undefined = at === null ? undefined : m.questions[at];
    if (move) at = move.kind === 'removed' ? null : move.to;
  }
  return at;
}

describe('a scan made with checklist 2024.2', () => {
  const raw = JSON.parse(FILES['2024.2']) as { assessment: Assessment };
  const old = raw.assessment;

  it('is a full 2024.2 scan: every 2024.2 question answered and noted', () => {
    expect(old.contentVersion).toBe('2024.2');
    expect(Object.keys(old.answers)).toHaveLength(57);
    for (const [id, a] of Object.entries(old.answers)) expect(a.note, id).not.toBe('');
  });

  it('imports with one notice: one question renamed, four merged (one in 2024.3, three in 2024.4), none removed', () => {
    const result = parseImport(FILES['2024.2'], FILES['2024.2'].length);
    expect(result.ok && result.upgrade).toEqual({
      from: '2024.2',
      to: CONTENT_VERSION,
      renamed: 1,
      merged: 4,
      removed: 0,
      split: 1,
    });
    const a = readScan(FILES['2024.2']);
    expect(a.contentVersion).toBe(CONTENT_VERSION);
    for (const id of Object.keys(a.answers)) expect(current.has(id), id).toBe(true);
    expect(a.retired).toEqual([]);
  });

  it('keeps the lower level and both notes where the case-file format questions met', () => {
    const a = readScan(FILES['2024.2']);
    const target = old.answers['geg-format'] as Answer;
    const moved = old.answers['int-format-dossier'] as Answer;
    expect(a.answers['geg-format']).toEqual({
      level: lowerAnswer(target.level, moved.level),
      note: `${target.note}\n\n${moved.note}`,
      mergedFrom: ['int-format-dossier'],
    });
    expect(a.answers['mon-wie']).toEqual(old.answers['mon-wie-wat']);
  });

  it('does the same for the earlier-scan snapshot, the partner scans and the shows of hands', () => {
    const a = readScan(FILES['2024.2']);
    expect(a.baseline?.answers['mon-wie']).toEqual(old.baseline?.answers['mon-wie-wat']);
    expect(a.baseline?.answers['geg-format']?.mergedFrom).toEqual(['int-format-dossier']);
    const source = a.workshop.sources[0];
    expect(source?.contentVersion).toBe(CONTENT_VERSION);
    for (const id of Object.keys(source?.answers ?? {})) expect(current.has(id), id).toBe(true);
    expect(source?.answers['mon-wie']).toBe(old.workshop.sources[0]?.answers['mon-wie-wat']);
    // The target's own show of hands wins (four merges); the renamed one moves with its question.
    expect(a.workshop.tallies['geg-format']).toEqual(old.workshop.tallies['geg-format']);
    expect(a.workshop.tallies['geg-per-fase']).toEqual(old.workshop.tallies['geg-per-fase']);
    expect(a.workshop.tallies['mon-wie']).toEqual(old.workshop.tallies['mon-wie-wat']);
    expect(Object.keys(a.workshop.tallies)).toHaveLength(Object.keys(old.workshop.tallies).length - 4);
  });

  it('keeps every action on a template that still exists, under its point', () => {
    const a = readScan(FILES['2024.2']);
    expect(a.actions).toHaveLength(old.actions.length);
    for (const x of a.actions) if (x.templateId) expect(templates.has(x.templateId), x.templateId).toBe(true);
  });

  it('opens from browser storage the same way, and needs no second upgrade', () => {
    const stored = decodeStored(JSON.stringify(old));
    expect(stored.ok && stored.assessment).toEqual(readScan(FILES['2024.2']));
    const again = decodeStored(JSON.stringify(readScan(FILES['2024.2'])));
    expect(again.ok && again.upgrade).toBeUndefined();
  });

  it('merges into a workshop as a partner file without losing a level', () => {
    const added = joinSession(readScan(FILES['2024.2']), '2026-12-01');
    expect(added.ignored).toBe(0);
    const levels = added.workshop.sources[0]?.answers ?? {};
    expect(levels['mon-wie']).toBe(old.answers['mon-wie-wat']?.level);
    // 57 answers less the one merged in 2024.3 and the three merged in 2024.4.
    expect(Object.keys(levels)).toHaveLength(53);
  });

  it('goes into a trend with a scan on the current checklist', () => {
    const now = createAssessment(
      { title: 'Nu', region: 'Regio', date: '2027-11-15' },
      CONTENT_VERSION,
      new Date(),
    );
    const trend = buildTrend(CHECKLIST, [
      readScan(FILES['2024.2']),
      { ...now, answers: readScan(FILES['2024.2']).answers },
    ]);
    expect(trend.scans.map((s) => s.contentVersion)).toEqual([CONTENT_VERSION, CONTENT_VERSION]);
    expect(trend.overall[0]).toEqual(trend.overall[1]);
  });
});

describe('every older checklist', () => {
  for (const [from, text] of Object.entries(FILES)) {
    it(`account for every ${from} answer and note, in the scan and in its snapshot`, () => {
      const old = (JSON.parse(text) as { assessment: Assessment }).assessment;
      const a = readScan(text);
      for (const [part, oldAnswers, newAnswers] of [
        ['answers', old.answers, a.answers],
        ['baseline', old.baseline?.answers ?? {}, a.baseline?.answers ?? {}],
      ] as const) {
        for (const [id, answer] of Object.entries(oldAnswers)) {
          const to = destination(id, from);
          if (to === null) {
            const kept = a.retired.find((r) => r.questionId === id && r.from === part);
            expect(kept?.note, `${part} ${id}`).toBe(answer.note);
            expect(kept?.level, `${part} ${id}`).toBe(answer.level);
            continue;
          }
          const now = newAnswers[to];
          expect(now?.note, `${part} ${id}`).toContain(answer.note);
          if (typeof answer.level === 'number' && typeof now?.level === 'number')
            expect(now.level, `${part} ${id}`).toBeLessThanOrEqual(answer.level);
          else if (typeof answer.level === 'number') expect(now?.level, `${part} ${id}`).toBe(answer.level);
        }
      }
    });
  }
});
