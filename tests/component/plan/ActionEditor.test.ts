import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import ActionEditor from '../../../src/components/plan/ActionEditor.vue';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { createAssessment } from '../../../src/domain/assessment';
import { addAction } from '../../../src/domain/action-edits';
import { mountWithI18n } from '../../support/mount';

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

const now = new Date('2026-11-30T09:00:00Z');
const scan = addAction(
  createAssessment({ title: 'Scan', region: 'Regio', date: '2026-11-30' }, CHECKLIST.version, now),
  {
    ...{
      attentionPointId: 'sig-structuur',
      title: 'Meldroute op papier',
      description: '',
      owner: '',
      due: '',
    },
    ...{ priority: 'medium', status: 'open', origin: 'own' },
  },
  now,
);
const action = scan.actions[0]!;

/** A select whose DOM value was set to something outside its options, as a script or extension could. */
async function pickRaw(w: VueWrapper, id: string, value: string) {
  const select = w.find<HTMLSelectElement>(`#action-${action.id}-${id}`);
  const option = document.createElement('option');
  option.value = value;
  select.element.append(option);
  select.element.value = value;
  await select.trigger('change');
}

describe('ActionEditor select guards', () => {
  it('passes a priority and a status from the options on to the scan', async () => {
    wrapper = mountWithI18n(ActionEditor, {
      props: { action, checklist: CHECKLIST, ownersListId: 'owners' },
    });
    await pickRaw(wrapper, 'priority', 'high');
    await pickRaw(wrapper, 'status', 'done');
    expect(wrapper.emitted('update')).toEqual([[{ priority: 'high' }], [{ status: 'done' }]]);
  });

  it('lets no value outside the options reach the scan', async () => {
    wrapper = mountWithI18n(ActionEditor, {
      props: { action, checklist: CHECKLIST, ownersListId: 'owners' },
    });
    await pickRaw(wrapper, 'priority', 'urgent');
    await pickRaw(wrapper, 'status', 'stalled');
    expect(wrapper.emitted('update')).toBeUndefined();
  });
});
