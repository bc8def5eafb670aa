import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import type { VueWrapper } from '@vue/test-utils';
import ReviewNotice from '../../../src/components/scan/ReviewNotice.vue';
import { useAssessmentsStore } from '../../../src/stores/assessments';
import { mountInApp } from '../../support/mount';

const due = {
  pointId: 'mon-afspraken',
  ref: {
    id: 'e1',
    title: 'Convenant PGA',
    version: 'v2',
    owner: 'Politie',
    location: 'G:/PGA',
    effective: '2025-01-01',
    reviewBy: '2026-01-31',
  },
};

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

describe('the review notice', () => {
  it("lists references due for review on the scan's own screens, and goes with the user to no other page", async () => {
    const app = await mountInApp(ReviewNotice, '/scan/abc/resultaten');
    wrapper = app.wrapper;
    useAssessmentsStore().reviewNotice = [due];
    await nextTick();
    const notice = wrapper.find('[data-testid="review-notice"]');
    expect(notice.text()).toContain('Convenant PGA');
    expect(notice.text()).toContain('31 januari 2026');
    await app.router.push('/landelijk-beeld');
    expect(wrapper.find('[data-testid="review-notice"]').exists()).toBe(false);
    // Back on a screen of the scan, until it is closed.
    await app.router.push('/scan/abc/plan');
    await wrapper.find('[data-testid="review-notice"] button').trigger('click');
    expect(wrapper.find('[data-testid="review-notice"]').exists()).toBe(false);
    expect(useAssessmentsStore().reviewNotice).toEqual([]);
  });
});
