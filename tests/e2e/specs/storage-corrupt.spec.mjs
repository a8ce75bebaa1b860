// Corrupted storage: whatever is under the widget's key, the widget starts, keeps the original
// under a backup key, says what happened in plain words and offers the original as a download.
// If even the backup cannot be written, the original stays untouched and the widget runs in
// memory. Answers to statements the content no longer has are not corruption.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import {
  KEY,
  backups,
  downloadFrom,
  openWidget,
  refuseWrites,
  savedFixture,
  seed,
  storedText,
  toFirstArea,
} from '../lib/storage-tricks.mjs';
import { ScanPage } from '../lib/scan-page.mjs';
import { T } from '../lib/texts.mjs';

const damaged = {
  'not JSON': 'zelfscan answers: 4, 4, 3',
  'wrong shape': '[{"v":2}]',
  'wrong types': '{"v":2,"answers":{"vision-document":"four"},"desired":{"vision":9}}',
  'truncated': savedFixture('v2.json').slice(0, 120),
  'no version': '{"answers":{"vision-document":4}}',
  'a huge value': `{"v":2,"answers":{},"padding":"${'x'.repeat(1_100_000)}"}`,
};

for (const [what, text] of Object.entries(damaged)) {
  test(`a stored record that is ${what} is kept under a backup key and offered as a download`, async ({ page, scan }) => {
    await seed(page, text);
    await openWidget(page);
    const notice = scan.testid('unreadable-notice');
    await expect(notice).toContainText('beschadigd. De zelfscan kan ze niet lezen');
    await expect(notice).toContainText('er staat een kopie in deze browser');
    expect(Object.values(await backups(page))).toEqual([text]);
    if (what === 'not JSON') await expectAccessible(page, 'intro with an unreadable record');

    const file = await downloadFrom(page, 'download-unreadable');
    expect(file.text).toBe(text);

    // The widget works, saves over the damaged record, and the backup stays.
    await toFirstArea(page);
    const [first] = await scan.statementIds();
    await scan.answer(first, 4);
    expect(JSON.parse(await storedText(page))).toMatchObject({ v: 4, answers: { [first]: 4 } });
    expect(Object.values(await backups(page))).toEqual([text]);

    // A reload reads the new record; the notice is gone, the backup is not.
    await page.reload();
    await expect(page.locator('#zs-step-heading')).toBeVisible();
    await expect(notice).toHaveCount(0);
    expect(Object.values(await backups(page))).toEqual([text]);
  });
}

test('a record from a newer version of the scan is kept and explained as such', async ({ page, scan }) => {
  const newer = '{"v":99,"answers":{"vision-document":{"level":4,"note":"new style"}}}';
  await seed(page, newer);
  await openWidget(page);
  await expect(scan.testid('unreadable-notice')).toContainText('nieuwere versie van de zelfscan');
  expect(Object.values(await backups(page))).toEqual([newer]);
  await expectAccessible(page, 'intro with a record from a newer version');
});

test('reloading with the same unreadable record does not pile up backups', async ({ page }) => {
  await seed(page, 'not json at all');
  await openWidget(page);
  await page.reload();
  await expect(page.locator('#zs-step-heading')).toBeVisible();
  expect(Object.values(await backups(page))).toEqual(['not json at all']);
});

/** Opens the widget on a damaged record while every write is refused, so that no backup can be
 * made: the widget runs in memory and says so. */
async function openWithUncopyableRecord(page, scan) {
  const text = '{"v":2,"answers":{"vision-document":';
  await seed(page, text);
  await refuseWrites(page);
  await openWidget(page);
  const notice = scan.testid('unreadable-notice');
  await expect(notice).toContainText('Er is geen ruimte voor een kopie');
  return { text, notice };
}

