import { afterEach, describe, expect, it } from 'vitest';
import { isTyping } from '../../../src/composables/isTyping';

/** A keydown as the browser delivers it: dispatched on `target`, so event.target is set. */
function pressOn(target: EventTarget, init: KeyboardEventInit = {}): KeyboardEvent {
  let seen: KeyboardEvent | undefined;
  target.addEventListener('keydown', (e) => (seen = e as KeyboardEvent), { once: true });
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, ...init }));
  if (!seen) throw new Error('no keydown seen');
  return seen;
}

function place(html: string): HTMLElement {
  document.body.innerHTML = html;
  const el = document.querySelector<HTMLElement>('#t');
  if (!el) throw new Error('no #t');
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('isTyping', () => {
  it('is false for a plain key on the page itself', () => {
    expect(isTyping(pressOn(place('<div><button id="t">x</button></div>')))).toBe(false);
    expect(isTyping(pressOn(document.body))).toBe(false);
  });

  it('is false for a key event without a target', () => {
    expect(isTyping(new KeyboardEvent('keydown', { key: '1' }))).toBe(false);
  });

  it.each(['ctrlKey', 'altKey', 'metaKey'] as const)('is true with %s held: a browser shortcut', (mod) => {
    expect(isTyping(pressOn(place('<button id="t">x</button>'), { [mod]: true }))).toBe(true);
  });

  it('is false with only Shift held: Shift is part of typing a character, not a shortcut', () => {
    expect(isTyping(pressOn(place('<button id="t">x</button>'), { shiftKey: true }))).toBe(false);
  });

  it.each([
    ['an input', '<input id="t">'],
    ['a textarea', '<textarea id="t"></textarea>'],
    ['a select', '<select id="t"><option>a</option></select>'],
    ['a summary', '<details><summary id="t">s</summary></details>'],
    ['an editable region', '<div contenteditable="true" id="t">x</div>'],
    ['an element inside an editable region', '<div contenteditable="true"><b id="t">x</b></div>'],
    ['an element inside a summary', '<details><summary><span id="t">s</span></summary></details>'],
  ])('is true in %s', (_, html) => {
    expect(isTyping(pressOn(place(html)))).toBe(true);
  });

  it('is false in a region whose contenteditable is "false"', () => {
    expect(isTyping(pressOn(place('<div contenteditable="false" id="t">x</div>')))).toBe(false);
  });
});
