import { defineStore } from 'pinia';
import { ref } from 'vue';
import { askPersistence, readStorageFacts, type StorageFacts } from '../browser/persistence';

/** Whether the browser keeps this app's data for good, and how much of its room the app uses. */
export const usePersistenceStore = defineStore('persistence', () => {
  const facts = ref<StorageFacts>({ persisted: null, usage: null, quota: null });
  let asked = false;

  async function refresh(): Promise<void> {
    facts.value = await readStorageFacts();
  }

  return {
    facts,
    refresh,
    /**
     * Asks once per visit, at the first save: then there is something worth keeping, and Firefox's question
     * to the user follows something they did.
     */
    async askOnce(): Promise<void> {
      if (asked) return;
      asked = true;
      const before = await readStorageFacts();
      if (before.persisted === true) {
        facts.value = before;
        return;
      }
      await askPersistence();
      await refresh();
    },
  };
});
