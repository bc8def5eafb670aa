// What the crash harness needs of a browser, so one scenario runs in Chromium (Playwright) and Firefox
// (puppeteer-core). Page functions run in the browser and must not use anything from this side.

export interface AppPage {
  goto(url: string): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Polls `fn` in the page until it returns a truthy value, and returns that value. */
  waitFor<T, A>(fn: (arg: A) => T, arg: A, timeoutMs?: number): Promise<NonNullable<T>>;
  /** Types into the focused element, key by key. */
  type(text: string, delayMs: number): Promise<void>;
  upload(selector: string, paths: string[]): Promise<void>;
}

export interface Launched {
  /** The app's tab; a new one after killTab. */
  readonly page: AppPage;
  /** SIGKILL to the browser process: no unload, no flush. */
  kill(): void;
  /** SIGKILL to the tab's renderer process only, then a new tab in the same browser (where supported). */
  killTab?(): Promise<void>;
  /** Resolves when the browser process has ended. */
  exited: Promise<void>;
  /** A normal shutdown, at the end of a run. */
  close(): Promise<void>;
}

export type Launcher = (profile: string, script?: string) => Promise<Launched>;
