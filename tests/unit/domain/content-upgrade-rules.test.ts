// The carry-over rules on a small, made-up checklist change, so each rule is seen on its own.
import { describe, expect, it } from 'vitest';
import type { ContentMigration } from '../../../src/content/content-migrations';
import { lowerAnswer, upgradeContent } from '../../../src/domain/content-upgrade';
import { createAssessment } from '../../../src/domain/assessment';
import type { Action, Answer, Assessment } from '../../../src/domain/types';

const M: ContentMigration = {
  from: 'v1',
  to: 'v2',
  questions: {
    old: { kind: 'renamed', to: 'new' },
    gone: { kind: 'removed', text: { nl: 'Weg?', en: 'Gone?' } },
    a: { kind: 'merged', to: 'b', text: { nl: 'A?', en: 'A?' } },
  },
  points: { 'p-old': 'p-new' },
  templatePoints: { 't-moved': 'p-moved' },
  templates: { 't-renamed': 't-moved', 't-withdrawn': null },
};
const THEN: ContentMigration = {
  ...M,
  from: 'v2',
  to: 'v3',
  questions: { new: { kind: 'renamed', to: 'newer' } },
};

function scan(answers: Record<string, Answer>, patch: Partial<Assessment> = {}): Assessment {
  return { ...createAssessment({ title: 's', region: '', date: '' }, 'v1', new Date(0)), answers, ...patch };
}
const answer = (level: Answer['level'], note = ''): Answer => ({ level, note });
const action = (id: string, attentionPointId: string, templateId?: string): Action => ({
  id,
  attentionPointId,
  title: id,
  description: '',
  owner: '',
  due: '',
  priority: 'low',
  status: 'open',
  origin: templateId ? 'suggested' : 'own',
  ...(templateId ? { templateId } : {}),
});

describe('two answers meeting in one question', () => {
  it('keep the lower level, whichever side it is on', () => {
    expect(lowerAnswer(2, 2)).toBe(2);
    expect(lowerAnswer(5, 'unknown')).toBe(5);
    expect(lowerAnswer('unknown', 5)).toBe(5);
    expect(lowerAnswer('na', null)).toBe('na');
    expect(lowerAnswer('unknown', null)).toBe('unknown');
  });

  it('keep the target’s note first, then the merged one, and record where it came from', () => {
    const r = upgradeContent(scan({ a: answer(2, 'uit A'), b: answer(4, 'uit B') }), [M]);
    expect(r.assessment.answers.b).toEqual({ level: 2, note: 'uit B\n\nuit A', mergedFrom: ['a'] });
    expect(r.assessment.answers).not.toHaveProperty('a');
  });

  it('bring a merged answer into an empty target as it was, and skip an empty one', () => {
    expect(upgradeContent(scan({ a: answer('na', 'alleen A') }), [M]).assessment.answers.b).toEqual({
      level: 'na',
      note: 'alleen A',
      mergedFrom: ['a'],
    });
    const empty = upgradeContent(scan({ a: answer(null, ''), b: answer(3, 'B') }), [M]);
    expect(empty.assessment.answers.b).toEqual(answer(3, 'B'));
    expect(empty.upgrade).toBeUndefined();
  });
});

describe('counting what changed', () => {
  it('counts a note without a level as content, and an empty answer not', () => {
    expect(upgradeContent(scan({ old: answer(null, 'n') }), [M]).upgrade).toEqual({
      from: 'v1',
      to: 'v2',
      renamed: 1,
      merged: 0,
      removed: 0,
      split: 0,
    });
    const blank = upgradeContent(scan({ old: answer(null, ''), gone: answer(null, '') }), [M]);
    expect(blank.upgrade).toBeUndefined();
    expect(blank.assessment.retired).toEqual([]);
    expect(blank.assessment.answers).toEqual({ new: answer(null, '') });
  });

  it('reports removed-only changes too, and keeps earlier retired answers', () => {
    const earlier = {
      questionId: 'x',
      contentVersion: 'v0',
      level: 1 as const,
      note: 'oud',
      from: 'answers' as const,
    };
    const r = upgradeContent(scan({ gone: answer(3, '') }, { retired: [earlier] }), [M]);
    expect(r.upgrade).toMatchObject({ removed: 1, renamed: 0, merged: 0 });
    expect(r.assessment.retired).toEqual([
      earlier,
      { questionId: 'gone', contentVersion: 'v1', level: 3, note: '', from: 'answers' },
    ]);
  });

  it('runs every step in order and reports the first and last version', () => {
    const r = upgradeContent(scan({ old: answer(4, 'x') }), [M, THEN]);
    expect(r.assessment.contentVersion).toBe('v3');
    expect(r.assessment.answers).toEqual({ newer: answer(4, 'x') });
    expect(r.upgrade).toMatchObject({ from: 'v1', to: 'v3', renamed: 2 });
  });
});

