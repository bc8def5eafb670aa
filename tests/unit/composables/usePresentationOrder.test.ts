import { afterEach, describe, expect, it } from 'vitest';
import { effectScope, nextTick, ref, shallowRef, type EffectScope } from 'vue';
import { usePresentationOrder } from '../../../src/composables/usePresentationOrder';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { allQuestions } from '../../../src/domain/content-index';
import { createAssessment } from '../../../src/domain/assessment';
import { DEFAULT_AGENDA } from '../../../src/domain/agenda';
import type { Assessment } from '../../../src/domain/types';

const ALL = allQuestions(CHECKLIST).map((r) => r.question.id);
const at = (i: number): string => {
  const id = ALL[i];
  if (id === undefined) throw new Error(`no question ${i}`);
  return id;
};
const [Q0, Q1, Q2, Q7, Q8] = [0, 1, 2, 7, 8].map(at) as [string, string, string, string, string];
const now = new Date('2026-11-28T10:00:00Z');

/** A scan without partner scans, so its agenda is exactly the questions the facilitator added. */
function withAgenda(added: string[], base?: Assessment): Assessment {
  const a = base ?? createAssessment({ title: 'S', region: 'R', date: '2026-11-28' }, CHECKLIST.version, now);
  return { ...a, workshop: { ...a.workshop, agenda: { ...DEFAULT_AGENDA, added } } };
}

let scope: EffectScope | undefined;
afterEach(() => scope?.stop());

function order(scan: Assessment | null, agendaOnly: boolean, question?: string) {
  const assessment = shallowRef(scan);
  const agenda = ref(agendaOnly);
  const questionId = ref(question);
  scope = effectScope();
  const result = scope.run(() => usePresentationOrder(assessment, agenda, () => questionId.value))!;
  return { ...result, assessment, agenda, questionId };
}

describe('usePresentationOrder: which questions', () => {
  it('is every question of the checklist, in its order, when not on the agenda', () => {
    const o = order(withAgenda([Q7, Q2]), false);
    expect(ALL).toHaveLength(61);
    expect(o.order.value).toEqual(ALL);
  });

  it("is the agenda's questions when on the agenda", () => {
    expect(order(withAgenda([Q7, Q2]), true).order.value).toEqual([Q2, Q7]);
  });

  it('is every question when on the agenda without a scan', () => {
    expect(order(null, true).order.value).toEqual(ALL);
  });

  it('is empty on an empty agenda, with nothing on screen', () => {
    const o = order(withAgenda([]), true);
    expect(o.order.value).toEqual([]);
    expect(o.current.value).toBeUndefined();
    expect(o.index.value).toBe(-1);
    expect(o.step(1)).toBeUndefined();
  });

  it('stays as it is while answers and the agenda change during the session', async () => {
    const o = order(withAgenda([Q2]), true);
    o.assessment.value = withAgenda([Q2, Q8], o.assessment.value!);
    await nextTick();
    expect(o.order.value).toEqual([Q2]);
  });

  it("is taken anew on recompute, the facilitator's choice", async () => {
    const o = order(withAgenda([Q2]), true);
    o.assessment.value = withAgenda([Q2, Q8], o.assessment.value!);
    o.recompute();
    expect(o.order.value).toEqual([Q2, Q8]);
  });

  it('is taken anew when switching between agenda and all', async () => {
    const o = order(withAgenda([Q2]), false);
    o.assessment.value = withAgenda([Q1], o.assessment.value!);
    o.agenda.value = true;
    await nextTick();
    expect(o.order.value).toEqual([Q1]);
    o.agenda.value = false;
    await nextTick();
    expect(o.order.value).toEqual(ALL);
  });

  it('is taken anew for another scan', async () => {
    const o = order(withAgenda([Q2]), true);
    o.assessment.value = withAgenda([Q8]);
    await nextTick();
    expect(o.order.value).toEqual([Q8]);
  });
});

describe('usePresentationOrder: the question on screen', () => {
  it('is the first of the order when the address names none', () => {
    expect(order(withAgenda([Q7, Q2]), true).current.value?.question.id).toBe(Q2);
    expect(order(withAgenda([Q7]), false).current.value?.question.id).toBe(Q0);
  });

  it('is the first of the order when the address names an unknown question', () => {
    const o = order(withAgenda([Q7, Q2]), true, 'no-such-question');
    expect(o.current.value?.question.id).toBe(Q2);
    expect(o.index.value).toBe(0);
  });

  it('is the one in the address, on the agenda or off it', async () => {
    const o = order(withAgenda([Q7, Q2]), true, Q7);
    expect(o.current.value?.question.id).toBe(Q7);
    expect(o.index.value).toBe(1);
    o.questionId.value = Q8;
    await nextTick();
    expect(o.current.value?.question.id).toBe(Q8);
    expect(o.index.value).toBe(-1);
  });
});

describe('usePresentationOrder: stepping', () => {
  it('moves forward and back along the order, and stops at either end', () => {
    const o = order(withAgenda([Q1, Q2, Q7]), true, Q2);
    expect(o.step(1)).toBe(Q7);
    expect(o.step(-1)).toBe(Q1);
    expect(o.step(0)).toBe(Q2);
    expect(order(withAgenda([Q1, Q2, Q7]), true, Q7).step(1)).toBeUndefined();
    expect(order(withAgenda([Q1, Q2, Q7]), true, Q1).step(-1)).toBeUndefined();
  });

  it('from a question off the agenda: forward goes to the first, back nowhere', () => {
    const o = order(withAgenda([Q2, Q7]), true, Q8);
    expect(o.step(1)).toBe(Q2);
    expect(o.step(2)).toBe(Q2);
    expect(o.step(-1)).toBeUndefined();
    expect(o.step(0)).toBeUndefined();
  });

  it('steps through every question when not on the agenda', () => {
    const o = order(withAgenda([Q7]), false, Q0);
    expect(o.step(1)).toBe(Q1);
    expect(o.step(-1)).toBeUndefined();
  });
});
