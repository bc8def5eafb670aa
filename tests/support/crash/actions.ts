// What the harness does in the app, as a user would, each recording what the UI reported as saved the moment
// it said so. A kill may cut any of them off; the next check allows what was under way, nothing else.
import { CONTENT_VERSION } from '../../../src/content/version';
import type { AppPage } from './driver';
import { QUESTION, factsOf, type Expectations } from './expectations';
import { newScan, partnerFiles, scanFile } from './files';
import type { Random } from './random';

export interface Context {
  page: AppPage;
  model: Expectations;
  random: Random;
  /** A folder for files to import. */
  dir: string;
  /** The actions begun, in order (a kill may have cut the last one off). */
  begun: string[];
  /** The actions whose result the UI reported as saved. */
  confirmed: string[];
}

const SAVED = 'Alles opgeslagen';
const WORDS = [
  'signaal',
  'casusoverleg',
  'ë ĳ €',
  'afspraak',
  '“PGA”',
  'wijkteam',
  'zorg',
  'gedeeld',
  '–',
  '12',
];

/**
 * Goes to a route of the app without reloading it (as its own links do), and waits for an element and for the
 * screen's last block (long screens render block by block, see useStages).
 */
async function go(page: AppPage, hash: string, selector: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.waitFor(
    (s) => document.querySelector(s) !== null && document.querySelector('[data-stages="rendering"]') === null,
    selector,
  );
}

/** Clicks the button of `scope` whose text is `label`. */
const click = (page: AppPage, scope: string, label: string) =>
  page.evaluate(
    ([s, l]) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>(`${s} button`)].find(
        (b) => b.textContent?.trim() === l,
      );
      if (!button) throw new Error(`no button ${l} in ${s}`);
      button.click();
    },
    [scope, label] as const,
  );

const editable = (model: Expectations) =>
  model.ids((e) => !e.old && e.present.has(true) && e.present.size === 1);

export async function typeNote({ page, model, random }: Context, id: string) {
  const field = `#q-${QUESTION}-note`;
  await go(page, `#/scan/${id}/stap/signaleren`, field);
  const before = await page.evaluate((s) => {
    const el = document.querySelector<HTMLTextAreaElement>(s)!;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    return el.value;
  }, field);
  const text = ` ${Array.from({ length: random.int(2, 6) }, () => random.pick(WORDS)).join(' ')}`;
  model.begin(id, { note: before + text });
  await page.type(text, random.int(0, 30));
  const note = await page.waitFor(
    ([s, saved, want]) => {
      const value = document.querySelector<HTMLTextAreaElement>(s)?.value;
      const status = document.querySelector('.save-status__message')?.textContent ?? '';
      return status.includes(saved) && value === want ? value : null;
    },
    [field, SAVED, before + text] as const,
  );
  model.confirm(id, { note });
}

export async function setLevel({ page, model, random }: Context, id: string) {
  await go(page, `#/scan/${id}/stap/signaleren`, `input[name="q-${QUESTION}"]`);
  const level = String(random.int(1, 5));
  model.begin(id, { level });
  await page.evaluate(
    ([q, l]) => document.querySelector<HTMLInputElement>(`input[name="q-${q}"][value="${l}"]`)!.click(),
    [QUESTION, level] as const,
  );
  const saved = await page.waitFor(
    ([q, s]) => {
      const checked = document.querySelector<HTMLInputElement>(`input[name="q-${q}"]:checked`)?.value;
      return (document.querySelector('.save-status__message')?.textContent ?? '').includes(s)
        ? checked
        : null;
    },
    [QUESTION, SAVED] as const,
  );
  model.confirm(id, { level: saved });
}

export async function addAction({ page, model, random }: Context, id: string) {
  await go(page, `#/scan/${id}/plan`, '.plan');
  const title = `Actie ${random.int(100, 999)} ${random.pick(WORDS)}`;
  const before = model.get(id).actions.confirmed;
  model.begin(id, { actions: [...before, title] });
  await click(page, '.plan', 'Eigen actie toevoegen');
  await page.waitFor(() => document.activeElement?.closest('fieldset.action') !== null, null);
  await page.type(title, random.int(0, 20));
  await page.waitFor(
    ([want, s]) =>
      (document.activeElement as HTMLInputElement | null)?.value === want &&
      (document.querySelector('.save-status__message')?.textContent ?? '').includes(s),
    [title, SAVED] as const,
  );
  model.confirm(id, { actions: [...before, title] });
}

