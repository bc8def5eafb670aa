// The harness catches a missing journal. IndexedDB writes fail from the moment the app is up (as when the tab
// dies before they commit); a note is typed and reported saved; then the tab's renderer is killed (SIGKILL)
// and the app reopened in the same browser. With the journal the note is there; with the journal write made a
// no-op it is lost, and the harness must say so. (A killed browser is no test of the journal in Chromium: it
// writes localStorage to disk up to a minute late, IndexedDB at once; see the README.)
import { describe, expect, inject, it } from 'vitest';
import { typeNote } from '../support/crash/actions';
import { launchChromium } from '../support/crash/chromium';
import { runHarness, summary, type HarnessOptions } from '../support/crash/harness';
import { ASSESSMENT_PREFIX } from '../support/storage-keys';

const FAIL_INDEXEDDB_WRITES = `(() => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (document.querySelector('main h1')) throw new DOMException('Killed before commit', 'AbortError');
    return put.apply(this, args);
  };
})();`;
const NO_JOURNAL = `(() => {
  if (!location.pathname.startsWith('/gemeente/')) return;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (!String(key).startsWith(${JSON.stringify(ASSESSMENT_PREFIX)})) setItem.call(this, key, value);
  };
})();`;

const run = (script: string) => {
  const options: HarnessOptions = {
    appUrl: inject('appUrl'),
    launch: launchChromium,
    kills: 1,
    killsPerProfile: 1,
    seed: 24,
    script,
    killAfterSaved: {
      ms: 0,
      tab: true,
      async act(context) {
        const id = context.model.ids((e) => !e.old)[0];
        if (!id) throw new Error('no scan to type in');
        await typeNote(context, id);
        return 'note';
      },
    },
  };
  return runHarness(options);
};

describe('the harness without the journal', () => {
  it('finds nothing lost with the journal, and the note lost without it', { timeout: 200_000 }, async () => {
    const [withJournal, without] = await Promise.all([
      run(FAIL_INDEXEDDB_WRITES),
      run(FAIL_INDEXEDDB_WRITES + NO_JOURNAL),
    ]);
    console.log(summary('chromium, journal', withJournal));
    console.log(summary('chromium, no journal', without));
    expect(withJournal.actions).toEqual({ note: 1 });
    expect(withJournal.findings).toEqual([]);
    expect(without.actions).toEqual({ note: 1 });
    expect(without.losses).toBeGreaterThan(0);
    expect(without.findings).toContainEqual(
      expect.objectContaining({ kind: 'loss', detail: expect.stringContaining('note') }),
    );
  });
});
