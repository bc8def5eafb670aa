import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import type { VueWrapper } from '@vue/test-utils';
import ScaleInput from '../../../src/components/walk/ScaleInput.vue';
import type { AnswerValue } from '../../../src/domain/types';
import { mountWithI18n } from '../../support/mount';

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

/** A controlled mount: the emitted value is fed back as the new modelValue, as v-model does. */
function mountScale(value: AnswerValue, locale: 'nl' | 'en' = 'nl') {
  const w = mountWithI18n(
    ScaleInput,
    {
      props: {
        modelValue: value,
        name: 'q-test',
        legend: 'Is er een heldere signaleringsstructuur?',
        'onUpdate:modelValue': (v: AnswerValue) => void w.setProps({ modelValue: v }),
      },
    },
    locale,
  );
  wrapper = w;
  return w;
}

const radios = (w: VueWrapper) => w.findAll<HTMLInputElement>('input[type="radio"]');
const checked = (w: VueWrapper) =>
  radios(w)
    .filter((r) => r.element.checked)
    .map((r) => r.element.value);
const focusedValue = () => (document.activeElement as HTMLInputElement | null)?.value;

function labelOf(w: VueWrapper, input: HTMLInputElement): string {
  return w.find(`label[for="${input.id}"]`).text();
}
function descriptionOf(input: HTMLInputElement): string {
  const id = input.getAttribute('aria-describedby') ?? '';
  return document.getElementById(id)?.textContent ?? '';
}

describe('ScaleInput', () => {
  it('groups the options under the question as legend', () => {
    const w = mountScale(null);
    expect(w.find('fieldset legend').text()).toBe('Is er een heldere signaleringsstructuur?');
    expect(radios(w)).toHaveLength(7);
  });

  it('labels each level with its number and name, and describes it', () => {
    const w = mountScale(null);
    const inputs = radios(w).map((r) => r.element);
    expect(inputs.map((i) => labelOf(w, i))).toEqual([
      '1 Ontbreekt',
      '2 Ad hoc',
      '3 Afgesproken',
      '4 Vastgelegd en toegepast',
      '5 Geborgd en geëvalueerd',
      'Weet niet',
      'N.v.t.',
    ]);
    expect(descriptionOf(inputs[2]!)).toContain('gezamenlijke afspraak');
    expect(new Set(inputs.map((i) => i.name))).toEqual(new Set(['q-test']));
  });

  it('reads in English when the language is English', () => {
    const w = mountScale(null, 'en');
    expect(labelOf(w, radios(w)[3]!.element)).toBe('4 Documented and applied');
    expect(labelOf(w, radios(w)[5]!.element)).toBe('Don’t know');
  });

  it('moves between levels with the arrow keys, selecting and focusing each', async () => {
    const w = mountScale(2);
    const group = w.find('fieldset');
    await radios(w)[1]!.trigger('keydown', { key: 'ArrowRight' });
    await nextTick();
    expect(checked(w)).toEqual(['3']);
    expect(focusedValue()).toBe('3');
    await radios(w)[2]!.trigger('keydown', { key: 'ArrowDown' });
    await nextTick();
    expect(checked(w)).toEqual(['4']);
    await radios(w)[3]!.trigger('keydown', { key: 'ArrowLeft' });
    await radios(w)[2]!.trigger('keydown', { key: 'ArrowUp' });
    await nextTick();
    expect(checked(w)).toEqual(['2']);
    expect(focusedValue()).toBe('2');
    expect(group.exists()).toBe(true);
  });

  it('wraps around and supports Home and End', async () => {
    const w = mountScale('na');
    await radios(w)[6]!.trigger('keydown', { key: 'ArrowRight' });
    await nextTick();
    expect(checked(w)).toEqual(['1']);
    await radios(w)[0]!.trigger('keydown', { key: 'ArrowLeft' });
    await nextTick();
    expect(checked(w)).toEqual(['na']);
    await radios(w)[6]!.trigger('keydown', { key: 'Home' });
    await nextTick();
    expect(checked(w)).toEqual(['1']);
    await radios(w)[0]!.trigger('keydown', { key: 'End' });
    await nextTick();
    expect(checked(w)).toEqual(['na']);
  });

  it('starts from the focused option when nothing is chosen yet', async () => {
    const w = mountScale(null);
    await radios(w)[0]!.trigger('keydown', { key: 'ArrowRight' });
    await nextTick();
    expect(checked(w)).toEqual(['2']);
  });

  it('leaves other keys alone', async () => {
    const w = mountScale(3);
    await radios(w)[2]!.trigger('keydown', { key: 'Tab' });
    expect(w.emitted('update:modelValue')).toBeUndefined();
  });

  it('emits the chosen value on click', async () => {
    const w = mountScale(null);
    await radios(w)[5]!.setValue(true);
    expect(w.emitted('update:modelValue')?.[0]).toEqual(['unknown']);
  });
});
