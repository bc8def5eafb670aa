import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../../src/domain/assessment';
import type { Assessment } from '../../../src/domain/types';
import { Expectations, QUESTION, factsOf } from '../../support/crash/expectations';

const now = new Date('2026-11-29T10:00:00Z');
const scan = (id: string, title: string, note = ''): Assessment => ({
  ...createAssessment({ title, region: 'Regio', date: '2026-11-29' }, '2024.2', now),
  id,
  answers: { [QUESTION]: { level: 2, note } },
});
const text = (a: Assessment) => JSON.stringify(a);

/** A model with two scans, "a" (note "begin") and "b", both confirmed saved. */
function twoScans() {
  const model = new Expectations();
  model.known('a', factsOf(text(scan('a', 'A', 'begin')))!);
  model.known('b', factsOf(text(scan('b', 'B')))!);
  return model;
}

describe('the crash harness check', () => {
  it('takes a missing answer and an answer with level null as the same "no level"', () => {
    const model = new Expectations();
    const fresh = { ...scan('c', 'C'), answers: {} };
    model.known('c', factsOf(text(fresh))!);
    model.begin('c', { note: ' een notitie' });
    // A note typed on a question without an answer gives { level: null, note }: no level changed.
    const typed = { ...fresh, answers: { [QUESTION]: { level: null, note: ' een' } } };
    expect(model.check({ c: text(typed) }, false)).toEqual([]);
  });

  it('passes what was confirmed, and anything between it and what was under way', () => {
    const model = twoScans();
    model.begin('a', { note: 'begin en verder' });
    const stored = { a: text(scan('a', 'A', 'begin en')), b: text(scan('b', 'B')) };
    expect(model.check(stored, false)).toEqual([]);
  });

  it('finds a confirmed note that is shorter after the kill, and a scan that is gone', () => {
    const model = twoScans();
    model.begin('a', { note: 'begin en verder' });
    model.confirm('a', { note: 'begin en verder' });
    const findings = model.check({ a: text(scan('a', 'A', 'begin en')) }, false);
    expect(findings.map((f) => [f.kind, f.id])).toEqual([
      ['loss', 'a'],
      ['loss', 'b'],
    ]);
  });

  it('finds a deleted scan back, an unreadable text, a duplicate and the unreadable notice', () => {
    const model = twoScans();
    model.begin('b', { present: false });
    model.confirm('b', { present: false });
    const stored = {
      a: text(scan('a', 'A', 'begin')),
      b: text(scan('b', 'B')),
      c: '{half',
      d: text(scan('d', 'A', 'begin')),
    };
    const kinds = model
      .check(stored, true)
      .map((f) => f.kind)
      .sort();
    expect(kinds).toEqual(['corruption', 'corruption', 'corruption', 'corruption', 'resurrection']);
  });

  it('allows either outcome of a deletion under way, and takes what it finds as the next starting point', () => {
    const model = twoScans();
    model.begin('b', { present: false });
    expect(model.check({ a: text(scan('a', 'A', 'begin')) }, false)).toEqual([]);
    // Now b is known gone: it may not come back.
    const back = model.check({ a: text(scan('a', 'A', 'begin')), b: text(scan('b', 'B')) }, false);
    expect(back.map((f) => f.kind)).toEqual(['resurrection']);
  });
});
