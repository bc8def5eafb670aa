import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import AttentionPointBlock from '../../../src/components/walk/AttentionPointBlock.vue';
import RoundQuestion from '../../../src/components/room/RoundQuestion.vue';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { mountWithI18n } from '../../support/mount';

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

const point = CHECKLIST.sections.flatMap((s) => s.attentionPoints).find((p) => p.id === 'sam-regie')!;

// Round 13: levels 4 and 5 ask for an agreement on the whole topic, so wherever a user reads the five level texts,
// the point's scope (what the whole topic is) stands with them, above the levels.
describe('the rubric shows what the whole topic is, above the levels', () => {
  it('on the step screen, between the reading rule and the levels', () => {
    wrapper = mountWithI18n(
      AttentionPointBlock,
      {
        props: {
          point,
          answers: {},
          headingId: 'h',
          marks: {},
          evidence: [],
          owners: [],
          saveEvidence: () => null,
        },
        global: { stubs: { QuestionItem: true, EvidenceEditor: true } },
      },
      'en',
    );
    const rubric = wrapper.find('details.point__rubric');
    const scope = rubric.find('.point__scope');
    expect(scope.text()).toBe(point.scope.en);
    expect(scope.text()).toMatch(/^The whole topic of the agreement on the process coordinator’s tasks: /);
    const html = rubric.html();
    expect(html.indexOf('point__scope')).toBeLessThan(html.indexOf('<dl'));
  });

  it('on the phone in a round, above the levels', () => {
    wrapper = mountWithI18n(RoundQuestion, {
      props: { question: point.questions[0]!, point, number: 1, total: 1, level: null, note: '' },
    });
    const rubric = wrapper.find('details.round-question__rubric');
    expect(rubric.find('.round-question__scope').text()).toBe(point.scope.nl);
    const html = rubric.html();
    expect(html.indexOf('round-question__scope')).toBeLessThan(html.indexOf('<dl'));
  });
});
