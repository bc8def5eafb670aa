import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { useUpgradeText } from '../../../src/composables/useUpgradeText';
import type { ContentUpgrade } from '../../../src/domain/content-upgrade';
import { setupWithI18n } from '../../support/composable';

let mounted: VueWrapper | undefined;
afterEach(() => mounted?.unmount());

const upgrade = (counts: Partial<ContentUpgrade>): ContentUpgrade => ({
  from: '2024.1',
  to: '2024.2',
  renamed: 0,
  merged: 0,
  removed: 0,
  split: 0,
  ...counts,
});

function text(locale: 'nl' | 'en' = 'en') {
  const { result, wrapper } = setupWithI18n(() => useUpgradeText(), locale);
  mounted = wrapper;
  return result;
}

const NOTICE = (changes: string) =>
  `This scan has been updated to checklist version 2024.2: ${changes}. Your answers and notes have been carried over.`;

describe('useUpgradeText', () => {
  it('names merged, renamed and removed in that order, joined by commas, singular for one', () => {
    expect(text()(upgrade({ merged: 1, renamed: 1, removed: 1 }))).toBe(
      NOTICE(
        '1 question merged, 1 question reworded, ' +
          '1 question withdrawn (its answer is under ‘Withdrawn questions’ on the results page)',
      ),
    );
  });

  it('names a split last, with where the answer went and that the second part is new', () => {
    expect(text()(upgrade({ renamed: 1, split: 1 }))).toBe(
      NOTICE(
        '1 question reworded, 1 question split in two ' +
          '(its answer is with the first part; the second part is new and not yet answered)',
      ),
    );
    expect(text('nl')(upgrade({ split: 2 }))).toContain('2 vragen in tweeën gesplitst');
  });

  it('uses the plural for more than one', () => {
    expect(text()(upgrade({ merged: 2, renamed: 3, removed: 4 }))).toBe(
      NOTICE(
        '2 questions merged, 3 questions reworded, ' +
          '4 questions withdrawn (their answers are under ‘Withdrawn questions’ on the results page)',
      ),
    );
  });

  it('leaves out each kind of change that did not happen', () => {
    const say = text();
    expect(say(upgrade({ merged: 2 }))).toBe(NOTICE('2 questions merged'));
    expect(say(upgrade({ renamed: 2 }))).toBe(NOTICE('2 questions reworded'));
    expect(say(upgrade({ renamed: 1, removed: 2 }))).toBe(
      NOTICE(
        '1 question reworded, 2 questions withdrawn (their answers are under ‘Withdrawn questions’ on the results page)',
      ),
    );
    expect(say(upgrade({}))).toBe(NOTICE(''));
  });

  it('speaks the interface language', () => {
    expect(text('nl')(upgrade({ merged: 1, to: '2025.1' }))).toBe(
      'Deze scan is bijgewerkt naar checklistversie 2025.1: 1 vraag samengevoegd. ' +
        'Jullie antwoorden en notities zijn meegenomen.',
    );
  });
});
