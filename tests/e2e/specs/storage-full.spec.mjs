// Storage full: the browser refuses a write because the quota is used up. The person is told,
// nothing already saved is lost, the answers on screen stay, and the next successful write
// catches up with everything.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { openWidget, storedText, toFirstArea } from '../lib/storage-tricks.mjs';

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
