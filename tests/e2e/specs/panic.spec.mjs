// A panic anyway: the panic hook replaces the widget with a readable message in Dutch and English
// and a download of the last saved record, with plain DOM and without calling back into the app.
// Needs the test-only build with the `panic-trigger` feature in target/dist-panic (`make
// build-panic`), served here on its own port; `#zelfscan-panic` in the address makes it panic.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectAccessible } from '../lib/fixtures.mjs';
import { KEY, openWidget, storedText, toFirstArea } from '../lib/storage-tricks.mjs';

const dist = fileURLToPath(new URL('../../../target/dist-panic/', import.meta.url));
const port = Number(process.env.ZELFSCAN_PANIC_PORT ?? 4174);
const baseURL = `http://127.0.0.1:${port}/`;
let server;

test.use({ baseURL });

test.beforeAll(async () => {
  if (!existsSync(`${dist}index.html`)) {
    throw new Error(`${dist} is missing: build it with \`make build-panic\` (make test does)`);
  }
  server = spawn(process.execPath, [fileURLToPath(new URL('../serve.mjs', import.meta.url)), String(port), dist], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${baseURL}index.html`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the panic build's server did not start on ${baseURL}`);
});

test.afterAll(() => server?.kill());

/** Records what the page logs; the panic itself may log only the hook's line and the abort. */
function watch(page) {
  const seen = { unexpected: [], panics: [], foreign: [] };
  const expected = /zelfscan stopped|unreachable/;
  const record = (text) => (expected.test(text) ? seen.panics : seen.unexpected).push(text);
  page.on('console', (message) => message.type() === 'error' && record(message.text()));
  page.on('pageerror', (error) => record(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== new URL(baseURL).origin) {
      seen.foreign.push(url);
    }
  });
  return seen;
}

test('a panic replaces the widget with a message in Dutch and English and the last saved answers', async ({ page }) => {
  const seen = watch(page);
  await openWidget(page);
  await toFirstArea(page);
  const first = await page.locator('[data-testid^="statement-"]').first().getAttribute('data-testid');
  const id = first.replace(/^statement-/, '');
  await page.getByTestId(`answer-${id}-4`).check();
  const saved = await storedText(page);
  expect(JSON.parse(saved).answers).toEqual({ [id]: 4 });
  expect(seen.panics).toEqual([]);

  await page.evaluate(() => { window.location.hash = 'zelfscan-panic'; });
  const screen = page.getByTestId('panic-screen');
  await expect(screen).toBeVisible();
  await expect(screen.locator('[lang=nl]')).toContainText('Er ging iets mis in de zelfscan');
  await expect(screen.locator('[lang=en]')).toContainText('Something went wrong in the self-scan');
  await expect(page.locator('#zs-step-heading')).toHaveCount(0);
  await expectAccessible(page, 'panic screen');

  for (const lang of ['nl', 'en']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`panic-download-${lang}`).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(saved);
  }
  // The record itself is untouched.
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(saved);
  expect(seen.panics.some((text) => text.includes('zelfscan stopped'))).toBe(true);
  expect(seen.unexpected).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('a panic at start, before anything was saved, still says what happened', async ({ page }) => {
  const seen = watch(page);
  await page.goto('index.html#zelfscan-panic');
  const screen = page.getByTestId('panic-screen');
  await expect(screen).toBeVisible();
  await expect(screen.locator('[lang=nl]')).toContainText('Er waren nog geen antwoorden opgeslagen');
  await expect(screen.locator('[lang=en]')).toContainText('No answers had been saved yet');
  await expectAccessible(page, 'panic screen without a record');
  expect(seen.unexpected).toEqual([]);
});
