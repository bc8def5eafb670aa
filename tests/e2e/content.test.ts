import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import { GLOSSARY } from '../../src/content/glossary';
import { READING_STEPS, stepRulesOf } from '../../src/content/reading-rule';
import { LEVELS } from '../../src/content/types';
import { useBrowser } from './browser-lifecycle';
import { openSession } from './browser';
import { ui } from '../support/ui';

const browser = useBrowser();

describe('the walk-through shows the whole checklist', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`renders every section, attention point and question in ${locale}`, async () => {
      const session = await openSession(browser());
      const { page } = session;
      if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
      await page.locator('a[href$="#/nieuw"]').click();
      await page.locator('#field-title').fill('Inhoud');
      await page.locator('#field-region').fill('Regio');
      await page.locator('button[type="submit"]').click();

      for (const section of CHECKLIST.sections) {
        await page
          .getByRole('heading', { level: 1, name: `§${section.ref} ${section.title[locale]}` })
          .waitFor();
        // A long summary renders as its paragraphs.
        await expect(page.locator('.walk__summary p').allTextContents()).resolves.toEqual(
          section.summary[locale].split('\n\n'),
        );
        // A long step renders question by question; the pager comes last.
        await page.locator('.pager__next').waitFor();
        const pointTitles = await page
          .locator('.point__title')
          .evaluateAll((els) => els.map((e) => e.lastChild?.textContent?.trim() ?? ''));
        expect(pointTitles).toEqual(section.attentionPoints.map((p) => p.title[locale]));
        const questions = section.attentionPoints.flatMap((p) => p.questions);
        const shown = await page
          .locator('[data-question-id]')
          .evaluateAll((els) =>
            els.map((e) => [e.getAttribute('data-question-id'), e.querySelector('legend')?.textContent]),
          );
        expect(shown).toEqual(questions.map((q) => [q.id, q.text[locale]]));
        // Under each question its explanation, then its scoring rules as a list under their own heading, then its
        // rules for special cases, folded.
        const explained = await page.locator('[data-question-id]').evaluateAll((els) =>
          els.map((e) => ({
            help: e.querySelector('.question__help')?.textContent ?? null,
            heading: e.querySelector('.question__rules-title')?.textContent ?? null,
            rules: [...e.querySelectorAll('.question__rules li')].map((li) => li.textContent),
            doubts: e.querySelector('.question__doubts summary')?.textContent?.trim() ?? null,
            doubtRules: [...e.querySelectorAll('.question__doubts li')].map((li) => li.textContent),
          })),
        );
        expect(explained).toEqual(
          questions.map((q) => ({
            help: q.help?.[locale] ?? null,
            heading: q.rules?.length ? ui(locale, 'step.rulesTitle') : null,
            rules: (q.rules ?? []).map((r) => r[locale]),
            doubts: q.doubts?.length
              ? ui(locale, 'step.doubtsTitle', { n: q.doubts.length }, q.doubts.length)
              : null,
            doubtRules: (q.doubts ?? []).map((r) => r[locale]),
          })),
        );
        // The rubrics too: in English these come from the chunk the build moves the checklist's English to.
        const levels = await page
          .locator('.point__rubric > dl > dd')
          .evaluateAll((els) => els.map((e) => e.firstChild?.textContent?.trim() ?? ''));
        expect(levels).toEqual(
          section.attentionPoints.flatMap((p) => LEVELS.map((l) => p.rubric[l].text[locale])),
        );
        // The reading rule renders when opened, with the rules of this step only.
        await page.locator('.point__rubric > summary').first().click();
        const rule = page.locator('.point__rule').first();
        await rule.locator('summary').first().click();
        // The rule renders on the toggle event, a task after the click.
        await rule.locator('.rule__step').first().waitFor();
        await expect(rule.locator('.rule__step').allTextContents()).resolves.toEqual(
          READING_STEPS.map((s) => s[locale]),
        );
        await expect(rule.locator('.rule__step-rules li').allTextContents()).resolves.toEqual(
          stepRulesOf(section.id).map((r) => r[locale]),
        );
        await page.locator('.pager__next').click();
      }
      await page
        .getByRole('link', { name: ui(locale, 'nav.glossary') })
        .first()
        .click();
      await page.locator('.glossary__term').first().waitFor();
      const terms = await page.locator('.glossary__term').allTextContents();
      // Alphabetical in the reader's language (reading 43), and every term once.
      expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, locale, { sensitivity: 'base' })));
      expect([...terms].sort()).toEqual(GLOSSARY.map((g) => g.term[locale]).sort());
      // The checklist's own scoring words say so, where the report's terms name a section (reading 46).
      const refs = await page.locator('.glossary__ref').allTextContents();
      expect(refs.filter((r) => r.trim() === ui(locale, 'glossary.checklistTerm'))).toHaveLength(
        GLOSSARY.filter((g) => g.ref === 'checklist').length,
      );
      expect(refs.filter((r) => r.includes('§'))).toHaveLength(
        GLOSSARY.filter((g) => g.ref.includes('.')).length,
      );
      const chapters = GLOSSARY.filter((g) => /^\d+$/.test(g.ref));
      for (const ref of new Set(chapters.map((g) => g.ref)))
        expect(refs.filter((r) => r.trim() === ui(locale, 'glossary.firstInChapter', { ref }))).toHaveLength(
          chapters.filter((g) => g.ref === ref).length,
        );
      expect(refs.filter((r) => r.trim() === ui(locale, 'glossary.firstInIntro'))).toHaveLength(
        GLOSSARY.filter((g) => g.ref === 'intro').length,
      );
      expect(session.foreignRequests()).toEqual([]);
      expect(session.errors).toEqual([]);
      await session.context.close();
    });
  }
});
