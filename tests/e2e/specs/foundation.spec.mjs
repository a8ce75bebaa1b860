// The foundation: the widget mounts, an answer survives a reload, and the page stays private
// (no request to another host, no console error) and accessible.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';

test('an answer survives a reload and is stored as a versioned record', async ({ page, scan }) => {
  await scan.open();
  await expectAccessible(page, 'intro');
  await scan.start();
  await expectAccessible(page, 'domains');
  await scan.next();
  await expectAccessible(page, 'first area');

  const [first] = await scan.statementIds();
  expect(first).toBeTruthy();
  await scan.answer(first, 4);
  expect(await scan.savedRecord()).toMatchObject({ v: 4, answers: { [first]: 4 } });

  await page.reload();
  await expect(scan.answerInput(first, 4)).toBeChecked();
  await expect(scan.answerInput(first, 3)).not.toBeChecked();
});

test('the page loads nothing from another host and logs no error', async ({ page, scan, watched }) => {
  await scan.open();
  await scan.start();
  await scan.next();
  // The fixture asserts on `watched` after the test; here we check it was really recording.
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.reload();
  await expect(scan.testid('next')).toBeVisible();
  expect(requests.some((url) => url.endsWith('.wasm'))).toBe(true);
  expect(watched.foreignRequests).toEqual([]);
});
