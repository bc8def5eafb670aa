import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';
import type { VueWrapper } from '@vue/test-utils';
import { useStages } from '../../../src/composables/useStages';
import { setupWithI18n } from '../../support/composable';

let mounted: VueWrapper | undefined;
beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
});
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useStages', () => {
  it('shows the first stage at once and each further one in its own task after the next frame', () => {
    const { result, wrapper } = setupWithI18n(() => useStages(3, () => true));
    mounted = wrapper;
    expect(result.value).toBe(1);
    vi.advanceTimersToNextFrame();
    expect(result.value).toBe(1); // the frame paints the first stage before any more is added
    vi.advanceTimersToNextTimer();
    expect(result.value).toBe(2);
    vi.advanceTimersToNextTimer();
    expect(result.value).toBe(3);
    vi.runAllTimers();
    expect(result.value).toBe(3);
  });

  it('waits until the screen has what it shows, such as the scan read from storage', async () => {
    const loaded = ref(false);
    const { result, wrapper } = setupWithI18n(() => useStages(2, () => loaded.value));
    mounted = wrapper;
    vi.runAllTimers();
    expect(result.value).toBe(1);
    loaded.value = true;
    await nextTick();
    vi.runAllTimers();
    expect(result.value).toBe(2);
  });

  it('goes on without a frame, as in a tab in the background that paints nothing', () => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    const { result, wrapper } = setupWithI18n(() => useStages(2, () => true));
    mounted = wrapper;
    vi.advanceTimersByTime(99);
    expect(result.value).toBe(1);
    vi.advanceTimersByTime(1);
    vi.advanceTimersToNextTimer();
    expect(result.value).toBe(2);
  });

  it('stops when the screen is left', () => {
    const { result, wrapper } = setupWithI18n(() => useStages(3, () => true));
    wrapper.unmount();
    vi.runAllTimers();
    expect(result.value).toBe(1);
  });
});
