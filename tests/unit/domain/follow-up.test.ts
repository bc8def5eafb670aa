import { describe, expect, it } from 'vitest';
import { createAssessment, withAnswer, withTarget } from '../../../src/domain/assessment';
import { createFollowUp } from '../../../src/domain/follow-up';
import { actionProgress, compare } from '../../../src/domain/comparison';
import { buildResults } from '../../../src/domain/results';
import { decodeStored } from '../../../src/domain/file-format';
import { CHECKLIST } from '../../../src/content/pga-2024';
import type { Action, Assessment } from '../../../src/domain/types';

const now = new Date('2026-11-28T10:00:00Z');
const action = (id: string, status: Action['status']): Action => ({
  id,
  attentionPointId: 'weg-systematisch',
  title: `Actie ${id}`,
  description: '',
  owner: 'Gemeente',
  due: '2027-03-01',
  priority: 'high',
  status,
  origin: 'suggested',
});

function earlier(): Assessment {
  let a = createAssessment(
    { title: 'Scan 2025', region: 'Regio Utrecht', date: '2025-11-01' },
    '2024.1',
    now,
  );
  a = withAnswer(a, 'weg-manier', { level: 2, note: 'Geen vast kader' }, now);
  a = withAnswer(a, 'weg-criteria', { level: 'unknown' }, now);
  a = withTarget(a, 'wegen', 4, now);
  return { ...a, actions: [action('a1', 'open'), action('a2', 'in-progress')] };
}

describe('follow-up scan', () => {
  it('carries notes, targets, participants and actions, and leaves levels for re-scoring', () => {
    const before = earlier();
    const next = createFollowUp(
      before,
      { title: 'Scan 2026', date: '2026-11-28', prefill: false },
      '2024.1',
      now,
    );
    expect(next.id).not.toBe(before.id);
    expect(next.region).toBe('Regio Utrecht');
    expect(next.answers).toEqual({ 'weg-manier': { level: null, note: 'Geen vast kader' } });
    expect(next.targets).toEqual({ wegen: 4 });
    expect(next.actions.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(next.baseline?.id).toBe(before.id);
    expect(next.baseline?.answers['weg-manier']?.level).toBe(2);
  });

  it('pre-fills the earlier levels when asked', () => {
    const next = createFollowUp(
      earlier(),
      { title: 'Scan 2026', date: '2026-11-28', prefill: true },
      '2024.1',
      now,
    );
    expect(next.answers['weg-manier']).toEqual({ level: 2, note: 'Geen vast kader' });
    expect(next.answers['weg-criteria']).toEqual({ level: 'unknown', note: '' });
  });

  it('is a valid assessment that does not share objects with the earlier scan', () => {
    const before = earlier();
    const next = createFollowUp(
      before,
      { title: 'Scan 2026', date: '2026-11-28', prefill: true },
      '2024.1',
      now,
    );
    expect(decodeStored(JSON.stringify(next)).ok).toBe(true);
    next.actions[0]!.status = 'done';
    expect(before.actions[0]!.status).toBe('open');
  });
});

describe('comparison with the earlier scan', () => {
  it('classifies change as up, down, same, new or none', () => {
    expect(compare(3, 2).direction).toBe('up');
    expect(compare(2, 3).direction).toBe('down');
    expect(compare(3.02, 3).direction).toBe('same');
    expect(compare(3, null).direction).toBe('new');
    expect(compare(null, 3).direction).toBe('none');
    expect(compare(3.5, 2).delta).toBe(1.5);
  });

  it('gives change per section and per attention point', () => {
    const before = earlier();
    let next = createFollowUp(
      before,
      { title: 'Scan 2026', date: '2026-11-28', prefill: false },
      '2024.1',
      now,
    );
    next = withAnswer(next, 'weg-manier', { level: 4 }, now);
    // Through the results the screen and the report show, not a helper of their own.
    const results = buildResults(CHECKLIST, next);
    expect(results.sections.find((c) => c.section.id === 'wegen')?.change).toMatchObject({
      previous: 2,
      current: 4,
      direction: 'up',
    });
    expect(results.sections.find((c) => c.section.id === 'signaleren')?.change?.direction).toBe('none');
    expect(results.points.find((c) => c.point.id === 'weg-systematisch')?.change?.delta).toBe(2);
  });

  it('tells which earlier actions are done now', () => {
    const before = earlier();
    const next = createFollowUp(
      before,
      { title: 'Scan 2026', date: '2026-11-28', prefill: false },
      '2024.1',
      now,
    );
    next.actions = [{ ...next.actions[0]!, status: 'done' }];
    expect(actionProgress(next.baseline!, next).map((p) => [p.action.id, p.before, p.now])).toEqual([
      ['a1', 'open', 'done'],
      ['a2', 'in-progress', 'removed'],
    ]);
  });
});
