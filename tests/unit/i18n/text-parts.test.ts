// Isolated (vite.config.ts, UNIT_ISOLATED): which text parts are wanted is module state that this file sets up.
import { describe, expect, it } from 'vitest';
import {
  activateLocale,
  loadMessages,
  loadTexts,
  type LocaleSwitch,
  type MessageSchema,
} from '../../../src/i18n';
import type { Locale } from '../../../src/content/types';
import { TEXT_PARTS } from '../../../src/i18n/parts';

const PART_GROUPS: string[] = Object.values(TEXT_PARTS).flat();

/**
 * A language's texts as the build splits them: the start page's chunk without the parts. Under test a language
 * file loads whole, so the first texts set for a language lose their parts here, as in the built app.
 */
function startPageTexts(messages: MessageSchema): MessageSchema {
  return Object.fromEntries(
    Object.entries(messages).filter(([group]) => !PART_GROUPS.includes(group)),
  ) as unknown as MessageSchema;
}

/** vue-i18n's global composer as far as switching language uses it, starting in Dutch with the start page's texts. */
function composer(nl: MessageSchema): LocaleSwitch {
  const messages: Partial<Record<Locale, MessageSchema>> = { nl: startPageTexts(nl) };
  return {
    get availableLocales() {
      return Object.keys(messages);
    },
    setLocaleMessage: (locale, m) => void (messages[locale] = messages[locale] ? m : startPageTexts(m)),
    getLocaleMessage: (locale) => messages[locale] ?? ({} as MessageSchema),
    locale: { value: 'nl' },
  };
}

describe('texts of a screen opened while the language switches', () => {
  it('are loaded in the new language too, even when the switch finishes first', async () => {
    const nl = await loadMessages('nl');
    // English was loaded before (cached), so this switch finishes before the screen's Dutch texts arrive:
    // the order in which a screen opened during the switch used to keep its Dutch words.
    await loadMessages('en');
    const i18n = composer(nl);
    const switching = activateLocale(i18n, 'en');
    const screen = loadTexts(i18n, 'screens');
    await Promise.all([switching, screen]);
    expect(i18n.locale.value).toBe('en');
    const en = i18n.getLocaleMessage('en') as unknown as Record<
      string,
      Record<string, Record<string, string>>
    >;
    expect(en.workshop?.domains?.veiligheid).toBe('Security domain');
    const dutch = i18n.getLocaleMessage('nl') as unknown as Record<
      string,
      Record<string, Record<string, string>>
    >;
    expect(dutch.workshop?.domains?.veiligheid).toBe('Veiligheidsdomein');
  });

  it('load once, and a second caller waits for the same texts', async () => {
    const i18n = composer(await loadMessages('nl'));
    const first = loadTexts(i18n, 'room');
    expect(loadTexts(i18n, 'room')).toBe(first);
    await first;
    expect(Object.keys(i18n.getLocaleMessage('nl'))).toContain('room');
  });
});
