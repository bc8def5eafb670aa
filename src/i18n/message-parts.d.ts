// A language file with only the texts of one part (src/i18n/parts.ts; vite.config.ts, precompiledMessages).
declare module '*.json?room' {
  const messages: Partial<typeof import('./locales/nl.json')>;
  export default messages;
}
declare module '*.json?screens' {
  const messages: Partial<typeof import('./locales/nl.json')>;
  export default messages;
}
