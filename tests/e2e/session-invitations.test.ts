import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import { createAssessment } from '../../src/domain/assessment';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession, showWholeAgenda } from './browser';
import { seed } from './seed';
import { sessionScan } from '../support/session-fixture';
import { nl, nlPattern } from '../support/ui';
import { testTempDir } from '../support/temp-dir';

const browser = useBrowser();

const PARTNERS = [
  {
    role: 'politie',
    organisation: 'Politie Midden-Nederland',
    level: '4 Vastgelegd en toegepast',
    who: 'Politie Midden-Nederland (Politie) · Veiligheidsdomein',
  },
  {
    role: 'om',
    organisation: 'Openbaar Ministerie',
    level: '4 Vastgelegd en toegepast',
    who: 'Openbaar Ministerie · Veiligheidsdomein',
  },
  {
    role: 'reclassering',
    organisation: 'Reclassering Nederland',
    level: '2 Ad hoc',
    who: 'Reclassering Nederland (Reclassering) · Anders',
  },
  {
    role: 'ggz',
    organisation: 'GGZ Centraal',
    level: '1 Ontbreekt',
    who: 'GGZ Centraal (GGZ) · Sociaal domein',
  },
];

describe('a partnership session from invitations to agreed levels', () => {
  it('invites four partners, reads their files back matched by invitation, and skips one read twice unchanged', async () => {
    const facilitator = await openSession(browser());
    const { page } = facilitator;
    const w = createAssessment(
      { title: 'Werksessie PGA Utrecht', region: 'Regio Utrecht', date: '2026-12-10' },
      CHECKLIST.version,
      new Date(),
    );
    await seed(page, w);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${w.id}/werksessie`));
    await page.locator('#minutes-title').waitFor(); // the session screen's last stage
    await page.getByRole('heading', { level: 1, name: nl('workshop.title') }).waitFor();

    // The facilitator adds the partners and downloads one invitation each.
    const invitations: string[] = [];
    for (const p of PARTNERS) {
      await page.locator('#new-participant-role').selectOption(p.role);
      await page.locator('#new-participant-org').fill(p.organisation);
      await page.getByRole('button', { name: nl('workshop.add') }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: nl('workshop.inviteNamed', { name: p.organisation }) }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^uitnodiging-[a-z-]+\.pgascan\.json$/);
      invitations.push((await file.path())!);
    }
    // Each partner's status says the invitation was made and that no file has come back yet.
    const status = page.locator('.participants__item').first().locator('.participants__status');
    await expect(status.innerText()).resolves.toMatch(
      new RegExp(
        `${nlPattern('participantStatus.invited').source} · ${nlPattern('participantStatus.notReceived').source}`,
      ),
    );
    expect(await axeViolations(page)).toEqual([]);

    // Each partner opens their invitation in their own browser, answers, and exports their scan.
    const files: string[] = [];
    const dir = await testTempDir('pga-session-');
    for (const [i, p] of PARTNERS.entries()) {
      const partner = await openSession(browser());
      const pp = partner.page;
      await pp.locator('#import-file').setInputFiles(invitations[i]!);
      await pp.getByTestId('invitation-notice').waitFor();
      await expect(pp.getByTestId('respondent').innerText()).resolves.toContain(
        // The organisation is named once, with its role only where that adds something (OM is both).
        `Ingevuld namens ${p.who}.`,
      );
      await expect(pp.getByTestId('respondent').innerText()).resolves.toContain(
        'Voor de werksessie “Werksessie PGA Utrecht”',
      );
      if (i === 0) expect(await axeViolations(pp)).toEqual([]);
      await pp.locator('[data-question-id="sig-structuur-helder"]').getByLabel(p.level).check();
      await pp
        .getByRole('status')
        .filter({ hasText: nlPattern('save.saved') })
        .waitFor();
      await pp.getByRole('link', { name: nl('nav.home') }).click();
      const download = pp.waitForEvent('download');
      await pp.getByRole('button', { name: nl('home.export'), exact: true }).click();
      // Saved outside the partner's browser, which is closed before the facilitator reads the file.
      const saved = join(dir, `partner-${i}.pgascan.json`);
      await (await download).saveAs(saved);
      files.push(saved);
      expect(partner.foreignRequests()).toEqual([]);
      expect(partner.errors).toEqual([]);
      await partner.context.close();
    }

    // The facilitator reads all four files at once: one summary, each file matched by its invitation.
    await page.locator('#sources-file').setInputFiles(files);
    const summary = page.getByTestId('import-summary');
    await summary.getByText(nl('workshop.summary.title', { read: 4, skipped: 0, refused: 0 })).waitFor();
    await expect(summary.innerText()).resolves.toContain(
      nl('workshop.match.invitation', { who: 'GGZ Centraal (GGZ)' }),
    );
    await expect(page.locator('.participants__item').count()).resolves.toBe(4);
    await expect(status.innerText()).resolves.toMatch(
      nlPattern('participantStatus.received', { answered: 1, total: 61 }),
    );
    await expect(
      page.locator('.participants__item').evaluateAll((els) => els.map((e) => e.getAttribute('data-domain'))),
    ).resolves.toEqual(['veiligheid', 'veiligheid', 'other', 'sociaal']);
    // Nobody is "Anders/Anders": every role came from the invitation.
    await expect(
      page.locator('.participants__item').evaluateAll((els) => els.map((e) => e.getAttribute('data-role'))),
    ).resolves.toEqual(['politie', 'om', 'reclassering', 'ggz']);

    // The security/social split shows on the agenda.
    const row = page.locator('.agenda__item[data-question-id="sig-structuur-helder"]');
    await expect(row.locator('td').first().innerText()).resolves.toBe('3');

    // Reading one again, unchanged, is recognised and skipped without a question; nothing changes.
    await page.locator('#sources-file').setInputFiles(files[0]!);
    await summary.getByText(nl('workshop.summary.title', { read: 0, skipped: 1, refused: 0 })).waitFor();
    await expect(summary.innerText()).resolves.toMatch(nlPattern('workshop.unchanged'));
    await expect(page.locator('section[aria-labelledby="sources-title"] tbody tr').count()).resolves.toBe(4);

    // The agreed level, set in the presentation, appears in the agenda row.
    await row.getByRole('button', { name: new RegExp(`^${nlPattern('workshop.details').source}`) }).click();
    await row.getByRole('link', { name: nlPattern('workshop.discuss') }).click();
    await page.locator('.presentation').waitFor();
    await page.keyboard.press('3');
    await page.keyboard.press('Escape');
    await expect(row.locator('.agenda__agreed').innerText()).resolves.toBe('3 Afgesproken');
    expect(facilitator.foreignRequests()).toEqual([]);
    expect(facilitator.errors).toEqual([]);
    await facilitator.context.close();
  });

  it('reads a partner file made before invitations, and shows five partners on the whole checklist within 7,500 px', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const a = sessionScan(5);
    await seed(page, a);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/werksessie`));
    await page.locator('#minutes-title').waitFor(); // the session screen's last stage
    await page.locator('.agenda').waitFor();
    // The screen renders in stages; the session record comes last. The whole agenda, as a facilitator opens it.
    await page.locator('#minutes-title').waitFor();
    await showWholeAgenda(page);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // 6,000 px before the page gained the invitation e-mail text, the result choices, the session record and the
    // file link (issues 23 and 24); the agenda rows themselves did not grow. Open in the closing note.
    expect(height).toBeLessThanOrEqual(7500);
    await expect(page.locator('.agenda__item').count()).resolves.toBeGreaterThan(40);

    // A file from schema v3 has no identity: it still reads in, as a participant named after its region.
    const old = JSON.parse(await readFile('tests/fixtures/schema-v3.pgascan.json', 'utf8'));
    old.assessment.participants = [];
    const path = join(await testTempDir('pga-old-'), 'oude-partner.pgascan.json');
    await writeFile(path, JSON.stringify(old));
    await page.locator('#sources-file').setInputFiles(path);
    await page.getByTestId('import-summary').getByText(nlPattern('workshop.match.unnamed')).waitFor();
    await expect(page.locator('.participants__item').count()).resolves.toBe(6);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
