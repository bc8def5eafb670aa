import { useEventListener, useResizeObserver } from '@vueuse/core';
import { onMounted, readonly, ref, watch, type Ref } from 'vue';

/** The smallest scale the type may take: 0.7 of 2.75vh is still 15 px at 768 px high. */
const MIN_SCALE = 0.7;
const STEP = 0.03;

/**
 * Keeps a projector screen inside the window without scrolling: when the content is taller or wider than
 * the window, the type (a CSS variable, `--p-scale`) shrinks to the largest scale that fits, in steps of 0.03
 * from where the last question ended (each try costs a layout of the page), and grows back for a shorter question. It runs after every change the caller names (a question, a
 * panel opened), on resize, and when the screen's own size changes (a <details> opened, fonts, full screen).
 * A screen of fixed height (the notes open) fits when nothing inside it overflows it. The scale it settled
 * on is returned, so a part that lays itself out in the space left (the notes) can follow each fit.
 */
export function useFitToScreen(
  root: Readonly<Ref<HTMLElement | null>>,
  changes: () => unknown,
): { scale: Readonly<Ref<number>> } {
  const settled = ref(1);
  let fitted = '';
  /** Neighbouring questions need about the same scale: each search starts where the last one ended. */
  let last = 1;
  const sizeOf = (el: HTMLElement) => `${el.offsetWidth}×${el.offsetHeight}×${window.innerHeight}`;
  function fit() {
    const el = root.value;
    if (!el) return;
    const doc = document.documentElement;
    const apply = (scale: number) => el.style.setProperty('--p-scale', scale.toFixed(2));
    const fits = (scale: number) => {
      apply(scale);
      return (
        el.offsetHeight <= window.innerHeight + 0.5 &&
        el.scrollHeight <= el.clientHeight + 0.5 &&
        doc.scrollWidth <= doc.clientWidth
      );
    };
    let scale = last;
    if (fits(scale)) {
      while (scale < 1 && fits(Math.min(1, scale + STEP))) scale = Math.min(1, scale + STEP);
    } else {
      while (scale > MIN_SCALE && !fits(Math.max(MIN_SCALE, scale - STEP)))
        scale = Math.max(MIN_SCALE, scale - STEP);
      scale = Math.max(MIN_SCALE, scale - STEP);
    }
    apply(scale);
    last = scale;
    settled.value = scale;
    fitted = sizeOf(el);
  }
  watch(changes, fit, { flush: 'post' });
  // Only a size this function did not itself leave behind starts a new fit.
  useResizeObserver(root, () => {
    if (root.value && sizeOf(root.value) !== fitted) fit();
  });
  watch(root, fit, { flush: 'post' });
  useEventListener(window, 'resize', fit);
  onMounted(fit);
  return { scale: readonly(settled) };
}
