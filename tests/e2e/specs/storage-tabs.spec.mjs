// Two tabs of the same browser: answers sync through the `storage` event, the current step does
// not. Every save merges with the stored record entry by entry, so two tabs that answer different
// statements both end up saved even when one tab misses the other's events, and a clear in one tab
// is not undone by a later write from a tab that missed it.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { missStorageEvents, openWidget, storageEventsSwallowed, storedText, toFirstArea } from '../lib/storage-tricks.mjs';

/** A second tab in the same browser context, failing the test on any error it logs. */
async function secondTab(context, errors) {
  const tab = await context.newPage();
  tab.on('pageerror', (error) => errors.push(String(error)));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return tab;
}

const answers = async (page) => JSON.parse(await storedText(page)).answers;

test('an answer given in one tab appears in the other, and each tab keeps its own step', async ({ page, context, scan }) => {
  const errors = [];
  const other = await secondTab(context, errors);
  await openWidget(page);
  await openWidget(other);
  await toFirstArea(page);
  await toFirstArea(other);
  const [first, second] = await scan.statementIds();

  await scan.answer(first, 4);
  await expect(other.getByTestId(`answer-${first}-4`)).toBeChecked();

  const here = await scan.testid('step-label').textContent();
  await other.getByTestId('next').click();
  await expect(other.getByTestId('step-label')).not.toHaveText(here);
  await other.getByTestId('back').click();
  await other.getByTestId(`answer-${second}-2`).check();
  await other.getByTestId('next').click();

  await expect(scan.answerInput(second, 2)).toBeChecked();
  await expect(scan.testid('step-label')).toHaveText(here);
  await expectAccessible(page, 'first area after another tab answered');
  expect(await answers(page)).toEqual({ [first]: 4, [second]: 2 });
  expect(errors).toEqual([]);
});

test('two tabs answering different statements both end up saved when one missed the other\'s events', async ({ page, context, scan }) => {
  const errors = [];
  const deaf = await secondTab(context, errors);
  await missStorageEvents(deaf);
  await openWidget(page);
  await openWidget(deaf);
  await toFirstArea(page);
  await toFirstArea(deaf);
  const [first, second, third] = await scan.statementIds();

  await scan.answer(first, 4);
  // The deaf tab did not hear about it: its storage event arrived and was swallowed...
  await storageEventsSwallowed(deaf);
  await expect(deaf.getByTestId(`answer-${first}-4`)).not.toBeChecked();
  // ...but its own save merges with what is stored instead of overwriting it.
  await deaf.getByTestId(`answer-${second}-1`).check();
  expect(await answers(page)).toEqual({ [first]: 4, [second]: 1 });
  await expect(deaf.getByTestId(`answer-${first}-4`)).toBeChecked();

  // The same statement in both tabs: the later change wins.
  await scan.answer(second, 5);
  await deaf.getByTestId(`answer-${third}-3`).check();
  expect(await answers(page)).toEqual({ [first]: 4, [second]: 5, [third]: 3 });
  await expect(deaf.getByTestId(`answer-${second}-5`)).toBeChecked();
  expect(errors).toEqual([]);
});

test('clearing the answers in one tab is not undone by a later write from a tab that missed it', async ({ page, context, scan }) => {
  const errors = [];
  const deaf = await secondTab(context, errors);
  await missStorageEvents(deaf);
  await openWidget(page);
  await openWidget(deaf);
  await toFirstArea(deaf);
  const [first, second, third] = await deaf
    .locator('[data-testid^="statement-"]')
    .evaluateAll((nodes) => nodes.map((n) => n.dataset.testid.replace(/^statement-/, '')));
  await deaf.getByTestId(`answer-${first}-4`).check();
  await deaf.getByTestId(`answer-${second}-2`).check();

  // This tab heard the answers, so its intro offers to clear them.
  await scan.testid('clear').click();
  await scan.testid('confirm-yes').click();
  await expect(scan.testid('cleared')).toBeVisible();
  expect(await answers(page)).toEqual({});

  // The deaf tab still shows the old answers; its next change must not bring them back.
  await expect(deaf.getByTestId(`answer-${first}-4`)).toBeChecked();
  await deaf.getByTestId(`answer-${third}-5`).check();
  expect(await answers(page)).toEqual({ [third]: 5 });
  await expect(deaf.getByTestId(`answer-${first}-4`)).not.toBeChecked();
  await expect(deaf.getByTestId(`answer-${third}-5`)).toBeChecked();
  expect(errors).toEqual([]);
});

test('a tab that hears the clear forgets the answers at once', async ({ page, context, scan }) => {
  const errors = [];
  const other = await secondTab(context, errors);
  await openWidget(page);
  await openWidget(other);
  await toFirstArea(other);
  const [first] = await other
    .locator('[data-testid^="statement-"]')
    .evaluateAll((nodes) => nodes.map((n) => n.dataset.testid.replace(/^statement-/, '')));
  await other.getByTestId(`answer-${first}-4`).check();
  await scan.testid('clear').click();
  await scan.testid('confirm-yes').click();
  await expect(other.getByTestId(`answer-${first}-4`)).not.toBeChecked();
  expect(errors).toEqual([]);
});
