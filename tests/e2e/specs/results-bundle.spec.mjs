// The widget ships as two bundles (ARCHITECTURE.md, "Two bundles"): the questions, which every
// visitor fetches before the first statement, and the widget with its results, which embed.js
// starts in their place when a visitor reaches the results. The handover keeps the answers
// (storage working or not), tells the host once, moves focus to the results' heading, and when
// the results cannot be loaded says so, keeps the answers and can try again.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { ScanPage } from '../lib/scan-page.mjs';
import { blockStorage, seed } from '../lib/storage-tricks.mjs';
import { T } from '../lib/texts.mjs';

const content = ScanPage.content();

/** The wasm bundles a page fetched, by their name without the hash: `zelfscan`, `results`. */
function wasmFetched(page) {
  const seen = [];
  page.on('request', (request) => {
    const found = new URL(request.url()).pathname.split('/').pop().match(/^([a-z]+)-[0-9a-f]+_bg\.wasm$/);
    if (found) seen.push(found[1]);
  });
  return seen;
}

/** The results table's score per area, as shown. */
async function scores(page) {
  const rows = page.locator('[data-testid=results-table] tbody tr');
  return rows.evaluateAll((list) =>
    Object.fromEntries(list.map((row) => {
      const id = row.dataset.testid.replace(/^result-/, '');
      return [id, row.querySelector(`[data-testid=score-${id}]`).textContent.trim()];
    })),
  );
}

/** Counts the host events (`zelfscan:*` on the mount element, which bubble) by name. */
async function countHostEvents(page) {
  await page.addInitScript(() => {
    window.__hostEvents = {};
    for (const name of ['ready', 'started', 'step', 'completed']) {
      document.addEventListener(`zelfscan:${name}`, () => {
        window.__hostEvents[name] = (window.__hostEvents[name] ?? 0) + 1;
      });
    }
  });
}

// Every statement answered (1..5 by its place), on the summary (one click from the results) or
// the ambition step before it.
const answers = Object.fromEntries(content.statements.map((s, i) => [s.id, 1 + (i % 5)]));
const recordOn = (step) => JSON.stringify({ v: 4, answers, step, lang: 'nl' });
const onSummary = recordOn('summary');

test('the questions fetch the results only from the summary on; reaching them starts the results in place, once, with the answers', async ({ page, scan }) => {
  const fetched = wasmFetched(page);
  await countHostEvents(page);
  await seed(page, recordOn('ambition'));
  await scan.open();
  await scan.expectStep(T.AmbitionTitle.nl);
  expect(fetched).toEqual(['zelfscan']);

  // The summary loads the results' bundle ahead, so that they follow the click at once.
  await scan.next();
  await scan.expectStep(T.SummaryTitle.nl);
  await expect.poll(() => fetched).toEqual(['zelfscan', 'results']);
  await scan.next();
  await scan.expectStep(T.ResultsTitle.nl);
  await expect(scan.testid('results-table')).toBeVisible();
  await expect(scan.heading).toBeFocused();
  expect(fetched).toEqual(['zelfscan', 'results']);
  // The results' bundle scores the answers handed over: every area has a score.
  const table = await scores(page);
  expect(Object.keys(table)).toEqual(content.areas.map((a) => a.id));
  for (const [id, score] of Object.entries(table)) expect(score, id).toMatch(/^\d+$/);
  // The host heard "ready" once (at the start) and "completed" once (at the handover).
  expect(await page.evaluate(() => window.__hostEvents)).toEqual({ ready: 1, step: 3, completed: 1 });
  await expectAccessible(page, 'results after the handover');

  // The results' bundle runs the whole widget: back to the summary and a question section.
  await scan.back();
  await scan.expectStep(T.SummaryTitle.nl);
  await scan.testid(`change-${content.areas[0].id}`).click();
  await expect(scan.heading).toHaveText(content.areas[0].name.nl);
  expect(fetched).toEqual(['zelfscan', 'results']);
  const record = await scan.savedRecord();
  expect(record.answers).toEqual(answers);
});

test('with storage blocked, the answers given in memory reach the results', async ({ page, scan }) => {
  test.setTimeout(120_000);
  await blockStorage(page);
  await page.goto('index.html');
  await scan.walkToResults();
  await expect(scan.testid('results-table')).toBeVisible();
  const table = await scores(page);
  expect(Object.keys(table)).toEqual(content.areas.map((a) => a.id));
  for (const [id, score] of Object.entries(table)) expect(score, id).toMatch(/^\d+$/);
  // Still in memory only, and still saying so.
  await expect(scan.testid('storage-notice')).toBeVisible();
});

test('when the results cannot be loaded, the widget says so, keeps the answers and tries again', async ({ page, scan, watched }) => {
  // Refused from the start: loading ahead on the summary fails too, and the click tries again.
  await page.route('**/results-*_bg.wasm', (route) => route.fulfill({ status: 404, body: '' }));
  await seed(page, onSummary);
  await scan.open();
  await scan.next();
  await scan.expectStep(T.ResultsNotLoaded.nl);
  const alert = scan.testid('results-not-loaded');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText(T.ResultsNotLoadedHelp.nl);
  await expectAccessible(page, 'results not loaded');
  expect((await scan.savedRecord()).answers).toEqual(answers);
  // The 404 and the widget's warning are what this test provokes.
  watched.consoleErrors.splice(0);

  await page.unroute('**/results-*_bg.wasm');
  await scan.testid('results-try-again').click();
  await scan.expectStep(T.ResultsTitle.nl);
  await expect(scan.testid('results-table')).toBeVisible();
  await expect(scan.heading).toBeFocused();
});
