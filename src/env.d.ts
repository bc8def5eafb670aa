/// <reference types="vite/client" />

/** The English of the checklist's texts, by key (build/english-content.ts). */
declare module 'virtual:content-english' {
  const english: Readonly<Record<string, string>>;
  export default english;
}
