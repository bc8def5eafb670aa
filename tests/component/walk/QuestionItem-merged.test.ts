import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import QuestionItem from '../../../src/components/walk/QuestionItem.vue';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { mountWithI18n } from '../../support/mount';

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

const question = CHECKLIST.sections
  .flatMap((s) => s.attentionPoints.flatMap((p) => p.questions))
  .find((q) => q.id === 'sam-afspraken-helder')!;

function mountWith(mergedFrom: string[], locale: 'nl' | 'en') {
  return mountWithI18n(
    QuestionItem,
    {
      props: { question, answer: { level: 2, note: 'a', mergedFrom }, number: 1, total: 2, refText: '§2.1' },
      global: { stubs: { ScaleInput: true, PrivacyHint: true, QuestionMark: true } },
    },
    locale,
  );
}

// Checklist 2024.4 merged two older questions into this one: the notice counts them, and names both.
describe('the notice of answers merged by a checklist update', () => {
  it('names one older question, or counts and names two', () => {
    wrapper = mountWith(['sam-verwachtingen'], 'nl');
    const one = wrapper.find('.question__merged').text();
    expect(one).toContain(
      'het antwoord op een oudere vraag meegenomen: ‘Staat op papier wat jullie van elkaar verwachten?’',
    );
    expect(one).toContain('beide notities');
    wrapper.unmount();
    wrapper = mountWith(['sam-afspraken-samen', 'sam-verwachtingen'], 'en');
    const two = wrapper.find('.question__merged').text();
    expect(two).toContain(
      'the answers to 2 older questions: ‘Did you draw up the agreements on expectations and ground rules together?’; ‘Have you written down what you expect of each other?’',
    );
    expect(two).toContain('all notes are below');
  });

  it('is absent where nothing was merged', () => {
    wrapper = mountWith([], 'nl');
    expect(wrapper.find('.question__merged').exists()).toBe(false);
  });
});
