// The test fixture every spec uses: a fresh page that records console errors, every request to
// a host other than the one serving the widget, and every Content-Security-Policy violation (the
// server sends README.md's policy, see serve.mjs), and fails the test if there were any.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { ScanPage } from './scan-page.mjs';

export const test = base.extend({
  /** Origins besides the widget's that a spec may load from (the embed specs' host site). */
  allowedOrigins: [[], { option: true }],
  // Automatic: every test that imports this `test` is watched, whether it names the fixture or not.
  watched: [async ({ page, baseURL, allowedOrigins }, use) => {
    const origins = [new URL(baseURL).origin, ...allowedOrigins];
    const problems = { consoleErrors: [], foreignRequests: [], cspViolations: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
      if (!origins.includes(new URL(url).origin)) problems.foreignRequests.push(url);
    });
    await watchCsp(page, (violation) => problems.cspViolations.push(violation));
    await use(problems);
    expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
    expect(problems.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  }, { auto: true }],
  scan: async ({ page, watched }, use) => {
    await use(new ScanPage(page, watched));
  },
});

export { expect };

/**
 * Calls `report` with every `securitypolicyviolation` event in every document of the page,
 * frames of other origins included, from before the document's first script runs.
 */
export async function watchCsp(page, report) {
  await page.exposeBinding('__zsReportCsp', ({ frame }, violation) => report({ page: frame.url(), ...violation }));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__zsReportCsp({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
      });
    });
  });
}

/** Fails when axe-core finds any WCAG 2.0, 2.1 or 2.2 A/AA violation on the current screen. */
export async function expectAccessible(page, screen) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}
