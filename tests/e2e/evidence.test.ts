import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed, seededAssessment } from './seed';
import { storedScans } from './stored';
import { nl, nlPattern } from '../support/ui';

const browser = useBrowser();
const FILE = 'tests/fixtures/logo.png';
/** Worked out here, apart from the app: the browser's fingerprint must match it. */
const EXPECTED = createHash('sha256').update(readFileSync(FILE)).digest('hex');
/** Set SHOTS=dir to keep screenshots of the evidence form and the results. */
const shots = process.env.SHOTS;

describe('evidence and marks', () => {
  it('adds a reference with a fingerprint, marks a question, and shows both after a reload', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const scan = seededAssessment('Onderbouwing e2e');
    await seed(page, scan);
    const section = CHECKLIST.sections[0]!;
    const point = section.attentionPoints[0]!;
    const question = point.questions[0]!;
    await page.goto(page.url().replace(/#.*$/, `#/scan/${scan.id}/stap/${section.id}`));
    await page.locator('.walk').waitFor();

    // Folded by default: nothing of the form is built until it is opened.
    const evidence = page.getByTestId(`ev-${point.id}`);
    expect(await evidence.locator('form').count()).toBe(0);
    await evidence.locator('summary').click();
    await evidence.getByRole('button', { name: nl('evidence.add') }).click();
    const form = evidence.locator('form');
    await expect(
      form
        .getByLabel(nl('evidence.fieldTitle'), { exact: true })
        .evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);

    // A reference without a title is refused with a message, and nothing is kept.
    await form.getByRole('button', { name: nl('evidence.save') }).click();
    await expect(form.getByRole('alert').innerText()).resolves.toBe(nl('evidence.error.required'));
    expect(JSON.parse((await storedScans(page))[scan.id]!).evidence).toEqual({});

    await form.getByLabel(nl('evidence.fieldTitle'), { exact: true }).fill('Convenant PGA Midden-Nederland');
    await form.getByLabel(nl('evidence.fieldVersion')).fill('v2.1');
    await form.getByLabel(nl('evidence.fieldOwner')).fill('Politie');
    await form.getByLabel(nl('evidence.fieldLocation')).fill('https://intranet.example/convenant.pdf');
    await form.getByLabel(nl('evidence.fieldEffective')).fill('2025-01-01');
    await form.getByLabel(nl('evidence.fieldReviewBy')).fill('2020-06-01');
    await form.getByLabel(nl('evidence.fieldFile')).setInputFiles(FILE);
    const hash = form.getByTestId(`ev-${point.id}-new-hash`);
    await hash.waitFor();
    await expect(hash.locator('.visually-hidden').innerText()).resolves.toBe(EXPECTED);
    await expect(hash.getAttribute('title')).resolves.toBe(EXPECTED);
    expect(await axeViolations(page)).toEqual([]);
    if (shots) await evidence.screenshot({ path: `${shots}/evidence-form.png` });
    await form.getByRole('button', { name: nl('evidence.save') }).click();
    const item = evidence.locator('.evidence__item');
    await expect(item.locator('strong').first().innerText()).resolves.toBe('Convenant PGA Midden-Nederland');
    // The link is text, never a link out.
    await expect(item.innerText()).resolves.toContain('https://intranet.example/convenant.pdf');
    expect(await evidence.locator('a').count()).toBe(0);
    await expect(evidence.locator('summary').innerText()).resolves.toBe(nl('evidence.summary', { n: 1 }));

    // Mark the first question for discussion, with a reason and a short text.
    const q = page.locator(`[data-question-id="${question.id}"]`);
    await q.getByLabel(nl('marks.toggle'), { exact: true }).check();
    await q.getByLabel(nl('marks.reason.evidence')).check();
    await q.getByLabel(nl('marks.text')).fill('Verslag ontbreekt');
    await page
      .getByRole('status')
      .filter({ hasText: nlPattern('save.saved') })
      .waitFor();
    const stored = JSON.parse((await storedScans(page))[scan.id]!);
    expect(stored.evidence[point.id][0]).toMatchObject({ sha256: EXPECTED, reviewBy: '2020-06-01' });
    expect(stored.marks).toEqual({ [question.id]: { reason: 'evidence', text: 'Verslag ontbreekt' } });

    // A new visit: the review notice lists the reference once; the results show evidence and marks.
    await page.goto(page.url().replace(/#.*$/, `#/scan/${scan.id}/resultaten`));
    await page.reload();
    await page.locator('.results').waitFor();
    const notice = page.getByTestId('review-notice');
    await expect(notice.innerText()).resolves.toContain(nl('evidence.reviewTitle', { n: 1 }));
    await expect(notice.innerText()).resolves.toContain('Convenant PGA Midden-Nederland');
    const row = page.getByTestId('evidence-results').locator(`[data-point-id="${point.id}"]`);
    await expect(row.innerText()).resolves.toContain('Convenant PGA Midden-Nederland (v2.1)');
    await expect(page.getByTestId('evidence-results').innerText()).resolves.toContain(
      'Bij 1 van de 20 aandachtspunten is een document vastgelegd',
    );
    const marked = page.getByTestId('marked-list');
    await expect(marked.locator('h2').innerText()).resolves.toBe(nl('marks.resultsTitle', { n: 1 }));
    await expect(marked.locator(`[data-question-id="${question.id}"]`).innerText()).resolves.toContain(
      'Onderbouwing ontbreekt: Verslag ontbreekt',
    );
    expect(await axeViolations(page)).toEqual([]);
    if (shots) {
      await page.getByTestId('evidence-results').screenshot({ path: `${shots}/evidence-results.png` });
      await marked.screenshot({ path: `${shots}/marked-list.png` });
      await notice.screenshot({ path: `${shots}/review-notice.png` });
    }

    // Closed, it stays closed for the rest of the visit, also when the scan is opened again.
    await notice.getByRole('button', { name: nl('evidence.reviewDismiss') }).click();
    expect(await notice.count()).toBe(0);
    await page.getByRole('link', { name: nl('results.backToQuestions') }).click();
    await page.locator('.walk').waitFor();
    await page
      .getByRole('link', { name: nl('results.toResults') })
      .first()
      .click();
    await page.locator('.results').waitFor();
    expect(await page.getByTestId('review-notice').count()).toBe(0);

    expect(session.foreignRequests()).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
