// The facilitator's agenda: order, top N, one step, questions taken off and put on, and the document sent
// beforehand. Every expected order is worked out by hand from the levels below.
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { allQuestions } from '../../../src/domain/content-index';
import { createAssessment } from '../../../src/domain/assessment';
import {
  DEFAULT_AGENDA,
  addAgendaQuestion,
  sessionAgenda,
  toggleAgendaQuestion,
} from '../../../src/domain/agenda';
import type { AgendaSettings, AnswerValue, Assessment, Participant } from '../../../src/domain/types';
import { createPdf } from '../../../src/report/pdf/pdf';
import { buildAgendaDoc } from '../../../src/report/document/agenda-doc';
import { fonts, readPdf, translator } from '../../support/pdf';
import { participantStatus } from '../../../src/domain/participant-status';

const now = new Date('2026-11-30T10:00:00Z');
const REFS = allQuestions(CHECKLIST);
// Four questions from different sections, and one more from the first question's section.
const [a, b, c, d] = [REFS[0]!, REFS[20]!, REFS[40]!, REFS[55]!];
const a2 = REFS.find((r) => r.section.id === a.section.id && r.question.id !== a.question.id)!;
const people: Participant[] = [
  { id: 'v1', name: 'Anna Jansen', organisation: 'Politie', role: 'politie', domain: 'veiligheid' },
  { id: 'v2', name: '', organisation: 'OM', role: 'om', domain: 'veiligheid' },
  { id: 's1', name: '', organisation: 'GGZ', role: 'ggz', domain: 'sociaal' },
];
/** Levels per question, in the order v1, v2, s1. */
const LEVELS: Record<string, [AnswerValue, AnswerValue, AnswerValue]> = {
  // spread 2, gap (2+4)/2 − 4 = −1
  [a.question.id]: [2, 4, 4],
  // spread 4, gap 3 − 1 = 2
  [b.question.id]: [1, 5, 1],
  // spread 2, gap 4 − 2 = 2
  [c.question.id]: [4, 4, 2],
  // no disagreement
  [d.question.id]: [3, 3, 3],
  // spread 3, gap 0.5
  [a2.question.id]: [1, 4, 2],
};

function session(agenda?: AgendaSettings): Assessment {
  const base = createAssessment(
    { title: 'Sessie', region: 'Regio', date: '2026-11-30' },
    CHECKLIST.version,
    now,
  );
  const sources = people.map((p, i) => ({
    id: `scan-${p.id}`,
    participantId: p.id,
    title: p.organisation,
    contentVersion: CHECKLIST.version,
    importedAt: now.toISOString(),
    answers: Object.fromEntries(Object.entries(LEVELS).map(([q, v]) => [q, v[i] ?? null])),
    notes: {},
  }));
  return {
    ...base,
    participants: people,
    workshop: { ...base.workshop, sources, ...(agenda ? { agenda } : {}) },
  };
}
const ids = (s: Assessment) => sessionAgenda(CHECKLIST, s).items.map((i) => i.question.id);

describe('the session agenda', () => {
  it('puts the widest spread first by default, then the largest gap between domains', () => {
    expect(ids(session())).toEqual([b.question.id, a2.question.id, c.question.id, a.question.id]);
  });

  it('orders by the gap between the domains on request, spread breaking a tie, the checklist order after that', () => {
    const s = session({ ...DEFAULT_AGENDA, order: 'gap' });
    expect(ids(s)).toEqual([b.question.id, c.question.id, a.question.id, a2.question.id]);
  });

  it('shows one section, or the first N, and says how many it leaves out', () => {
    const one = sessionAgenda(CHECKLIST, session({ ...DEFAULT_AGENDA, section: a.section.id }));
    expect(one.items.map((i) => i.question.id)).toEqual([a2.question.id, a.question.id]);
    expect(one.hidden).toBe(2);
    const top = sessionAgenda(CHECKLIST, session({ ...DEFAULT_AGENDA, top: 1 }));
    expect(top.items.map((i) => i.question.id)).toEqual([b.question.id]);
    expect(top.hidden).toBe(3);
  });

  it('takes a question off and puts it back, and adds a question without disagreement', () => {
    const off = toggleAgendaQuestion(DEFAULT_AGENDA, b.question.id, false);
    const agenda = sessionAgenda(CHECKLIST, session(off));
    expect(agenda.items.map((i) => i.question.id)).not.toContain(b.question.id);
    expect(agenda.removed.map((i) => i.question.id)).toEqual([b.question.id]);
    expect(ids(session(toggleAgendaQuestion(off, b.question.id, true)))).toEqual(ids(session()));

    expect(agenda.addable.map((i) => i.question.id)).toContain(d.question.id);
    const added = sessionAgenda(CHECKLIST, session(addAgendaQuestion(off, d.question.id)));
    const item = added.items.find((i) => i.question.id === d.question.id);
    expect(item?.reasons).toEqual(['added']);
    expect(added.addable.map((i) => i.question.id)).not.toContain(d.question.id);
    // Taking an added question off returns it to the questions that can be added, not to the removed list.
    const dropped = sessionAgenda(
      CHECKLIST,
      session(toggleAgendaQuestion(addAgendaQuestion(off, d.question.id), d.question.id, false)),
    );
    expect(dropped.items.map((i) => i.question.id)).not.toContain(d.question.id);
    expect(dropped.addable.map((i) => i.question.id)).toContain(d.question.id);
  });

  it('exports the agenda as a PDF in the chosen order, with the spread and the higher domain, and no names', async () => {
    const s = session({ ...DEFAULT_AGENDA, order: 'gap', top: 3 });
    const doc = buildAgendaDoc(CHECKLIST, s, { t: translator('nl'), locale: 'nl', now });
    const pdf = await readPdf(createPdf(doc, { fonts }));
    const text = pdf.all.replace(/\s+/g, ' ');
    const at = (r: typeof a) => text.indexOf(r.question.text.nl.slice(0, 30));
    expect([at(b), at(c), at(a)].every((i) => i > 0)).toBe(true);
    expect(at(b)).toBeLessThan(at(c));
    expect(at(c)).toBeLessThan(at(a));
    expect(at(a2)).toBe(-1);
    expect(text).toContain('Veiligheid hoger (+2,0)');
    expect(text).toContain('Sociaal hoger (+1,0)');
    expect(text).toContain('In de werksessie bespreken we deze 3 vragen');
    expect(text).not.toContain('Anna Jansen');
  });
});

describe('where each partner stands', () => {
  it('says invited or not, and when a file came in with how many questions answered', () => {
    const s = session();
    s.participants = s.participants.map((p) =>
      p.id === 'v1' ? { ...p, invitedAt: '2026-11-20T09:00:00.000Z' } : p,
    );
    s.workshop.sources = s.workshop.sources.filter((src) => src.participantId !== 's1');
    s.workshop.sources[0]!.answers = {
      ...s.workshop.sources[0]!.answers,
      [d.question.id]: null,
      extra: 'na',
    };
    expect(participantStatus(s, 'v1')).toEqual({
      invitedAt: '2026-11-20T09:00:00.000Z',
      received: { importedAt: now.toISOString(), answered: 5 },
    });
    expect(participantStatus(s, 's1')).toEqual({ invitedAt: null, received: null });
  });
});
