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
