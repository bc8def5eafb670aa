import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { createAssessment, withAnswer } from '../../../src/domain/assessment';
import { allQuestions } from '../../../src/domain/content-index';
import { medianLevel, sessionLevels, unanimousLevel } from '../../../src/domain/session-levels';
import { domainScores } from '../../../src/domain/session-domains';
import { questionNotes } from '../../../src/domain/session-notes';
import { overallScore } from '../../../src/domain/scoring';
import type { AnswerValue, Assessment, Participant, SourceScan } from '../../../src/domain/types';

const now = new Date('2026-11-28T10:00:00Z');
const people: Participant[] = [
  { id: 'v1', name: 'A. Agent', organisation: 'Politie', role: 'politie', domain: 'veiligheid' },
  { id: 'v2', name: '', organisation: 'OM', role: 'om', domain: 'veiligheid' },
  { id: 's1', name: '', organisation: 'GGZ', role: 'ggz', domain: 'sociaal' },
];
const [Q1, Q2, Q3, Q4] = allQuestions(CHECKLIST).map((r) => r.question.id) as [
  string,
  string,
  string,
  string,
];

const source = (participantId: string, answers: Record<string, AnswerValue>, notes = {}): SourceScan => ({
  id: `scan-${participantId}`,
  participantId,
  title: '',
  contentVersion: CHECKLIST.version,
  importedAt: '',
  answers,
  notes,
});

function session(choices = { unanimous: false, median: false }): Assessment {
  const a = createAssessment(
    { title: 'Sessie', region: 'Regio', date: '2026-11-28' },
    CHECKLIST.version,
    now,
  );
  return {
    ...withAnswer(a, Q1, { level: 2, note: 'Afgesproken' }, now),
    participants: people,
    workshop: {
      ...a.workshop,
      sources: [
        source('v1', { [Q1]: 4, [Q2]: 3, [Q3]: 2, [Q4]: 'unknown' }),
        source('v2', { [Q1]: 4, [Q2]: 3, [Q3]: 5, [Q4]: 3 }),
        source('s1', { [Q1]: 1, [Q2]: 3, [Q3]: 3 }),
      ],
      choices,
    },
  };
}

describe('the levels a session result rests on', () => {
  it('counts only the agreed levels unless the facilitator chooses more', () => {
    const r = sessionLevels(CHECKLIST, session());
    expect(r.origins).toEqual({ [Q1]: 'agreed' });
    expect(r.answers[Q1]).toEqual({ level: 2, note: 'Afgesproken' });
    expect(r.counts).toEqual({ agreed: 1, unanimous: 0, median: 0 });
  });

  it('takes over a level only where every partner gave that same level', () => {
    const r = sessionLevels(CHECKLIST, session({ unanimous: true, median: false }));
    expect(r.origins).toEqual({ [Q1]: 'agreed', [Q2]: 'unanimous' });
    expect(r.answers[Q2]).toEqual({ level: 3, note: '' });
    expect(unanimousLevel([source('v1', { [Q2]: 3 })], Q2)).toBeNull();
    expect(unanimousLevel(session().workshop.sources, Q3)).toBeNull();
  });

  it('uses the median, the lower level between two, for what is left; an agreed level always wins', () => {
    const r = sessionLevels(CHECKLIST, session({ unanimous: true, median: true }));
    expect(r.origins).toEqual({ [Q1]: 'agreed', [Q2]: 'unanimous', [Q3]: 'median', [Q4]: 'median' });
    expect(r.answers[Q1]?.level).toBe(2);
    expect(r.answers[Q3]?.level).toBe(3);
    // Q4: levels 3 only (weet niet and no answer give none), so 3.
    expect(r.answers[Q4]?.level).toBe(3);
    expect(medianLevel([source('a', { [Q1]: 2 }), source('b', { [Q1]: 3 })], Q1)).toBe(2);
    expect(medianLevel([source('a', { [Q1]: 'na' })], Q1)).toBeNull();
    // Median alone labels a unanimous level as a median: the facilitator chose only that.
    expect(sessionLevels(CHECKLIST, session({ unanimous: false, median: true })).origins[Q2]).toBe('median');
  });

  it('gives the result a level for every question the partners answered, so it is not provisional', () => {
    const a = session({ unanimous: true, median: true });
    const all = allQuestions(CHECKLIST).map((r) => r.question.id);
    a.workshop.sources = a.workshop.sources.map((s) => ({
      ...s,
      answers: Object.fromEntries(all.map((id, i) => [id, ((i % 5) + 1) as AnswerValue])),
    }));
    const before = overallScore(CHECKLIST, session().answers);
    expect(before.provisional).toBe(true);
    const after = overallScore(CHECKLIST, sessionLevels(CHECKLIST, a).answers);
    expect(after.answered).toBe(all.length);
    expect(after.provisional).toBe(false);
  });
});

describe('the session per domain', () => {
  it('averages each domain’s partners’ step scores, and is absent without partner files', () => {
    const a = session();
    const d = domainScores(CHECKLIST, a)!;
    const first = CHECKLIST.sections.findIndex((s) =>
      s.attentionPoints.some((p) => p.questions.some((q) => q.id === Q1)),
    );
    expect(d.veiligheid).toHaveLength(CHECKLIST.sections.length);
    expect(d.veiligheid[first]).not.toBeNull();
    expect(d.veiligheid[first]! > d.sociaal[first]!).toBe(true);
    expect(domainScores(CHECKLIST, { ...a, workshop: { ...a.workshop, sources: [] } })).toBeNull();
  });
});

describe('partners’ notes on a question', () => {
  const withNotes = (notesBy: 'partner' | 'domain'): Assessment => {
    const a = session();
    a.workshop.sources = [
      source('v1', {}, { [Q1]: 'Zo doet de politie het' }),
      source('v2', {}, { [Q1]: 'Anders bij het OM' }),
      source('s1', {}, { [Q2]: 'Alleen op vraag 2' }),
    ];
    a.workshop.notesBy = notesBy;
    return a;
  };

  it('shows each partner’s note under their name', () => {
    const a = withNotes('partner');
    expect(questionNotes(Q1, a.workshop, a.participants)).toEqual([
      { domain: 'veiligheid', participant: people[0], notes: ['Zo doet de politie het'] },
      { domain: 'veiligheid', participant: people[1], notes: ['Anders bij het OM'] },
    ]);
  });

  it('shows them per domain without names, in an order that does not give away who wrote what', () => {
    const a = withNotes('domain');
    expect(questionNotes(Q1, a.workshop, a.participants)).toEqual([
      { domain: 'veiligheid', notes: ['Anders bij het OM', 'Zo doet de politie het'] },
    ]);
    expect(questionNotes(Q2, a.workshop, a.participants)).toEqual([
      { domain: 'sociaal', notes: ['Alleen op vraag 2'] },
    ]);
    expect(questionNotes(Q3, a.workshop, a.participants)).toEqual([]);
  });
});
