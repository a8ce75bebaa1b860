// A CMS that puts sandbox="allow-scripts allow-forms" on iframes: the frame has an opaque origin,
// so the browser fetches the widget's files with CORS. With the header README.md documents the
// widget runs in memory and says so; without it the frame says the scan could not be loaded,
// in both languages, instead of staying blank.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { test as bare } from '@playwright/test';
import { adapt, snippet, writeHostPage } from '../lib/host-pages.mjs';
import { host, hostOrigin, startHostServer, widget } from '../lib/embed.mjs';
import { T } from '../lib/texts.mjs';

let stopHost;
test.beforeAll(async () => {
  stopHost = await startHostServer();
});
test.afterAll(() => stopHost?.());

/** README's plain iframe, sandboxed, loading the widget from `base`. */
function sandboxedPage(name, base) {
  const iframe = adapt(snippet('plain-iframe'), base).replace('<iframe ', '<iframe sandbox="allow-scripts allow-forms" ');
  return host + writeHostPage(name, iframe);
}

test.describe('with Access-Control-Allow-Origin', () => {
  test.use({ allowedOrigins: [hostOrigin] });

  test('the widget runs in memory and says that answers are not kept', async ({ page }) => {
    // The test server sends the documented header for paths under /cors/.
    await page.goto(sandboxedPage('sandbox-cors.html', `${widget}cors/`));
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('storage-notice')).toContainText('De zelfscan kan in deze browser niets opslaan');
    await frame.getByTestId('start').click();
    await expect(frame.locator('#zs-step-heading')).toHaveText('Vakdomeinen');
    await expectAccessible(page, 'host page with a sandboxed widget');
  });
});

bare('without the header the frame says, in both languages, that the scan could not be loaded', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(sandboxedPage('sandbox-no-cors.html', widget));
  const frame = page.frameLocator('iframe');
  const failed = frame.locator('[data-zs-boot="failed"]');
  await expect(failed.locator('[lang=nl]')).toHaveText(T.BootFailed.nl);
  await expect(failed.locator('[lang=en]')).toHaveText(T.BootFailed.en);
  await expect(frame.locator('#zs-step-heading')).toHaveCount(0);
  // What failed is the browser's CORS check, nothing else.
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) expect(error).toMatch(/CORS|Failed to load resource|net::ERR_FAILED/);
});
