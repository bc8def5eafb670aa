import { onBeforeUnmount, onMounted } from 'vue';

/** Listens on the window or the document while the component is mounted, and stops when it unmounts. */
export function useEventListener<K extends keyof WindowEventMap>(
  target: Window,
  type: K,
  handler: (event: WindowEventMap[K]) => void,
): void;
export function useEventListener<K extends keyof DocumentEventMap>(
  target: Document,
  type: K,
  handler: (event: DocumentEventMap[K]) => void,
): void;
export function useEventListener(
  target: Window | Document,
  type: string,
  handler: (event: Event) => void,
): void {
  onMounted(() => target.addEventListener(type, handler));
  onBeforeUnmount(() => target.removeEventListener(type, handler));
}

/** A key press meant for a text field or a browser shortcut, not for the page's own shortcuts. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return (
    event.ctrlKey ||
    event.altKey ||
    event.metaKey ||
    target?.closest('input, textarea, select, summary, [contenteditable="true"]') != null
  );
}