describe('what else a scan carries', () => {
  it('moves actions by template first, then by point, and drops only withdrawn template ids', () => {
    const a = scan(
      {},
      {
        actions: [
          action('1', 'p-any', 't-renamed'),
          action('2', 'p-old', 't-withdrawn'),
          action('3', 'p-old'),
          action('4', 'p-keep', 't-kept'),
        ],
        dismissed: ['t-renamed', 't-moved', 't-withdrawn', 't-kept'],
      },
    );
    const r = upgradeContent(a, [M]).assessment;
    expect(r.actions.map((x) => [x.id, x.attentionPointId, x.templateId])).toEqual([
      ['1', 'p-moved', 't-moved'],
      ['2', 'p-new', undefined],
      ['3', 'p-new', undefined],
      ['4', 'p-keep', 't-kept'],
    ]);
    expect('templateId' in r.actions[1]!).toBe(false);
    expect(r.dismissed).toEqual(['t-moved', 't-kept']);
  });

  it('maps partner scans of the old version only, and shows of hands, keeping the target’s own', () => {
    const base = scan({});
    const source = (id: string, contentVersion: string) => ({
      id,
      participantId: 'p',
      title: id,
      contentVersion,
      importedAt: '',
      answers: { old: 2 as const, gone: 1 as const, a: 1 as const, b: 3 as const },
      notes: { old: 'oud', gone: 'weg', a: 'van a', b: 'van b' },
    });
    const r = upgradeContent(
      {
        ...base,
        workshop: {
          ...base.workshop,
          sources: [source('s1', 'v1'), source('s2', 'v9')],
          tallies: { a: { 1: 2 }, b: { 4: 1 }, old: { 3: 1 }, gone: { 2: 2 } },
        },
      },
      [M],
    ).assessment.workshop;
    expect(r.sources[0]).toMatchObject({ contentVersion: 'v2', answers: { new: 2, b: 1 } });
    expect(Object.keys(r.sources[0]!.answers).sort()).toEqual(['b', 'new']);
    // A partner's notes follow their question; merged notes are both kept, a removed question's note goes.
    expect(r.sources[0]!.notes).toEqual({ new: 'oud', b: 'van b\n\nvan a' });
    expect(r.sources[1]).toEqual(source('s2', 'v9'));
    expect(r.tallies).toEqual({ b: { 4: 1 }, new: { 3: 1 } });
  });

  it('maps the earlier scan’s answers and actions, and retires its removed answers', () => {
    const baseline = {
      id: 'b',
      title: 'vorige',
      date: '',
      answers: { old: answer(2, 'toen'), gone: answer(1, 'weg') },
      targets: {},
      actions: [action('9', 'p-old')],
    };
    const r = upgradeContent(scan({}, { baseline }), [M]).assessment;
    expect(r.baseline?.answers).toEqual({ new: answer(2, 'toen') });
    expect(r.baseline?.actions[0]?.attentionPointId).toBe('p-new');
    expect(r.retired).toEqual([
      { questionId: 'gone', contentVersion: 'v1', level: 1, note: 'weg', from: 'baseline' },
    ]);
    expect(upgradeContent(scan({}), [M]).assessment).not.toHaveProperty('baseline');
  });
});

describe('a question split in two', () => {
  const SPLIT: ContentMigration = {
    from: 'v1',
    to: 'v2',
    questions: {},
    split: { both: { added: 'second', text: { nl: 'A en B?', en: 'A and B?' } } },
    points: {},
    templatePoints: {},
    templates: {},
  };

  it('keeps the answer on the first part, leaves the second unanswered, and counts it once', () => {
    const r = upgradeContent(scan({ both: answer(4, 'beide'), other: answer(2, '') }), [SPLIT]);
    expect(r.assessment.answers).toEqual({ both: answer(4, 'beide'), other: answer(2, '') });
    expect(r.assessment.contentVersion).toBe('v2');
    expect(r.upgrade).toEqual({ from: 'v1', to: 'v2', renamed: 0, merged: 0, removed: 0, split: 1 });
  });

  it('gives no notice when the split question was never answered', () => {
    const r = upgradeContent(scan({ both: answer(null, ''), other: answer(2, '') }), [SPLIT]);
    expect(r.upgrade).toBeUndefined();
    expect(r.assessment.contentVersion).toBe('v2');
  });
});
