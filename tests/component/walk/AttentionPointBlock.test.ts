import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import AttentionPointBlock from '../../../src/components/walk/AttentionPointBlock.vue';
import RoundQuestion from '../../../src/components/room/RoundQuestion.vue';
import { CHECKLIST } from '../../../src/content/pga-2024';
import type { AttentionPoint } from '../../../src/content/types';
import { mountWithI18n } from '../../support/mount';
import { STEP_RULES } from '../../../src/content/reading-rule';
import { SCALE } from '../../../src/content/scale';
import ScaleInput from '../../../src/components/walk/ScaleInput.vue';

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

/** A point's block on the step screen, its questions and evidence stubbed. */
function mountBlock(shown: AttentionPoint, sectionId: string, locale: 'nl' | 'en') {
  return mountWithI18n(
    AttentionPointBlock,
    {
      props: {
        point: shown,
        answers: {},
        headingId: 'h',
        sectionId,
        marks: {},
        evidence: [],
        owners: [],
        saveEvidence: () => null,
      },
      global: { stubs: { QuestionItem: true, EvidenceEditor: true } },
    },
    locale,
  );
}

const point = CHECKLIST.sections.flatMap((s) => s.attentionPoints).find((p) => p.id === 'sam-regie')!;

// Round 13: levels 4 and 5 ask for an agreement on the whole topic, so wherever a user reads the five level texts,
// the point's scope (what the whole topic is) stands with them, above the levels.
describe('the rubric shows what the whole topic is, above the levels', () => {
  it('on the step screen, above the levels', () => {
    wrapper = mountBlock(point, 'samenwerking', 'en');
    const rubric = wrapper.find('details.point__rubric');
    const scope = rubric.find('.point__scope');
    expect(scope.text()).toBe(point.scope.en);
    expect(scope.text()).toMatch(
      /^This point covers the agreement on the process coordinator’s tasks\. It includes: /,
    );
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

describe('the reading rule on the step screen', () => {
  const signalPoint = CHECKLIST.sections[0]!.attentionPoints[0]!;
  const mountPoint = (sectionId: string) => mountBlock(signalPoint, sectionId, 'nl');

  it('renders once opened, below the levels, with the rules of the point’s own step', async () => {
    wrapper = mountPoint(CHECKLIST.sections[0]!.id);
    const rule = wrapper.find('details.point__rule');
    expect(rule.find('.rule').exists()).toBe(false);
    const html = wrapper.find('details.point__rubric').html();
    expect(html.indexOf('point__rule')).toBeGreaterThan(html.indexOf('<dl'));
    (rule.element as HTMLDetailsElement).open = true;
    await rule.trigger('toggle');
    expect(rule.find('.rule__step').text()).toMatch(/^Lees elk niveau op zichzelf/);
    expect(rule.findAll('.rule__step-rules li')).toHaveLength(STEP_RULES[CHECKLIST.sections[0]!.id]!.length);
    expect(rule.find('.rule__step-rules').text()).toMatch(/jongerenwerkers of boa’s/);
  });

  it('shows no step rules for a step that has none', async () => {
    wrapper = mountPoint('samenwerking');
    const rule = wrapper.find('details.point__rule');
    (rule.element as HTMLDetailsElement).open = true;
    await rule.trigger('toggle');
    expect(rule.find('.rule__step').exists()).toBe(true);
    expect(rule.find('.rule__step-rules').exists()).toBe(false);
  });
});

// Round 32: levels 1 and 2 ask about the activity each question names, so wherever a question is scored, its own activity
// stands in those two levels, and two questions of one point can differ there.
describe('each question shows its own activity at levels 1 and 2', () => {
  const training = CHECKLIST.sections
    .flatMap((s) => s.attentionPoints)
    .find((p) => p.id === 'sig-signaalkennis')!;
  const [general, online] = training.questions;

  it('in the level choices under a question', () => {
    wrapper = mountWithI18n(ScaleInput, {
      props: { modelValue: null, name: 'q', legend: online!.text.nl, activity: online!.activity },
    });
    const descs = wrapper.findAll('.scale__desc').map((d) => d.text());
    expect(descs[0]).toContain(`Dit gebeurde in de periode ook niet: ${online!.activity.nl}`);
    expect(descs[1]).toContain(`Dit gebeurde in de periode wel: ${online!.activity.nl}`);
    expect(descs[1]).not.toContain(general!.activity.nl);
    expect(descs[2]).toBe(SCALE[2]!.description.nl);
  });

  it('on the phone in a round', () => {
    wrapper = mountWithI18n(RoundQuestion, {
      props: { question: online!, point: training, number: 2, total: 2, level: null, note: '' },
    });
    const levels = wrapper.findAll('details.round-question__rubric dd').map((d) => d.text());
    expect(levels[1]).toContain(online!.activity.nl);
    expect(levels[1]).toContain(training.topic.nl);
    expect(levels[3]).toBe(training.rubric[4].text.nl);
  });
});
