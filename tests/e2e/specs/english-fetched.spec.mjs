// The content's English texts are not in the widget's wasm: they are fetched when a visitor
// first needs English (src/browser/english.rs), so Dutch visitors never download them.
import { test, expect } from '../lib/fixtures.mjs';
import { ScanPage, STORAGE_KEY } from '../lib/scan-page.mjs';
import { T } from '../lib/texts.mjs';

const content = ScanPage.content();
const area = content.areas[0];
const first = content.statements.find((s) => s.area === area.id);
const englishTable = /\/content-en-[0-9a-f]{8}\.json$/;

/** Every request for the English table the page makes, from now on. */
function englishRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    if (englishTable.test(new URL(request.url()).pathname)) seen.push(request.url());
  });
  return seen;
}

test('a Dutch visit never fetches the English content; choosing English fetches it once', async ({ page, scan }) => {
  const fetched = englishRequests(page);
  await scan.open();
  await scan.start();
  await scan.next();
  await scan.expectStep(area.name.nl);
  await scan.answer(first.id, 4);
  await scan.testid('next').click();
  expect(fetched, 'a Dutch visit').toEqual([]);
  await scan.back();
  await scan.testid('switch-language').click();
  await scan.expectStep(area.name.en);
  await expect(page.getByText(first.options[3].en)).toBeVisible();
  await expect(scan.answerInput(first.id, 4)).toBeChecked();
  await scan.testid('switch-language').click();
  await scan.expectStep(area.name.nl);
  await scan.testid('switch-language').click();
  await scan.expectStep(area.name.en);
  expect(fetched).toHaveLength(1);
});

test('a visitor whose saved progress is in English never sees the content in Dutch', async ({ page, scan }) => {
  // Every step heading and statement the page ever shows, from its first script on.
  await page.addInitScript(() => {
    window.__seen = [];
    new MutationObserver(() => {
      for (const node of document.querySelectorAll('#zs-step-heading, legend')) window.__seen.push(node.textContent);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('index.html');
  await page.evaluate(
    ([key, id, areaId]) => localStorage.setItem(key, JSON.stringify({ v: 4, lang: "en", step: `area:${areaId}`, answers: { [id]: 2 } })),
    [STORAGE_KEY, first.id, area.id],
  );
  const fetched = englishRequests(page);
  await page.reload();
  await scan.expectStep(area.name.en);
  await expect(scan.answerInput(first.id, 2)).toBeChecked();
  const seen = await page.evaluate(() => window.__seen);
  expect(seen).toContain(area.name.en);
  expect(seen, 'a Dutch heading or statement').not.toContain(area.name.nl);
  expect(seen.some((text) => text.includes(first.text.nl)), 'the first statement in Dutch').toBe(false);
  expect(fetched).toHaveLength(1);
});

test('when the English content cannot be loaded, the widget stays Dutch, says so, keeps the answers, and tries again', async ({ page, scan, watched }) => {
  await page.route(englishTable, (route) => route.fulfill({ status: 404, body: '' }));
  await scan.open();
  await scan.start();
  await scan.next();
  await scan.answer(first.id, 3);
  await scan.testid('switch-language').click();
  const notice = scan.testid('english-unavailable');
  await expect(notice).toHaveText(T.EnglishUnavailable.en);
  await expect(notice).toHaveAttribute('lang', 'en');
  await expect(page.locator('.zs')).toHaveAttribute('lang', 'nl');
  await scan.expectStep(area.name.nl);
  await expect(scan.answerInput(first.id, 3)).toBeChecked();
  // The next visit loads: choosing English again works, and the notice goes.
  await page.unroute(englishTable);
  await scan.testid('switch-language').click();
  await scan.expectStep(area.name.en);
  await expect(notice).toHaveCount(0);
  await expect(scan.answerInput(first.id, 3)).toBeChecked();
  // The 404 and the widget's warning are what this test provokes.
  watched.consoleErrors.splice(0);
});

test('a tab keeps its own language when another tab switches to English, and fetches nothing', async ({ page, context, scan }) => {
  const other = await context.newPage();
  const errors = [];
  other.on('pageerror', (error) => errors.push(String(error)));
  other.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const fetchedHere = englishRequests(page);
  await scan.open();
  await scan.start();
  await scan.next();
  await scan.expectStep(area.name.nl);
  await other.goto('index.html');
  await expect(other.locator('[data-testid=widget] #zs-step-heading')).toHaveText(area.name.nl);
  await other.getByTestId('switch-language').click();
  await expect(other.locator('#zs-step-heading')).toHaveText(area.name.en);
  // An answer given in the English tab reaches this one (src/browser/tab_sync.rs): the language
  // does not, as the step does not.
  await other.getByTestId(`answer-${first.id}-2`).check();
  await expect(scan.answerInput(first.id, 2)).toBeChecked();
  await scan.expectStep(area.name.nl);
  await expect(page.getByText(first.options[1].nl)).toBeVisible();
  expect(fetchedHere).toEqual([]);
  expect(errors).toEqual([]);
});
