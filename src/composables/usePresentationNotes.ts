import { computed, ref, type Ref } from 'vue';
import { questionNotes } from '../domain/session-notes';
import type { Assessment } from '../domain/types';
import type { QuestionRef } from '../domain/content-index';

/** The partners' notes on the question on screen, behind a toggle: the room sees them when the facilitator opens them. */
export function usePresentationNotes(
  assessment: Ref<Assessment | null>,
  current: Ref<QuestionRef | null | undefined>,
) {
  const showNotes = ref(false);
  const notes = computed(() =>
    current.value && assessment.value
      ? questionNotes(current.value.question.id, assessment.value.workshop, assessment.value.participants)
      : [],
  );
  const noteTotal = computed(() => notes.value.reduce((n, g) => n + g.notes.length, 0));
  return { showNotes, notes, noteTotal };
}
