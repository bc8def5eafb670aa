import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick, ref, shallowRef } from 'vue';
import type { VueWrapper } from '@vue/test-utils';
import { useFitToScreen } from '../../../src/composables/useFitToScreen';
import { setupWithI18n } from '../../support/composable';

/**
 * A screen whose height and width follow the type scale, as a real layout would: content `height` px tall
 * and `width` px wide at scale 1. Every scale the function tries is recorded, so its search is visible.
 */
/** `fixed`: the screen is exactly the window's height (notes open) and its content overflows inside it. */
const START = {
  height: 800,
  width: 0,
  innerHeight: 1000,
  clientWidth: 1000,
  elementWidth: 1200,
  fixed: false,
};
const page = { ...START };
let el: HTMLElement;
let tried: string[];
const scaleOf = () => Number(el.style.getPropertyValue('--p-scale') || '1');

/** The ResizeObserver's callback, kept so a test can report a size change itself. */
let observed: (() => void) | undefined;
class FakeResizeObserver {
  constructor(callback: () => void) {
    observed = callback;
  }
  observe() {}
  unobserve() {}
  disconnect() {
    observed = undefined;
  }
}

let mounted: VueWrapper | undefined;
beforeEach(() => {
  Object.assign(page, START);
  el = document.createElement('div');
  document.body.append(el);
  const content = () => Math.round(page.height * scaleOf());
  const box = () => (page.fixed ? page.innerHeight : content());
  Object.defineProperty(el, 'offsetHeight', { get: box });
  Object.defineProperty(el, 'clientHeight', { get: box });
  Object.defineProperty(el, 'scrollHeight', { get: () => Math.max(box(), content()) });
  Object.defineProperty(el, 'offsetWidth', { get: () => page.elementWidth });
  const doc = document.documentElement;
  vi.spyOn(doc, 'scrollWidth', 'get').mockImplementation(() => Math.round(page.width * scaleOf()));
  vi.spyOn(doc, 'clientWidth', 'get').mockImplementation(() => page.clientWidth);
  vi.spyOn(window, 'innerHeight', 'get').mockImplementation(() => page.innerHeight);
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  tried = [];
  const set = el.style.setProperty.bind(el.style);
  vi.spyOn(el.style, 'setProperty').mockImplementation((name: string, value: string | null) => {
    if (name === '--p-scale' && value !== null) tried.push(value);
    set(name, value);
  });
});
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  el.remove();
  vi.unstubAllGlobals();
});

function fitting(root: HTMLElement | null = el) {
  const question = ref(0);
  const target = shallowRef(root);
  let fitted: ReturnType<typeof useFitToScreen> | undefined;
  mounted = setupWithI18n(() => (fitted = useFitToScreen(target, () => question.value))).wrapper;
  /** Shows the next question, `height` px tall at full size, and waits for the fit after the render. */
  async function next(height: number) {
    page.height = height;
    tried = [];
    question.value++;
    await nextTick();
  }
  return { next, target, settled: () => fitted!.scale.value };
}
const scale = () => el.style.getPropertyValue('--p-scale');

describe('useFitToScreen', () => {
  it('keeps full size for content that fits, trying nothing else', () => {
    fitting();
    expect(tried).toEqual(['1.00', '1.00']);
    expect(scale()).toBe('1.00');
  });

  it('counts content exactly as tall as the window as fitting, one pixel more not', async () => {
    page.height = 1000;
    const { next } = fitting();
    expect(scale()).toBe('1.00');
    await next(1001);
    expect(tried).toEqual(['1.00', '0.97', '0.97']);
  });

  it('shrinks in steps of 0.03 to the largest scale that fits', async () => {
    const { next } = fitting();
    await next(1200);
    // 1200 × 0.82 = 984 fits; 1200 × 0.85 = 1020 does not.
    expect(tried).toEqual(['1.00', '0.97', '0.94', '0.91', '0.88', '0.85', '0.82', '0.82']);
    expect(scale()).toBe('0.82');
  });

  it('starts the next search where the last one ended, and grows while the next step fits', async () => {
    const { next } = fitting();
    await next(1200);
    await next(1150);
    // 0.82 fits (943), 0.85 fits (978), 0.88 does not (1012).
    expect(tried).toEqual(['0.82', '0.85', '0.88', '0.85']);
    expect(scale()).toBe('0.85');
  });

  it('grows back to full size and no further for a short question', async () => {
    const { next } = fitting();
    await next(1200);
    await next(500);
    expect(tried).toEqual(['0.82', '0.85', '0.88', '0.91', '0.94', '0.97', '1.00', '1.00']);
    expect(scale()).toBe('1.00');
  });

  it('stops at 0.7 when nothing fits, and from there tries 0.7 alone', async () => {
    const { next } = fitting();
    await next(5000);
    expect(scale()).toBe('0.70');
    expect(tried).toEqual([
      ...['1.00', '0.97', '0.94', '0.91', '0.88', '0.85', '0.82', '0.79', '0.76', '0.73', '0.70'],
      '0.70',
    ]);
    await next(5000);
    expect(tried).toEqual(['0.70', '0.70']);
  });

  it('shrinks content that is too wide though not too tall', async () => {
    const { next } = fitting();
    page.width = 1100;
    await next(100);
    // 1100 × 0.91 = 1001 is wider than 1000; 0.88 gives 968.
    expect(tried).toEqual(['1.00', '0.97', '0.94', '0.91', '0.88', '0.88']);
  });

  it("shrinks a screen of the window's own height whose content overflows inside it, and says the scale", async () => {
    page.fixed = true;
    const { next, settled } = fitting();
    expect(settled()).toBe(1);
    // The box stays 1000 px; its content, 1100 px at full size, fits at 0.88 (968 px).
    await next(1100);
    expect(scale()).toBe('0.88');
    expect(settled()).toBeCloseTo(0.88, 5);
    await next(900);
    expect(settled()).toBe(1);
  });

  it('fits again when the window is resized', () => {
    fitting();
    page.innerHeight = 600;
    tried = [];
    window.dispatchEvent(new Event('resize'));
    // 800 × 0.73 = 584 fits; 0.76 gives 608.
    expect(scale()).toBe('0.73');
  });

  it('fits again when the screen changes size by itself, but not for the size it left behind', () => {
    fitting();
    tried = [];
    observed?.();
    expect(tried).toEqual([]);
    page.elementWidth = 900;
    page.innerHeight = 700;
    observed?.();
    expect(scale()).toBe('0.85');
    tried = [];
    observed?.();
    expect(tried).toEqual([]);
  });

  it('waits for its element, and fits once it is there', async () => {
    const { target } = fitting(null);
    expect(tried).toEqual([]);
    page.height = 1100;
    target.value = el;
    await nextTick();
    // 1100 × 0.91 = 1001 is still too tall; 0.88 gives 968.
    expect(tried).toEqual(['1.00', '0.97', '0.94', '0.91', '0.88', '0.88']);
  });

  it('does nothing while the element is gone', async () => {
    const { target, next } = fitting();
    target.value = null;
    await next(1200);
    window.dispatchEvent(new Event('resize'));
    expect(tried).toEqual([]);
  });

  it('stops fitting when the screen goes', () => {
    fitting();
    mounted?.unmount();
    mounted = undefined;
    tried = [];
    page.innerHeight = 500;
    window.dispatchEvent(new Event('resize'));
    expect(tried).toEqual([]);
  });
});
