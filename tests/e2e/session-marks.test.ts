import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession, showWholeAgenda } from './browser';
import { seed } from './seed';
import { sessionScan } from '../support/session-fixture';
import { CHECKLIST } from '../../src/content/pga-2024';
import { allQuestions } from '../../src/domain/content-index';
import type { AnswerValue } from '../../src/domain/types';
import { nl } from '../support/ui';

const browser = useBrowser();

describe('questions marked for discussion in the session', () => {
  it('joins the agenda with who marked it and why, from a partner’s file and from the scan itself, in both languages', async () => {
    const s = await openSession(browser());
    const { page } = s;
    const a = sessionScan(3);
    const [partnerMarked, ownMarked] = allQuestions(CHECKLIST)
      .slice(0, 2)
      .map((r) => r.question.id);
    // Every partner gives level 3 on both, so only the marks can put them on the agenda.
    a.workshop.sources = a.workshop.sources.map((src, i) => ({
      ...src,
      answers: { ...src.answers, [partnerMarked!]: 3 as AnswerValue, [ownMarked!]: 3 as AnswerValue },
      ...(i === 1
        ? { marks: { [partnerMarked!]: { reason: 'disagree' as const, text: 'Buiten de tool oneens' } } }
        : {}),
    }));
    a.marks = { [ownMarked!]: { reason: 'evidence', text: '' } };
    const partner = a.participants[1]!.organisation;
    await seed(page, a);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/werksessie`));
    await page.locator('#minutes-title').waitFor(); // the session screen's last stage
    await showWholeAgenda(page);
    const row = (id: string) =>
      page.locator(`.agenda__item[data-question-id="${id}"] [data-testid="agenda-mark"]`);
    await row(partnerMarked!).waitFor();
    await expect(row(partnerMarked!).innerText()).resolves.toBe(
      `${nl('marks.agendaFlag')} ${nl('marks.agendaBy', { who: partner!, reason: `${nl('marks.reason.disagree')} (Buiten de tool oneens)` })}`,
    );
    await expect(row(ownMarked!).innerText()).resolves.toBe(
      `${nl('marks.agendaFlag')} ${nl('marks.agendaBy', { who: nl('marks.agendaSelf'), reason: nl('marks.reason.evidence') })}`,
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => row(partnerMarked!).innerText())
      .toBe(`Marked to discuss ${partner}: Partners disagree (Buiten de tool oneens)`);
    expect(await axeViolations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
