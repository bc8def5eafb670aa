import { describe, expect, it } from 'vitest';
import { answerOf, createAssessment, isTouched, withAnswer } from '../../../src/domain/assessment';
import { SCHEMA_VERSION } from '../../../src/domain/types';

const now = new Date('2026-11-28T10:00:00Z');
const later = new Date('2026-11-28T11:00:00Z');

describe('createAssessment', () => {
  it('trims input, stamps versions and starts empty', () => {
    const a = createAssessment(
      { title: '  Scan 2026 ', region: ' Regio Utrecht', date: '2026-11-28' },
      '1.0.0',
      now,
    );
    expect(a).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      title: 'Scan 2026',
      region: 'Regio Utrecht',
      date: '2026-11-28',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      contentVersion: '1.0.0',
      answers: {},
      actions: [],
    });
    expect(a.id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives each assessment its own id', () => {
    const ids = new Set(
      Array.from({ length: 50 }, () => createAssessment({ title: 'a', region: 'b', date: '' }, '1', now).id),
    );
    expect(ids.size).toBe(50);
  });
});

describe('withAnswer', () => {
  const base = createAssessment({ title: 'a', region: 'b', date: '' }, '1', now);

  it('merges a level and a note without touching the original', () => {
    const a1 = withAnswer(base, 'q1', { level: 3 }, later);
    const a2 = withAnswer(a1, 'q1', { note: 'uitleg' }, later);
    expect(answerOf(a2, 'q1')).toEqual({ level: 3, note: 'uitleg' });
    expect(base.answers).toEqual({});
    expect(a2.updatedAt).toBe(later.toISOString());
  });

  it('drops an answer that has become empty', () => {
    const a1 = withAnswer(base, 'q1', { level: 'na' }, later);
    const a2 = withAnswer(a1, 'q1', { level: null }, later);
    expect('q1' in a2.answers).toBe(false);
  });

  it('treats a note alone as touched but keeps the level empty', () => {
    const a = withAnswer(base, 'q1', { note: 'iets' }, later);
    expect(isTouched(a.answers.q1)).toBe(true);
    expect(answerOf(a, 'q1').level).toBeNull();
  });
});
