import type nl from './locales/nl.json';

// Dutch is the source language: its keys type t('…') for completion. vue-i18n's t still accepts any string, so a
// misspelt key is caught by the lint (@intlify/vue-i18n/no-missing-keys), not by the compiler; planted once to check.
type MessageSchema = typeof nl;

declare module 'vue-i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}
