// Results that travel without a server: the result code and link (read-only, storage untouched,
// "make this my scan" confirmed), plain messages for bad codes, the message to the adviser, the
// CSV for Dutch Excel, and team mode: five people each complete a scan in their own browser
// context and a facilitator combines their codes; every figure equals `zelfscan-content team`.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { ScanPage, STORAGE_KEY } from '../lib/scan-page.mjs';
import { engineScore } from '../lib/engine.mjs';
import { downloadFrom } from '../lib/storage-tricks.mjs';
import { T } from '../lib/texts.mjs';

const content = ScanPage.content();
const root = fileURLToPath(new URL('../../..', import.meta.url));

function engine(args) {
  const out = execFileSync('cargo', ['run', '--quiet', '-p', 'zelfscan-content', '--bin', 'zelfscan-content', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return out;
}

const CHOICES = [1, 2, 3, 4, 5, 'dont-know', 'not-applicable'];

/** Person p's deterministic answers: different for every p, every kind of answer used. */
const person = (p) => ({
  choose: (areaIndex) => (id, index) => {
    if ((index + p) % 9 === 8) return null;
    return CHOICES[(index * (p + 1) + areaIndex * (p + 2) + p) % CHOICES.length];
  },
  desired: (areaIndex) => ((areaIndex + p) % 3 === 0 ? null : 1 + ((areaIndex * 2 + p) % 5)),
  domains: [content.domains[p % content.domains.length].id, content.domains[(p + 3) % content.domains.length].id],
});

/** Completes a scan as person p and returns the result code shown. */
async function completeScan(page, p) {
  const scan = new ScanPage(page);
  await scan.open();
  await scan.start();
  const who = person(p);
  for (const [k, domain] of who.domains.entries()) {
    await scan.testid(`domain-${domain}`).check();
    if (k === 0) await scan.testid(`domain-${domain}-${['experimenting', 'practice'][p % 2]}`).check();
  }
  await scan.next();
  for (const [i, area] of content.areas.entries()) {
    await scan.expectStep(area.name.nl);
    await scan.answerStep(who.choose(i));
    await scan.next();
  }
  for (const [i, area] of content.areas.entries()) {
    const desired = who.desired(i);
    if (desired !== null) await scan.chooseDesired(area.id, desired);
  }
  await scan.next();
  await scan.next();
  await scan.expectStep('De uitkomst van uw zelfscan');
  return (await scan.testid('result-code').textContent()).trim();
}

test('a share link shows the same result read-only in a fresh browser and leaves storage empty', async ({ page, scan, browser, baseURL }) => {
  test.setTimeout(180_000);
  const code = await completeScan(page, 0);
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
  expect(code.length).toBeLessThanOrEqual(60);
  await expectAccessible(page, 'results with code');
  const mine = await scan.resultsTable();
  const link = await scan.testid('result-link').getAttribute('href');
  expect(link).toBe(`${baseURL}index.html#r=${code}`);

  const context = await browser.newContext({ baseURL });
  const other = await context.newPage();
  const errors = [];
  other.on('pageerror', (e) => errors.push(String(e)));
  await other.goto(link);
  const shared = new ScanPage(other);
  await expect(shared.testid('shared-banner')).toBeVisible();
  expect(await shared.resultsTable()).toEqual(mine);
  await expect(shared.testid('back')).toHaveCount(0);
  await expect(shared.testid('download-answers')).toHaveCount(0);
  await expectAccessible(other, 'shared result');
  // Switching the language changes nothing in storage either.
  await shared.testid('switch-language').click();
  await expect(shared.testid('shared-banner')).toContainText('read-only');
  expect(await other.evaluate(() => localStorage.length)).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('make this my scan asks before replacing own answers, and does what it says', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const code = await completeScan(page, 1);
  const context = await browser.newContext({ baseURL });
  const other = await context.newPage();
  const own = JSON.stringify({ v: 2, answers: { [content.statements[0].id]: 1 } });
  await other.goto('index.html');
  await other.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, own]);
  await other.goto(`index.html#r=${code}`);
  await other.reload();
  const shared = new ScanPage(other);
  await shared.testid('make-mine').click();
  await expect(shared.testid('confirm')).toBeVisible();
  await expectAccessible(other, 'make this my scan: confirmation');
  await shared.testid('confirm-no').click();
  expect(await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(own);
  await shared.testid('make-mine').click();
  await shared.testid('confirm-yes').click();
  await expect(shared.testid('shared-banner')).toHaveCount(0);
  expect(other.url()).not.toContain('#r=');
  const stored = await shared.savedRecord();
  const sharer = await new ScanPage(page).savedRecord();
  expect(stored.answers).toEqual(sharer.answers);
  expect(stored.desired).toEqual(sharer.desired);
  expect(stored.domains).toEqual(sharer.domains);
  await context.close();
});

test('a bad code says which problem it has', async ({ page, scan }) => {
  const record = { v: 2, answers: { [content.statements[0].id]: 4 } };
  await page.goto('index.html');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, JSON.stringify(record)]);
  const file = `${root}/target/share-bad-code.json`;
  (await import('node:fs')).writeFileSync(file, JSON.stringify(record));
  const code = engine(['code', file]).trim();
  const plain = code.replaceAll('-', '');
  const flipped = plain.slice(0, 10) + (plain[10] === 'Z' ? 'Y' : 'Z') + plain.slice(11);
  const cases = [
    ['hallo wereld!', 'Dit is geen uitkomstcode.'],
    [plain.slice(0, -3), 'De code is onvolledig'],
    [flipped, 'De code bevat een typfout'],
    ['Z' + plain.slice(1), 'De code bevat een typfout'],
  ];
  for (const [text, message] of cases) {
    await page.goto(`index.html#r=${encodeURIComponent(text)}`);
    await page.reload();
    await expect(scan.testid('bad-code'), text).toContainText(message);
  }
  await expectAccessible(page, 'bad code');
  // Storage was not touched by any of it.
  expect(JSON.parse(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))).toEqual(record);
  await scan.testid('own-scan').click();
  await expect(scan.testid('continue')).toBeVisible();
});

