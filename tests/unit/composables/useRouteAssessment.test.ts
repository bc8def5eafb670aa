import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import type { VueWrapper } from '@vue/test-utils';
import { useRouteAssessment } from '../../../src/composables/useRouteAssessment';
import { configureStorage } from '../../../src/storage/context';
import { createAssessment } from '../../../src/domain/assessment';
import { CHECKLIST } from '../../../src/content/pga-2024';
import type { Assessment } from '../../../src/domain/types';
import { MemoryStorage } from '../../support/memory-storage';
import { assessmentKey } from '../../support/storage-keys';
import { setupInApp } from '../../support/composable';

const now = new Date('2026-11-28T10:00:00Z');
const scan = (title: string): Assessment =>
  createAssessment({ title, region: 'Regio', date: '2026-11-28' }, CHECKLIST.version, now);

let storage: MemoryStorage;
let mounted: VueWrapper | undefined;
let a: Assessment;
let b: Assessment;
beforeEach(() => {
  storage = new MemoryStorage();
  configureStorage(storage);
  a = scan('A');
  b = scan('B');
  for (const s of [a, b]) storage.setItem(assessmentKey(s.id), JSON.stringify(s));
});
afterEach(() => mounted?.unmount());

async function run(id: () => string) {
  const { result, wrapper } = await setupInApp(() => useRouteAssessment(id));
  mounted = wrapper;
  return result;
}

describe('useRouteAssessment', () => {
  it('opens the scan the route names at once, and gives it back', async () => {
    const { store, assessment } = await run(() => a.id);
    expect(store.current?.id).toBe(a.id);
    expect(assessment.value?.id).toBe(a.id);
    expect(assessment.value?.title).toBe('A');
  });

  it('gives null for a scan that does not exist', async () => {
    const { store, assessment } = await run(() => 'no-such-scan');
    expect(store.current).toBeNull();
    expect(assessment.value).toBeNull();
  });

  it('opens the next scan when the route changes', async () => {
    const id = ref(a.id);
    const { store, assessment } = await run(() => id.value);
    id.value = b.id;
    await nextTick();
    expect(store.current?.id).toBe(b.id);
    expect(assessment.value?.title).toBe('B');
    id.value = 'gone';
    await nextTick();
    expect(assessment.value).toBeNull();
  });

  it('gives null while another scan than the named one is open', async () => {
    const { store, assessment } = await run(() => a.id);
    store.create({ title: 'C', region: 'Regio', date: '2026-11-29' });
    expect(store.current?.title).toBe('C');
    expect(assessment.value).toBeNull();
  });
});
