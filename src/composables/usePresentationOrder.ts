import { computed, ref, watch, type Ref } from 'vue';
import { CHECKLIST } from '../content/pga-2024';
import { allQuestions, type QuestionRef } from '../domain/content-index';
import { sessionAgenda } from '../domain/agenda';
import type { Assessment } from '../domain/types';

const REFS = allQuestions(CHECKLIST);

/**
 * The questions of a presentation and the one on screen. The agenda is taken once, when the presentation
 * opens or switches to the agenda, and stays as it is while the session runs: a count or a level typed in
 * the room never moves a question on or off it. Only `recompute` (the facilitator's choice) takes it anew.
 * The question on screen is the one in the address; only an address without one starts at the first.
 */
export function usePresentationOrder(
  assessment: Ref<Assessment | null>,
  agendaOnly: Ref<boolean>,
  questionId: () => string | undefined,
) {
  const order = ref<string[]>([]);
  function recompute() {
    const a = assessment.value;
    order.value =
      agendaOnly.value && a
        ? sessionAgenda(CHECKLIST, a).items.map((item) => item.question.id)
        : REFS.map((r) => r.question.id);
  }
  watch([() => assessment.value?.id, agendaOnly], recompute, { immediate: true });

  const current = computed<QuestionRef | undefined>(() => {
    const id = questionId();
    return REFS.find((r) => r.question.id === id) ?? REFS.find((r) => r.question.id === order.value[0]);
  });
  /** The place of the question on screen in the order; -1 when it is not (or no longer) on it. */
  const index = computed(() => (current.value ? order.value.indexOf(current.value.question.id) : -1));
  /** The question `delta` places on; from a question off the agenda, forward starts at the first. */
  const step = (delta: number): string | undefined =>
    index.value === -1 ? (delta > 0 ? order.value[0] : undefined) : order.value[index.value + delta];
  return { order, current, index, step, recompute };
}