test('when the backup cannot be written, the original stays untouched and the widget runs in memory', async ({ page, scan }) => {
  const { text, notice } = await openWithUncopyableRecord(page, scan);
  await expect(notice).toContainText('Als u de pagina sluit, zijn uw nieuwe antwoorden weg');
  await expectAccessible(page, 'intro with an unreadable record and no room for a copy');

  // Room again, but the widget stays in memory and leaves the original alone.
  await page.evaluate(() => { window.zsRefuseWrites = false; });
  await toFirstArea(page);
  const [first] = await scan.statementIds();
  await scan.answer(first, 4);
  await expect(scan.answerInput(first, 4)).toBeChecked();
  expect(await storedText(page)).toBe(text);
  expect(await backups(page)).toEqual({});
  expect((await downloadFrom(page, 'download-unreadable')).text).toBe(text);
  expect(JSON.parse((await downloadFrom(page, 'footer-download')).text).answers).toEqual({ [first]: 4 });
});

test('a value so huge that no copy fits (a real full quota) stays untouched and the widget runs in memory', async ({ page, scan }) => {
  // Chromium gives an origin 5 MiB of localStorage: a 3 MB value fits once, not twice.
  const text = `{"v":2,"junk":"${'x'.repeat(3_000_000)}"}`;
  await seed(page, text);
  await openWidget(page);
  await expect(scan.testid('unreadable-notice')).toContainText('Er is geen ruimte voor een kopie');
  await toFirstArea(page);
  const [first] = await scan.statementIds();
  await scan.answer(first, 1);
  await expect(scan.answerInput(first, 1)).toBeChecked();
  expect(await storedText(page)).toBe(text);
  expect(await backups(page)).toEqual({});
  expect((await downloadFrom(page, 'download-unreadable')).text).toBe(text);
});

test('answers to statements the content no longer has are kept, not scored, and the visitor is told', async ({ page, scan }) => {
  await seed(page, '{"v":2,"answers":{"statement-removed-last-year":3,"vision-document":2}}');
  await openWidget(page);
  await expect(scan.testid('unreadable-notice')).toHaveCount(0);
  expect(await backups(page)).toEqual({});
  // Every area has open statements, so every area is named, with a way to go there.
  const notice = scan.testid('changed-notice');
  await expect(notice).toContainText('De stellingen van de zelfscan zijn veranderd sinds uw vorige bezoek');
  for (const area of ScanPage.content().areas) {
    await expect(notice).toContainText(area.name.nl);
  }
  await expectAccessible(page, 'intro with a changed scan');
  await scan.testid('changed-finance').click();
  await scan.expectStep(ScanPage.content().areas.find((a) => a.id === 'finance').name.nl);
  await scan.testid('changed-vision').click();
  await scan.expectStep(ScanPage.content().areas[0].name.nl);
  const first = ScanPage.content().statements.find((s) => s.area === 'vision').id;
  await scan.answer(first, 5);
  expect(JSON.parse(await storedText(page)).answers).toEqual({
    'statement-removed-last-year': 3,
    'vision-document': 2,
    [first]: 5,
  });
  // Nothing was backed up or moved aside: the one record is the only key.
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual([KEY]);
});

test('an unreadable record that could not be copied is still explained, and offered, on the results', async ({ page, scan }) => {
  test.setTimeout(120_000);
  const { text, notice } = await openWithUncopyableRecord(page, scan);
  await scan.walkToResults();
  await expect(scan.testid('results-table')).toBeVisible();
  // The results' bundle took over the notice: the original, still untouched, to download, and
  // the answers still in memory only.
  await expect(notice).toContainText('Er is geen ruimte voor een kopie');
  await expect(notice).toContainText('Als u de pagina sluit, zijn uw nieuwe antwoorden weg');
  expect((await downloadFrom(page, 'download-unreadable')).text).toBe(text);
  // Room again, and the results still leave the original alone.
  await page.evaluate(() => { window.zsRefuseWrites = false; });
  await scan.back();
  await scan.expectStep(T.SummaryTitle.nl);
  expect(await storedText(page)).toBe(text);
  expect(await backups(page)).toEqual({});
  await expectAccessible(page, 'summary after the results, with an unreadable record kept in memory');
});
