import { ref } from 'vue';
import { LEVELS } from '../content/types';
import type { AnswerValue } from '../domain/types';
import { useEventListener } from '@vueuse/core';
import { isTyping } from './isTyping';

interface PresentationActions {
  go: (delta: number) => void;
  agree: (level: AnswerValue) => void;
  toggleHidden: () => void;
  leave: () => void;
}

/**
 * The presentation's keyboard: arrows and Page keys move, 1–5 / w / n / 0 set the agreed level, v hides the spread,
 * Esc leaves. Single-character keys can be turned off (WCAG 2.1.4), e.g. for speech input; arrows and Esc stay.
 */
export function usePresentationKeys(actions: PresentationActions) {
  const { go, agree } = actions;
  const keys: Record<string, () => void> = {
    ArrowRight: () => go(1),
    ArrowDown: () => go(1),
    PageDown: () => go(1),
    ArrowLeft: () => go(-1),
    ArrowUp: () => go(-1),
    PageUp: () => go(-1),
    w: () => agree('unknown'),
    n: () => agree('na'),
    v: actions.toggleHidden,
    '0': () => agree(null),
    Backspace: () => agree(null),
    Delete: () => agree(null),
    Escape: actions.leave,
    ...Object.fromEntries(LEVELS.map((l) => [String(l), () => agree(l)])),
  };
  const characterKeys = ref(true);
  useEventListener(window, 'keydown', (event) => {
    if (isTyping(event)) return;
    if (!characterKeys.value && event.key.length === 1) return;
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  return { characterKeys };
}
