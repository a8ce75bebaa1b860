// Storage unavailable or blocked (private browsing, a sandboxed or third-party iframe, storage
// switched off): localStorage throws. The widget runs in memory, says that progress will not be
// kept, and points to the download, which works.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { blockStorage, downloadFrom, openWidget, toFirstArea } from '../lib/storage-tricks.mjs';

test('when localStorage throws, the scan works in memory and says progress will not be kept', async ({ page, scan }) => {
  await blockStorage(page);
  await openWidget(page);
  const notice = scan.testid('storage-notice');
  await expect(notice).toContainText('De zelfscan kan in deze browser niets opslaan');
  await expect(notice).toContainText('Mijn antwoorden downloaden');
  await expectAccessible(page, 'intro with storage blocked');

  await toFirstArea(page);
  const [first, second] = await scan.statementIds();
  await scan.answer(first, 2);
  await scan.answer(second, 'dont-know');
  await scan.next();
  await scan.back();
  await expect(scan.answerInput(first, 2)).toBeChecked();
  await expect(scan.answerInput(second, 'dont-know')).toBeChecked();
  await expect(notice).toBeVisible();

  const file = await downloadFrom(page, 'footer-download');
  expect(file.name).toBe('zelfscan-antwoorden.json');
  const record = JSON.parse(file.text);
  expect(record).toMatchObject({ v: 4, answers: { [first]: 2, [second]: 'dont_know' } });
});

test('the storage notice is worded in English after switching language', async ({ page, scan }) => {
  await blockStorage(page);
  await openWidget(page);
  await scan.testid('switch-language').click();
  await expect(scan.testid('storage-notice')).toContainText('This browser does not allow saving');
  await expectAccessible(page, 'intro with storage blocked, English');
});
