// "Download my answers" and "Import answers file": the saved format as a file, always there; a
// mangled file changes nothing and says so.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { downloadFrom, openWidget, savedFixture, storedText, toFirstArea } from '../lib/storage-tricks.mjs';

test('downloaded answers can be imported again in a fresh browser', async ({ page, scan, browser }) => {
  await openWidget(page);
  // Nothing to download yet: the intro offers only the way back in with a file.
  await expect(scan.testid('download-answers')).toHaveCount(0);
  await expect(scan.testid('footer-download')).toHaveCount(0);
  await toFirstArea(page);
  const [first, second] = await scan.statementIds();
  await scan.answer(first, 5);
  await scan.answer(second, 'not-applicable');
  // On a step, the quiet footer link downloads the file.
  const file = await downloadFrom(page, 'footer-download');
  expect(JSON.parse(file.text)).toMatchObject({ v: 4, answers: { [first]: 5, [second]: 'not_applicable' } });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openWidget(other, new URL('index.html', page.url()).href);
  await other.getByTestId('import-answers').setInputFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  });
  await expect(other.getByTestId('import-message')).toContainText('De zelfscan heeft 2 antwoorden overgenomen.');
  const record = JSON.parse(await storedText(other));
  expect(record.answers).toEqual({ [first]: 5, [second]: 'not_applicable' });
  await expectAccessible(other, 'intro after an import');
  await fresh.close();
});

test('a version 1 answers file is imported too', async ({ page, scan }) => {
  await openWidget(page);
  await scan.testid('import-answers').setInputFiles({
    name: 'v1.json',
    mimeType: 'application/json',
    buffer: Buffer.from(savedFixture('v1.json')),
  });
  await expect(scan.testid('import-message')).toContainText('De zelfscan heeft 6 antwoorden overgenomen.');
  const record = JSON.parse(await storedText(page));
  expect(record.answers).toMatchObject({ 'vision-document': 4, 'vision-cocreation': 'dont_know' });
});

const mangled = {
  'not JSON': 'this is not an answers file',
  'truncated': savedFixture('v2.json').slice(0, 80),
  'wrong shape': '{"v":2,"answers":[4,4,4]}',
  'from a newer version': '{"v":99,"answers":{}}',
  'an empty file': '',
};

test('a mangled file changes nothing and says so in plain words', async ({ page, scan }) => {
  await openWidget(page);
  await toFirstArea(page);
  const [first] = await scan.statementIds();
  await scan.answer(first, 3);
  // The import is on the intro, the summary and the results; not on the area steps.
  await expect(scan.testid('import-button')).toHaveCount(0);
  await scan.back();
  await scan.back();
  await expect(scan.testid('import-button')).toBeVisible();
  const before = await storedText(page);
  for (const [what, text] of Object.entries(mangled)) {
    await scan.testid('import-answers').setInputFiles({
      name: 'answers.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(scan.testid('import-message'), what).toContainText('Uw antwoorden zijn niet veranderd');
    expect(await storedText(page), what).toBe(before);
    // Clear the message so the next file's outcome is seen afresh.
    await scan.testid('import-answers').setInputFiles({ name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from('{"v":2}') });
    await expect(scan.testid('import-message')).toContainText('De zelfscan heeft 0 antwoorden overgenomen.');
  }
  await scan.testid('continue').click();
  await expect(scan.answerInput(first, 3)).toBeChecked();
  await expectAccessible(page, 'area after a failed import');
});

test('the file is chosen with a labelled button in the widget\'s language, never the browser\'s "Choose file"', async ({ page, scan }) => {
  await openWidget(page);
  const button = scan.testid('import-button');
  // On the intro, one quiet link.
  await expect(button).toHaveText('Verdergaan met een bewaard antwoordenbestand');
  await expect(button).toHaveAccessibleDescription(/eerder met 'Mijn antwoorden downloaden'/);
  // The native input is not shown, not focusable and not in the accessibility tree.
  await expect(scan.testid('import-answers')).toBeHidden();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles({ name: 'v1.json', mimeType: 'application/json', buffer: Buffer.from(savedFixture('v1.json')) });
  await expect(scan.testid('import-message')).toContainText('De zelfscan heeft 6 antwoorden overgenomen.');
  await scan.testid('switch-language').click();
  await expect(button).toHaveText('Continue with a saved answers file');
});
