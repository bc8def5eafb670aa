import { beforeEach, describe, expect, it } from 'vitest';
import { createLocalRepository } from '../../../src/storage/local-repository';
import { createAssessment, withAnswer } from '../../../src/domain/assessment';
import { MemoryStorage } from '../../support/memory-storage';
import { assessmentKey } from '../../support/storage-keys';

const now = new Date('2026-11-28T10:00:00Z');
const make = (title: string) => createAssessment({ title, region: 'Regio', date: '2026-11-28' }, '1', now);

describe('local repository', () => {
  beforeEach(() => localStorage.clear());

  it('saves, lists and loads assessments with their answers', () => {
    const repo = createLocalRepository(localStorage);
    const a = withAnswer(make('Eén'), 'q1', { level: 4, note: 'ë ĳ €' }, now);
    expect(repo.save(a)).toEqual({ ok: true });
    repo.save(make('Twee'));
    expect(repo.list()).toHaveLength(2);
    expect(repo.load(a.id)).toEqual({ ok: true, assessment: a });
  });

  it('reports a missing id and keeps a corrupt entry aside instead of throwing', () => {
    const repo = createLocalRepository(localStorage);
    expect(repo.load('nope')).toEqual({ ok: false, reason: 'missing' });
    localStorage.setItem(assessmentKey('broken'), '{not json');
    const loaded = repo.load('broken');
    expect(loaded).toMatchObject({ ok: false, reason: 'corrupt', raw: '{not json' });
  });

  it('ignores keys that are not its own', () => {
    localStorage.setItem('other-app', 'x');
    expect(createLocalRepository(localStorage).list()).toEqual([]);
  });

  it('reports a full store as quota without losing the caller’s data', () => {
    const full = new MemoryStorage();
    full.full = true;
    const repo = createLocalRepository(full);
    const a = make('Vol');
    expect(repo.save(a)).toEqual({ ok: false, reason: 'quota' });
    expect(a.title).toBe('Vol');
  });

  it('works in memory when there is no storage', () => {
    const repo = createLocalRepository(null);
    const a = make('Geheugen');
    expect(repo.persistent).toBe(false);
    repo.save(a);
    expect(repo.load(a.id)).toEqual({ ok: true, assessment: a });
    repo.remove(a.id);
    expect(repo.list()).toEqual([]);
  });
});