test('the message to the adviser is shown before it opens, and holds the code', async ({ page, scan }) => {
  test.setTimeout(180_000);
  await page.route('**/index.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<div data-zelfscan>', '<div data-zelfscan data-contact-email="adviseur@example.nl">');
    await route.fulfill({ response, body });
  });
  const code = await completeScan(page, 2);
  const preview = scan.testid('mail-preview');
  await expect(preview).toContainText(code);
  const href = await scan.testid('mail-adviser').getAttribute('href');
  expect(href.startsWith('mailto:adviseur@example.nl?subject=')).toBe(true);
  const body = decodeURIComponent(href.split('&body=')[1]).replaceAll('\r\n', '\n');
  expect(body).toBe((await preview.textContent()));
  await expectAccessible(page, 'results with the message to the adviser');
});

/** Splits a `;` CSV with quoted fields and doubled quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') { row.push(field); field = ''; } else if (c === '\r') { /* part of CRLF */ } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('the CSV opens in Dutch Excel: BOM, semicolons, decimal comma, texts unchanged', async ({ page, scan }) => {
  test.setTimeout(180_000);
  await completeScan(page, 3);
  const { name, text } = await downloadFrom(page, 'download-csv');
  expect(name).toBe('zelfscan-uitkomst.csv');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = parseCsv(text.slice(1));
  expect(rows[0]).toEqual(['Soort', 'Id', 'Tekst', 'Score', 'Niveau', 'Gewenst niveau', 'Antwoord', 'Volgende stap']);
  const profile = engineScore(await scan.savedRecord());
  for (const area of profile.areas) {
    const row = rows.find((r) => r[0] === 'Aspectgebied' && r[1] === area.id);
    const score = area.score === null ? '' : area.score.toFixed(2).replace('.', ',');
    expect(row.slice(3, 6), area.id).toEqual([score, area.level === null ? '' : String(area.level), area.desired === null ? '' : String(area.desired)]);
  }
  const answers = (await scan.savedRecord()).answers;
  let actions = 0;
  for (const statement of content.statements) {
    const row = rows.find((r) => r[0] === 'Stelling' && r[1] === statement.id);
    expect(row[2]).toBe(statement.text.nl);
    // The next step is the action from the chosen option; none for option 5 or no option.
    const k = answers[statement.id];
    const action = Number.isInteger(k) && k < 5 ? statement.improvements[k - 1].nl : '';
    expect(row[7], statement.id).toBe(action);
    if (action) actions += 1;
  }
  expect(actions).toBeGreaterThan(0);
});

