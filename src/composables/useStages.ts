import { onBeforeUnmount, ref, watch, type Ref } from 'vue';

/** Long enough for a frame in a visible tab; a hidden tab, which paints nothing, goes on after it. */
const FRAME_FALLBACK_MS = 100;

/**
 * A long screen shows its top at once and the blocks below it one per browser task, in order. Rendered in one
 * go, the results of a 15-partner session were one task of 300 ms on a slow laptop (4× CPU slowdown), during
 * which the page painted nothing and answered no key; in stages the top paints first and no task runs long.
 * Returns how many stages are shown: the first as soon as `ready` holds (the scan has loaded), the rest after
 * the first paint that follows. A view marks its root `data-stages="rendering"` until the last stage shows, so
 * checks (and tests) know when the whole screen is there.
 */
export function useStages(count: number, ready: () => boolean): Ref<number> {
  const shown = ref(1);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let waiting = false;
  let started = false;
  const next = () => {
    shown.value += 1;
    if (shown.value < count) timer = setTimeout(next, 0);
  };
  // From a frame callback, a zero timeout runs after that frame has painted.
  const afterPaint = () => {
    if (started) return;
    started = true;
    clearTimeout(timer);
    timer = setTimeout(next, 0);
  };
  watch(
    ready,
    (now) => {
      if (!now || waiting || count <= 1) return;
      waiting = true;
      timer = setTimeout(afterPaint, FRAME_FALLBACK_MS);
      if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(afterPaint);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => {
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  });
  return shown;
}
