import { computed, watch } from 'vue';
import { useAssessmentsStore } from '../stores/assessments';

/** Opens the assessment named in the route and gives it back, or null when there is no such assessment. */
export function useRouteAssessment(id: () => string) {
  const store = useAssessmentsStore();
  watch(id, (next) => store.open(next), { immediate: true });
  const assessment = computed(() => (store.current?.id === id() ? store.current : null));
  return { store, assessment };
}
