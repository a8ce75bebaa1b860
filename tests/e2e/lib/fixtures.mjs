// The test fixture every spec uses: a fresh page that records console errors and every request
// to a host other than the one serving the widget, and fails the test if there were any.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { ScanPage } from './scan-page.mjs';

export const test = base.extend({
  watched: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const problems = { consoleErrors: [], foreignRequests: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
    });
    await use(problems);
    expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  },
  scan: async ({ page, watched }, use) => {
    await use(new ScanPage(page, watched));
  },
});

export { expect };

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
