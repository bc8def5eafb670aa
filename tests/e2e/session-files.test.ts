import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import { createAssessment, withAnswer } from '../../src/domain/assessment';
import { exportFile } from '../../src/domain/file-format';
import type { AnswerValue, Assessment } from '../../src/domain/types';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed } from './seed';
import { nl, nlPattern } from '../support/ui';
import { testTempDir } from '../support/temp-dir';

const browser = useBrowser();
const now = new Date('2026-11-20T10:00:00Z');

function partnerScan(organisation: string, role: string, answers: Record<string, AnswerValue>): Assessment {
  let a = createAssessment(
    { title: `Scan ${organisation}`, region: 'Regio Utrecht', date: '2026-11-20' },
    CHECKLIST.version,
    now,
  );
  a.respondent = { name: '', organisation, role, domain: role === 'ggz' ? 'sociaal' : 'veiligheid' };
  for (const [q, level] of Object.entries(answers)) a = withAnswer(a, q, { level }, now);
  return a;
}

// Issue 23, §1: the facilitator's own file refused, a file read twice recognised, a changed file said what
// it changes, "Toch toevoegen" never a silent duplicate, and deleting undone.
describe('partner files in a session', () => {
  it('refuses its own file, skips an unchanged one, says what a changed one changes, and undoes a delete', async () => {
    const dir = await testTempDir('pga-files-');
    const file = async (name: string, a: Assessment) => {
      const path = join(dir, name);
      await writeFile(path, exportFile(a, now));
      return path;
    };
    const politie = partnerScan('Politie Midden-Nederland', 'politie', { 'weg-manier': 4, 'sig-kennis': 3 });
    const ggz = partnerScan('GGZ Centraal', 'ggz', { 'weg-manier': 1, 'sig-kennis': 2 });
    const session = await openSession(browser());
    const { page } = session;
    const w = createAssessment(
      { title: 'Werksessie PGA', region: 'Regio Utrecht', date: '2026-11-28' },
      CHECKLIST.version,
      now,
    );
    await seed(page, w);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${w.id}/werksessie`));
    await page.locator('#minutes-title').waitFor(); // the session screen's last stage
    await page.getByRole('heading', { level: 1, name: nl('workshop.title') }).waitFor();
    const input = page.locator('#sources-file');
    const summary = page.getByTestId('import-summary');
    const participants = page.locator('.participants__item');
    const rows = page.locator('section[aria-labelledby="sources-title"] tbody tr');
    await input.setInputFiles([
      await file('politie.pgascan.json', politie),
      await file('ggz.pgascan.json', ggz),
    ]);
    await summary.getByText(nl('workshop.summary.title', { read: 2, skipped: 0, refused: 0 })).waitFor();

    // The session's own export, with the partners' files in it, beside theirs in Downloads.
    const own = { ...w, participants: [], workshop: { ...w.workshop, sources: [], tallies: {} } };
    await input.setInputFiles(await file('pga-werksessie-pga-2026-11-28.pgascan.json', own));
    await summary.getByText(nl('workshop.summary.title', { read: 0, skipped: 0, refused: 1 })).waitFor();
    await expect(page.locator('.import__errors').innerText()).resolves.toMatch(
      nlPattern('workshop.refuse.own-session'),
    );
    await expect(participants.count()).resolves.toBe(2);

    // The same file again: recognised, no question asked.
    await input.setInputFiles(join(dir, 'politie.pgascan.json'));
    await summary.getByText(nl('workshop.summary.title', { read: 0, skipped: 1, refused: 0 })).waitFor();
    await expect(summary.innerText()).resolves.toContain(
      nl('workshop.unchanged', { file: 'politie.pgascan.json', organisation: 'Politie Midden-Nederland' }),
    );

    // A corrected file: the dialog says what changes; "Toch toevoegen" names the extra participant apart.
    let changed = withAnswer(politie, 'weg-manier', { level: 3 }, now);
    changed = withAnswer(changed, 'doel-concreet', { level: 2 }, now);
    await input.setInputFiles(await file('politie-v2.pgascan.json', changed));
    const dialog = page.getByRole('dialog', {
      name: nl('workshop.conflict.already-read.title', { file: 'politie-v2.pgascan.json' }),
    });
    await dialog.waitFor();
    await expect(dialog.getByTestId('source-changes').innerText()).resolves.toBe(
      nl('workshop.conflict.changes', { added: 1, changed: 1, cleared: 0, notes: 0 }),
    );
    await expect(dialog.innerText()).resolves.toMatch(
      nlPattern('workshop.conflict.already-read.text', { organisation: 'Politie Midden-Nederland' }),
    );
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: nl('workshop.conflict.add') }).click();
    await summary.getByText(nlPattern('workshop.summary.title', { read: 1 })).waitFor();
    await expect(summary.innerText()).resolves.toContain(
      'Toegevoegd als extra deelnemer “Politie Midden-Nederland (2)”',
    );
    await expect(page.locator('.participants__org').allInnerTexts()).resolves.toEqual([
      'Politie Midden-Nederland',
      'GGZ Centraal',
      'Politie Midden-Nederland (2)',
    ]);

    // Deleting a participant takes their scan along, and can be undone, back in its place.
    await page.getByRole('button', { name: nl('workshop.removeNamed', { name: 'GGZ Centraal' }) }).click();
    const undo = page.getByRole('button', { name: nl('home.undo') });
    await undo.waitFor();
    await expect(
      page.getByText(nl('workshop.removedWithScan', { name: 'GGZ Centraal' })).count(),
    ).resolves.toBe(1);
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      nl('home.undo'),
    );
    await expect(participants.count()).resolves.toBe(2);
    await expect(rows.count()).resolves.toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await undo.click();
    await page.getByText(nl('workshop.restored', { name: 'GGZ Centraal' })).waitFor();
    await expect(participants.nth(1).locator('.participants__org').innerText()).resolves.toBe('GGZ Centraal');
    await expect(rows.count()).resolves.toBe(3);

    // Deleting one read-in scan keeps the participant, and can be undone too.
    await page.getByRole('button', { name: `${nl('workshop.removeScan')}: Scan GGZ Centraal` }).click();
    await page.getByText(nl('workshop.removedScan', { title: 'Scan GGZ Centraal' })).waitFor();
    await expect(rows.count()).resolves.toBe(2);
    await expect(participants.count()).resolves.toBe(3);
    await undo.click();
    await expect(rows.nth(1).locator('th').innerText()).resolves.toBe('Scan GGZ Centraal');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
