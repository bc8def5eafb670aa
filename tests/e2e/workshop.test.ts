import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import type { PartnerDomain } from '../../src/content/partners';
import { createAssessment, withAnswer } from '../../src/domain/assessment';
import { exportFile } from '../../src/domain/file-format';
import type { AnswerValue } from '../../src/domain/types';
import { readPdf } from '../support/pdf';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed } from './seed';
import { nl, nlPattern } from '../support/ui';
import { testTempDir } from '../support/temp-dir';

const browser = useBrowser();
const now = new Date('2026-11-20T10:00:00Z');
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** A partner's own exported scan. */
async function partnerFile(
  dir: string,
  organisation: string,
  role: string,
  domain: PartnerDomain,
  answers: Record<string, AnswerValue>,
) {
  let a = createAssessment(
    { title: `Scan ${organisation}`, region: 'Regio Utrecht', date: '2026-11-20' },
    CHECKLIST.version,
    now,
  );
  a.participants = [{ id: 'self', name: '', organisation, role, domain }];
  for (const [q, level] of Object.entries(answers)) a = withAnswer(a, q, { level }, now);
  const path = join(dir, `${role}.pgascan.json`);
  await writeFile(path, exportFile(a, now));
  return path;
}

describe('workshop mode', () => {
  it('merges three partner scans, flags divergence, records consensus by keyboard, and reports the session', async () => {
    const dir = await testTempDir('pga-workshop-');
    const files = [
      await partnerFile(dir, 'Politie Midden-Nederland', 'politie', 'veiligheid', {
        'weg-manier': 4,
        'doel-concreet': 4,
        'sig-kennis': 3,
      }),
      await partnerFile(dir, 'Gemeente Utrecht OOV', 'gemeente-oov', 'veiligheid', {
        'weg-manier': 4,
        'doel-concreet': 4,
        'sig-kennis': 3,
      }),
      await partnerFile(dir, 'GGZ Centraal', 'ggz', 'sociaal', {
        'weg-manier': 1,
        'doel-concreet': 3,
        'sig-kennis': 3,
      }),
    ];
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

    await page.locator('#sources-file').setInputFiles(files);
    // Files from before invitations: each names its maker, so each finds its role and domain.
    const summary = page.getByTestId('import-summary');
    await summary.getByText(nl('workshop.summary.title', { read: 3, skipped: 0, refused: 0 })).waitFor();
    await expect(summary.innerText()).resolves.toContain(
      `ggz.pgascan.json: ${nl('workshop.match.identity', { who: 'GGZ Centraal (GGZ)' })}`,
    );
    await expect(page.locator('.participants__item').count()).resolves.toBe(3);
    await expect(page.locator('.participants__item').nth(2).getAttribute('data-domain')).resolves.toBe(
      'sociaal',
    );
    await expect(page.locator('.participants__who').nth(2).innerText()).resolves.toContain(
      nl('workshop.domains.sociaal'),
    );

    // Divergence on top of the agenda.
    const agenda = page.locator('.agenda__item');
    await expect(
      agenda.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id'))),
    ).resolves.toEqual(['weg-manier', 'doel-concreet']);
    // One compact row each: spread 3, a gap of 3,0 between the domains that says which is higher, and the
    // counts per level.
    const cells = await agenda.first().locator('td').allInnerTexts();
    expect(cells).toContain('3');
    expect(
      cells.some((c) =>
        new RegExp(
          `^(?:${nlPattern('workshop.gapSecurity', { gap: '3,0' }).source}|${nlPattern('workshop.gapSocial', { gap: '3,0' }).source})$`,
        ).test(c),
      ),
      cells.join(' | '),
    ).toBe(true);
    await agenda
      .first()
      .getByRole('button', { name: new RegExp(`^${nlPattern('workshop.details').source}`) })
      .click();
    await expect(agenda.first().innerText()).resolves.toContain(nl('workshop.reason.spread', { spread: 3 }));
    await agenda
      .nth(1)
      .getByRole('button', { name: new RegExp(`^${nlPattern('workshop.details').source}`) })
      .click();
    await expect(agenda.nth(1).innerText()).resolves.toContain(nl('workshop.reason.domains', { gap: '1,0' }));
    expect(await axeViolations(page)).toEqual([]);

    // The same file again is recognised and skipped instead of counting twice.
    await page.locator('#sources-file').setInputFiles(files[0]!);
    await summary
      .getByText(
        nl('workshop.unchanged', { file: 'politie.pgascan.json', organisation: 'Politie Midden-Nederland' }),
      )
      .waitFor();
    await expect(page.locator('.participants__item').count()).resolves.toBe(3);

    // Consensus in the presentation view, by keyboard alone. One row is open at a time.
    await agenda
      .first()
      .getByRole('button', { name: new RegExp(`^${nlPattern('workshop.details').source}`) })
      .click();
    await agenda
      .first()
      .getByRole('link', { name: nlPattern('workshop.discuss') })
      .click();
    await page.locator('.presentation[data-question-id="weg-manier"]').waitFor();
    expect(
      await page.evaluate(() =>
        parseFloat(getComputedStyle(document.querySelector('.presentation')!).fontSize),
      ),
    ).toBeGreaterThanOrEqual(20);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('2');
    await expect(page.locator('.presentation__agreed').innerText()).resolves.toBe('2 Ad hoc');
    await page.keyboard.press('ArrowRight');
    await page.locator('.presentation[data-question-id="doel-concreet"]').waitFor();
    await page.keyboard.press('n');
    await expect(page.locator('.presentation__agreed').innerText()).resolves.toBe('N.v.t.');
    await page.keyboard.press('3');
    await expect(page.locator('.presentation__agreed').innerText()).resolves.toBe('3 Afgesproken');
    // Single-character shortcuts can be turned off (WCAG 2.1.4); arrows keep working.
    await page.getByLabel(nl('present.characterKeys')).uncheck();
    await page.locator('h1').focus();
    await page.keyboard.press('5');
    await expect(page.locator('.presentation__agreed').innerText()).resolves.toBe('3 Afgesproken');
    await page.getByLabel(nl('present.characterKeys')).check();
    await page.locator('h1').focus();
    await page.keyboard.press('ArrowLeft');
    await page.locator('.presentation[data-question-id="weg-manier"]').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: nl('workshop.title') }).waitFor();
    await expect(agenda.first().locator('.agenda__agreed').innerText()).resolves.toBe('2 Ad hoc');

    // The agreed levels are the scan's scores, and the PDF reports the session.
    await page.getByRole('link', { name: nl('results.title'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: nl('results.title') }).waitFor();
    await page.getByRole('radio', { name: nl('report.edition.full') }).check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: nl('plan.exportPdf') }).click();
    const pdf = await readPdf(new Uint8Array(await readFile((await (await download).path())!)));
    const text = squash(pdf.all);
    expect(text).toContain(nl('workshop.sessionParticipants'));
    expect(text).toContain(`GGZ Centraal GGZ ${nl('workshop.domains.sociaal')}`);
    expect(text).toMatch(
      new RegExp(`${nlPattern('report.sum.sessionTitle').source} ${nlPattern('report.sum.session').source}`),
    );
    expect(text).toContain(
      '§1.2 Hebben jullie een vaste, systematische manier van wegen afgesproken? 1: 1 · 4: 2',
    );
    expect(text).toContain('2 Ad hoc');
    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
