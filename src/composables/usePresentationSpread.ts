import { computed, type Ref } from 'vue';
import { distribution, handCount } from '../domain/workshop';
import type { Assessment } from '../domain/types';
import type { QuestionRef } from '../domain/content-index';

/** How the partners scored the question on screen, and the show of hands when no tally replaces it. */
export function usePresentationSpread(
  assessment: Ref<Assessment | null>,
  current: Ref<QuestionRef | null | undefined>,
) {
  const dist = computed(() =>
    current.value && assessment.value
      ? distribution(current.value.question.id, assessment.value.workshop, assessment.value.participants)
      : null,
  );
  const hands = computed(() =>
    current.value && assessment.value && dist.value?.source !== 'tally'
      ? handCount(current.value.question.id, assessment.value.workshop)
      : null,
  );
  return { dist, hands };
}
