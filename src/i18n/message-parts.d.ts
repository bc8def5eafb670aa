// A language file with only the texts of the room's screens (vite.config.ts, precompiledMessages).
declare module '*.json?room' {
  const messages: Pick<typeof import('./locales/nl.json'), 'room'>;
  export default messages;
}
