import { describe, expect, it, vi } from 'vitest';
import { onPick } from '../../../src/composables/selectChoice';

const OPTIONS = ['high', 'medium', 'low'] as const;

/** A change event from a <select> holding `value`, as the DOM delivers it. */
function changeTo(value: string): Event {
  const select = document.createElement('select');
  for (const v of [...OPTIONS, value]) {
    const option = document.createElement('option');
    option.value = v;
    select.append(option);
  }
  select.value = value;
  let seen: Event | undefined;
  select.addEventListener('change', (e) => (seen = e));
  select.dispatchEvent(new Event('change'));
  if (!seen) throw new Error('no change seen');
  return seen;
}

describe('onPick', () => {
  it('passes on a value that is one of the options, once and unchanged', () => {
    const use = vi.fn<(v: (typeof OPTIONS)[number]) => void>();
    onPick(OPTIONS, changeTo('medium'), use);
    expect(use).toHaveBeenCalledTimes(1);
    expect(use).toHaveBeenCalledWith('medium');
  });

  it('drops a value that is not one of the options', () => {
    const use = vi.fn<(v: (typeof OPTIONS)[number]) => void>();
    onPick(OPTIONS, changeTo('urgent'), use);
    onPick(OPTIONS, changeTo(''), use);
    expect(use).not.toHaveBeenCalled();
  });
});
