// Storage full: the browser refuses a write because the quota is used up. The person is told,
// nothing already saved is lost, the answers on screen stay, and the next successful write
// catches up with everything.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { openWidget, refuseWrites, seed, storedText, toFirstArea } from '../lib/storage-tricks.mjs';
import { ScanPage } from '../lib/scan-page.mjs';
import { T } from '../lib/texts.mjs';

/** Fills localStorage with junk until the browser refuses more; returns the number of keys. */
async function fillQuota(page) {
  return page.evaluate(() => {
    let keys = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`junk-${keys}`, chunk);
          keys += 1;
        } catch {
          break;
        }
      }
    }
    return keys;
  });
}

async function freeQuota(page) {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('junk-')) localStorage.removeItem(key);
  });
}

test('a full storage is explained, keeps what was saved, and the next write catches up', async ({ page, scan }) => {
  await openWidget(page);
  await toFirstArea(page);
  const [first, second, third] = await scan.statementIds();
  await scan.answer(first, 2);
  const saved = await storedText(page);

  expect(await fillQuota(page)).toBeGreaterThan(0);
  await scan.answer(second, 3);
  const notice = scan.testid('storage-notice');
  await expect(notice).toContainText('de opslag van deze browser is vol');
  await expect(notice).toContainText('Mijn antwoorden downloaden');
  await expect(scan.answerInput(second, 3)).toBeChecked();
  expect(await storedText(page)).toBe(saved);
  await expectAccessible(page, 'area with storage full');

  await freeQuota(page);
  await scan.answer(third, 'dont-know');
  await expect(notice).toHaveCount(0);
  expect(JSON.parse(await storedText(page)).answers).toEqual({
    [first]: 2,
    [second]: 3,
    [third]: 'dont_know',
  });
});

test('storage that is full when the results load is still explained on them, and the next write catches up', async ({ page, scan }) => {
  const content = ScanPage.content();
  const answers = Object.fromEntries(content.statements.map((s, i) => [s.id, 1 + (i % 5)]));
  const onSummary = JSON.stringify({ v: 4, answers, step: 'summary', lang: 'nl' });
  await seed(page, onSummary);
  await refuseWrites(page);
  await scan.open();
  await scan.expectStep(T.SummaryTitle.nl);
  // Going to the results saves the step; the browser refuses it, and the person is told.
  await scan.next();
  await scan.expectStep(T.ResultsTitle.nl);
  await expect(scan.testid('results-table')).toBeVisible();
  // The results run in the results' bundle, which took the notice over with the answers.
  const notice = scan.testid('storage-notice');
  await expect(notice).toContainText('de opslag van deze browser is vol');
  expect(await storedText(page)).toBe(onSummary);
  await expectAccessible(page, 'results with storage full');

  // Room again: the next change (back to the summary) is saved, with the answers, and the
  // notice goes.
  await page.evaluate(() => { window.zsRefuseWrites = false; });
  await scan.back();
  await scan.expectStep(T.SummaryTitle.nl);
  await expect(notice).toHaveCount(0);
  const record = JSON.parse(await storedText(page));
  expect(record.answers).toEqual(answers);
  expect(record.step).toBe('summary');
});
