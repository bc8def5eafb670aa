import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser-lifecycle';
import { openSession } from './browser';

const browser = useBrowser();

describe('security headers in the build', () => {
  it('has a CSP that allows nothing from elsewhere, no referrer, and no inline event handlers', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');

    // The policy is enforced: a request elsewhere and eval are both refused.
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      let fetched = true;
      try {
        await fetch('https://example.org/');
      } catch {
        fetched = false;
      }
      // An injected inline script must not run.
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "ran"';
      document.body.append(script);
      const evaluated = document.documentElement.dataset.injected === 'ran';
      // Violation reports arrive as events; wait for both rather than for a fixed time.
      await new Promise<void>((resolve) => {
        const done = () =>
          violations.includes('connect-src') && violations.includes('script-src-elem')
            ? resolve()
            : undefined;
        document.addEventListener('securitypolicyviolation', done);
        done();
      });
      const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}@${a.name}`),
      );
      return { fetched, evaluated, violations, handlers };
    });
    expect(outcome.fetched).toBe(false);
    expect(outcome.evaluated).toBe(false);
    expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src', 'script-src-elem']));
    expect(outcome.handlers).toEqual([]);
    expect(session.requests.filter((u) => u.includes('example.org'))).toEqual([]);
    await session.context.close();
  });
});
