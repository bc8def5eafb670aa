import type nl from './locales/nl.json';

// Dutch is the source language: its keys type t('…'), so a misspelt key is a compile error.
type MessageSchema = typeof nl;

declare module 'vue-i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}
