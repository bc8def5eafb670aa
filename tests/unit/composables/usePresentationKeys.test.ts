import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { usePresentationKeys } from '../../../src/composables/usePresentationKeys';
import type { AnswerValue } from '../../../src/domain/types';
import { setupWithI18n } from '../../support/composable';

const actions = {
  go: vi.fn<(delta: number) => void>(),
  agree: vi.fn<(level: AnswerValue) => void>(),
  toggleHidden: vi.fn<() => void>(),
  leave: vi.fn<() => void>(),
};
/** Every call made to any action, in order, so a key that does two things (or none) shows. */
const calls = () => [
  ...actions.go.mock.calls.map(([d]) => ['go', d]),
  ...actions.agree.mock.calls.map(([l]) => ['agree', l]),
  ...actions.toggleHidden.mock.calls.map(() => ['toggleHidden']),
  ...actions.leave.mock.calls.map(() => ['leave']),
];

let mounted: VueWrapper | undefined;
let keys: ReturnType<typeof usePresentationKeys>;
beforeEach(() => {
  Object.values(actions).forEach((a) => a.mockReset());
  const run = setupWithI18n(() => usePresentationKeys(actions));
  mounted = run.wrapper;
  keys = run.result;
});
afterEach(() => {
  mounted?.unmount();
  document.body.innerHTML = '';
});

/** A key pressed with focus on `target` (the page's body by default); tells whether the page took it. */
function press(key: string, init: KeyboardEventInit = {}, target: Element = document.body): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('usePresentationKeys', () => {
  it.each([
    ['ArrowRight', ['go', 1]],
    ['ArrowDown', ['go', 1]],
    ['PageDown', ['go', 1]],
    ['ArrowLeft', ['go', -1]],
    ['ArrowUp', ['go', -1]],
    ['PageUp', ['go', -1]],
    ['1', ['agree', 1]],
    ['2', ['agree', 2]],
    ['3', ['agree', 3]],
    ['4', ['agree', 4]],
    ['5', ['agree', 5]],
    ['w', ['agree', 'unknown']],
    ['n', ['agree', 'na']],
    ['0', ['agree', null]],
    ['Backspace', ['agree', null]],
    ['Delete', ['agree', null]],
    ['v', ['toggleHidden']],
    ['Escape', ['leave']],
  ])('%s does one thing, and the browser does not act on it too', (key, call) => {
    expect(press(key)).toBe(true);
    expect(calls()).toEqual([call]);
  });

  it('starts with character keys on', () => {
    expect(keys.characterKeys.value).toBe(true);
  });

  it('leaves other keys to the browser', () => {
    for (const key of ['6', 'a', 'W', ' ', 'Enter', 'Tab', 'Home']) expect(press(key)).toBe(false);
    expect(calls()).toEqual([]);
  });

  it.each(['ctrlKey', 'altKey', 'metaKey'] as const)(
    'leaves a key with %s held to the browser',
    (modifier) => {
      expect(press('ArrowRight', { [modifier]: true })).toBe(false);
      expect(press('3', { [modifier]: true })).toBe(false);
      expect(calls()).toEqual([]);
    },
  );

  it('does not take keys typed in a field', () => {
    document.body.innerHTML = '<input id="note"><textarea id="text"></textarea>';
    const input = document.getElementById('note')!;
    const area = document.getElementById('text')!;
    expect(press('3', {}, input)).toBe(false);
    expect(press('ArrowLeft', {}, input)).toBe(false);
    expect(press('Backspace', {}, area)).toBe(false);
    expect(press('Escape', {}, area)).toBe(false);
    expect(calls()).toEqual([]);
  });

  it('with character keys off, ignores every single-character key and keeps the others', () => {
    keys.characterKeys.value = false;
    for (const key of ['1', '5', 'w', 'n', 'v', '0']) expect(press(key)).toBe(false);
    expect(calls()).toEqual([]);
    for (const key of ['ArrowRight', 'PageUp', 'Backspace', 'Delete', 'Escape'])
      expect(press(key)).toBe(true);
    expect(calls()).toEqual([['go', 1], ['go', -1], ['agree', null], ['agree', null], ['leave']]);
  });

  it('takes character keys again once they are turned back on', () => {
    keys.characterKeys.value = false;
    press('4');
    keys.characterKeys.value = true;
    expect(press('4')).toBe(true);
    expect(calls()).toEqual([['agree', 4]]);
  });

  it('stops listening when the screen goes', () => {
    mounted?.unmount();
    mounted = undefined;
    expect(press('ArrowRight')).toBe(false);
    expect(calls()).toEqual([]);
  });
});