test('five people each complete a scan and the facilitator sees what the engine sees', async ({ page, browser, baseURL }) => {
  // Five full runs in five contexts, the engine, and the team view: slow on a busy machine.
  test.setTimeout(600_000);
  const codes = [];
  for (let p = 0; p < 5; p++) {
    const context = await browser.newContext({ baseURL });
    codes.push(await completeScan(await context.newPage(), p));
    await context.close();
  }
  expect(new Set(codes).size).toBe(5);
  const expected = JSON.parse(engine(['team', ...codes]));

  const scan = new ScanPage(page);
  await scan.open();
  await scan.testid('team-toggle').click();
  await expect(scan.heading).toHaveText('Teamoverzicht');
  // The team view is the facilitator's workbench, a page of its own: the widget is not loaded.
  await expect(page).toHaveURL(/\/workbench\.html#view=team$/);
  await expect(scan.testid('widget')).toHaveCount(0);
  await expect(scan.testid('team-empty')).toBeVisible();
  await expectAccessible(page, 'team view, empty');

  // Keyboard only: two codes (one as a link) with a role, then the rest, then a duplicate.
  await scan.testid('team-codes').focus();
  await page.keyboard.insertText(`${codes[0]}\n${baseURL}index.html#r=${codes[1]}`);
  await page.keyboard.press('Tab');
  await page.keyboard.insertText('teamleider');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(scan.testid('team-messages')).toContainText('2 codes toegevoegd.');
  await expect(scan.testid('member-1')).toContainText('(teamleider)');
  await expect(scan.testid('team-few')).toBeVisible();
  await expectAccessible(page, 'team view, two codes');
  await scan.testid('team-codes').focus();
  await page.keyboard.insertText(`${codes.slice(2).join('\n')}\n${codes[0].toLowerCase()}\nnonsense!`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(scan.testid('team-messages')).toContainText('3 codes toegevoegd.');
  await expect(scan.testid('team-messages')).toContainText('Regel 4: Deze code staat al in het teamoverzicht.');
  await expect(scan.testid('team-messages')).toContainText('Regel 5: Dit is geen uitkomstcode.');
  await expect(scan.testid('team-codes')).toHaveValue(`${codes[0].toLowerCase()}\nnonsense!`);
  await expect(scan.testid('team-few')).toHaveCount(0);
  await expect(scan.testid('team-members').locator('li')).toHaveCount(5);

  const nl = (value, places) => value.toFixed(places).replace('.', ',');
  for (const area of expected.areas) {
    const cell = (what) => scan.testid(`team-${area.id}-${what}`);
    const s = area.score;
    await expect(cell('score-n'), area.id).toHaveText(String(s ? s.respondents : 0));
    await expect(cell('score-mean'), area.id).toHaveText(s ? nl(s.mean, 1) : '-');
    await expect(cell('score-range'), area.id).toHaveText(s ? `${nl(s.min, 0)}-${nl(s.max, 0)}` : '-');
    await expect(cell('score-sd'), area.id).toHaveText(s ? nl(s.std_dev, 1) : '-');
    const d = area.desired;
    await expect(cell('desired-mean'), area.id).toHaveText(d ? nl(d.mean, 1) : '-');
    await expect(cell('desired-range'), area.id).toHaveText(d ? `${d.min}-${d.max}` : '-');
  }
  const shown = await scan.testid('team-disagreement').locator(':scope > li').evaluateAll((items) =>
    items.map((li) => li.dataset.testid.replace(/^disputed-/, '')),
  );
  expect(shown).toEqual(expected.disagreement.slice(0, 5));
  for (const id of shown) {
    const statement = expected.statements.find((s) => s.id === id);
    // Only the options someone chose are listed.
    for (const [k, n] of statement.counts.entries()) {
      const count = scan.testid(`count-${id}-${k + 1}`);
      if (n === 0) await expect(count, `${id} option ${k + 1}`).toHaveCount(0);
      // The five descriptions carry their number, to match the range above them.
      else if (k < 5) await expect(count, `${id} option ${k + 1}`).toContainText(new RegExp(`^${n} × beschrijving ${k + 1}: `));
      else await expect(count, `${id} option ${k + 1}`).toContainText(new RegExp(`^${n} × [^0-9]`));
    }
    await expect(scan.testid(`disputed-spread-${id}`)).toHaveText(
      `Antwoorden van beschrijving ${statement.level.min} tot beschrijving ${statement.level.max}`,
    );
  }
  for (const [id, n] of expected.archetypes) {
    const name = content.archetypes.find((a) => a.id === id).name.nl;
    await expect(scan.testid(`team-archetype-${id}`)).toHaveText(`${name}: ${n}`);
  }
  for (const [id, counts] of expected.domains) {
    const row = scan.testid(`team-domain-${id}`);
    if (counts.every((c) => c === 0)) await expect(row).toHaveCount(0);
    else await expect(row.locator('td')).toHaveText(counts.map(String));
  }
  const weakest = await page.locator('[data-testid^="team-weakest-"]').evaluateAll((s) =>
    s.map((x) => x.dataset.testid.replace(/^team-weakest-/, '')),
  );
  expect(weakest).toEqual(expected.weakest.map(([id]) => id));
  for (const [id, level] of expected.weakest) {
    await expect(scan.testid(`team-weakest-${id}`)).toContainText(`Niveau ${level} van 5`);
  }
  await expectAccessible(page, 'team view, five codes');

  // Removing by keyboard brings the notice back below three.
  for (const n of [5, 4, 3]) {
    await scan.testid(`remove-${n}`).focus();
    await page.keyboard.press('Enter');
    // The removal is done, and focus has gone to the heading, before the next button is focused.
    await expect(scan.testid('team-members').locator('li')).toHaveCount(n - 1);
    await expect(scan.heading).toBeFocused();
  }
  await expect(scan.testid('team-members').locator('li')).toHaveCount(2);
  await expect(scan.testid('team-few')).toBeVisible();
});