export async function importScan({ page, model, random, dir }: Context) {
  await go(page, '#/', '#import-file');
  const scan = newScan(random, `Geïmporteerd ${random.int(10_000, 99_999)}`);
  model.known(scan.id, { ...factsOf(JSON.stringify(scan))!, present: false });
  model.begin(scan.id, { present: true });
  await page.upload('#import-file', [await scanFile(dir, scan)]);
  await page.waitFor((t) => document.querySelector('.import__message')?.textContent?.includes(t), scan.title);
  model.confirm(scan.id, { present: true });
}

export async function deleteScan({ page, model, random }: Context, id: string, undo = random.next() < 0.3) {
  await go(page, '#/', `[data-scan-id="${id}"]`);
  await click(page, `[data-scan-id="${id}"]`, 'Verwijderen');
  const dialog = 'dialog[aria-labelledby="delete-dialog-title"]';
  await page.waitFor((d) => document.querySelector(`${d}[open]`) !== null, dialog);
  model.begin(id, { present: false });
  await click(page, dialog, 'Verwijderen');
  await page.waitFor(
    (i) =>
      document.querySelector(`[data-scan-id="${i}"]`) === null &&
      document.querySelector('.scan-list__status button'),
    id,
  );
  model.confirm(id, { present: false });
  if (undo) {
    // Undo puts it back under the same id: a later save that must win over the deletion.
    model.begin(id, { present: true });
    await click(page, '.scan-list__status', 'Ongedaan maken');
    await page.waitFor((i) => document.querySelector(`[data-scan-id="${i}"]`) !== null, id);
    model.confirm(id, { present: true });
  }
}

export async function workshopImport({ page, model, random, dir }: Context, id: string) {
  await go(page, `#/scan/${id}/werksessie`, '#sources-file');
  const before = [...model.get(id).sources][0] ?? 0;
  [1, 2, 3].forEach((n) => model.begin(id, { sources: before + n }));
  await page.upload('#sources-file', await partnerFiles(dir, random));
  await page.waitFor(
    (s) =>
      document.querySelector('[data-testid="import-summary"]')?.textContent?.includes('Ingelezen: 3.') &&
      (document.querySelector('.save-status__message')?.textContent ?? '').includes(s),
    SAVED,
  );
  model.confirm(id, { sources: before + 3 });
}

export async function openOld({ page, model }: Context, id: string) {
  model.begin(id, { contentVersion: CONTENT_VERSION });
  await go(page, `#/scan/${id}/stap/monitoren`, '.walk');
  await page.waitFor(
    (s) =>
      document.body.textContent?.includes('bijgewerkt naar checklistversie') &&
      (document.querySelector('.save-status__message')?.textContent ?? '').includes(s),
    SAVED,
  );
  model.confirm(id, { contentVersion: CONTENT_VERSION });
}

/** One action, picked at random among those that make sense for the library as it is. */
export async function randomAction(context: Context): Promise<string> {
  const { model, random } = context;
  const scans = editable(model);
  const old = model.ids((e) => e.old && e.present.has(true) && !e.contentVersions.has(CONTENT_VERSION));
  const choices: Array<[string, number, () => Promise<void>]> = [
    ['import', scans.length < 4 ? 3 : 1, () => importScan(context)],
    ['old', old.length > 0 ? 2 : 0, () => openOld(context, random.pick(old))],
  ];
  if (scans.length > 0) {
    const id = random.pick(scans);
    choices.push(
      ['note', 4, () => typeNote(context, id)],
      ['level', 3, () => setLevel(context, id)],
      ['action', 2, () => addAction(context, id)],
      ['workshop', 1, () => workshopImport(context, id)],
      ['delete', scans.length > 6 ? 4 : 1, () => deleteScan(context, id)],
    );
  }
  const total = choices.reduce((n, [, w]) => n + w, 0);
  let at = random.next() * total;
  for (const [name, weight, run] of choices) {
    at -= weight;
    if (at < 0) {
      context.begun.push(name);
      await run();
      context.confirmed.push(name);
      return name;
    }
  }
  return 'none';
}
