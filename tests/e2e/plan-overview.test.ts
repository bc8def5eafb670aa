import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import type { Action } from '../../src/domain/types';
import { useBrowser } from './browser-lifecycle';
import { axeViolations, openSession } from './browser';
import { seed, seededAssessment } from './seed';
import { nl } from '../support/ui';

const browser = useBrowser();

describe('the plan at a glance', () => {
  it('shows 21 actions as an overview within 2,500 px at 1366 px wide, one editor at a time', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    const a = seededAssessment('Plan met 21 acties');
    const points = CHECKLIST.sections.flatMap((s) => s.attentionPoints);
    a.actions = Array.from({ length: 21 }, (_, i): Action => ({
      id: `a${i}`,
      attentionPointId: points[i % points.length]!.id,
      title: points[i % points.length]!.suggestedActions[0]!.title.nl,
      description: points[i % points.length]!.suggestedActions[0]!.description.nl,
      owner: ['Gemeente OOV', 'Politie', 'GGZ'][i % 3]!,
      due: `2027-${String((i % 12) + 1).padStart(2, '0')}-01`,
      priority: (['high', 'medium', 'low'] as const)[i % 3]!,
      status: 'open',
      origin: 'suggested',
    }));
    await seed(page, a);
    await page.goto(page.url().replace(/#.*$/, `#/scan/${a.id}/plan`));
    await page.getByRole('heading', { level: 1, name: nl('plan.title') }).waitFor();
    // The plan renders a few actions at a time; the suggestions come last.
    await page.locator('.plan__suggestions').waitFor();
    expect(await page.locator('.plan-table tbody tr[data-action-id]').count()).toBe(21);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(2500);
    expect(await axeViolations(page)).toEqual([]);

    // Opening a second action closes the first.
    await page.locator('button[aria-label^="Bewerken: "]').nth(0).click();
    await page.locator('button[aria-label^="Bewerken: "]').nth(1).click();
    expect(await page.locator('fieldset.action').count()).toBe(1);
    expect(await page.locator('button[aria-expanded="true"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await session.context.close();
  });
});
