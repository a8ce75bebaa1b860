// What the person keeps beside the answers (saved format 4): the team set and the history of
// completed scans. Both are stored with the answers, survive a reload, follow other tabs, travel
// in the answers file, and "clear my answers" does with them what its text says. A version 3
// record migrates without loss.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { ScanPage } from '../lib/scan-page.mjs';
import { engineCode } from '../lib/engine.mjs';
import { downloadFrom, openWidget, savedFixture, seed, storedText } from '../lib/storage-tricks.mjs';

const content = ScanPage.content();

/** A full answer set, different for every p, as a version 1 record at the summary. */
const recordOf = (p) => ({
  v: 1,
  answers: Object.fromEntries(content.statements.map((s, i) => [s.id, i % 7 === p ? 'dont_know' : ((i + p) % 5) + 1])),
  desired: Object.fromEntries(content.areas.slice(0, 3).map((a, i) => [a.id, ((i + p) % 5) + 1])),
  domains: { soza: 'practice' },
  step: 'summary',
  lang: 'nl',
});

// Two colleagues' codes, made by the engine.
let codes;
test.beforeAll(() => {
  codes = [engineCode(recordOf(1)), engineCode(recordOf(2))];
});

const stored = async (page) => JSON.parse(await storedText(page));

async function openTeam(scan) {
  await scan.testid('team-toggle').click();
  await teamView(scan);
}

/** On the workbench's team view (opened, or reloaded there): the codes' management opened. */
async function teamView(scan) {
  await expect(scan.heading).toHaveText('Teamoverzicht');
  // With codes kept, their management is collapsed under the team's figures.
  const manage = scan.testid('team-manage');
  if ((await manage.getAttribute('open')) === null) await manage.locator('summary').click();
  await expect(manage).toHaveAttribute('open', '');
}

async function addCodes(scan, lines, role = '') {
  await scan.testid('team-codes').fill(lines.join('\n'));
  await scan.testid('team-role').fill(role);
  await scan.testid('team-add').click();
}

const members = (scan) => scan.testid('team-members').locator('li');

test('the team set is saved with the answers and survives a reload, a removal too', async ({ page, scan }) => {
  await openWidget(page);
  await openTeam(scan);
  await addCodes(scan, codes, 'teamleider');
  await expect(members(scan)).toHaveCount(2);
  const record = await stored(page);
  expect(record.v).toBe(4);
  expect(record.team.map((e) => [e.code, e.label])).toEqual([
    [codes[0], 'teamleider'],
    [codes[1], 'teamleider'],
  ]);

  // Reloaded, the workbench shows the team view again, from storage.
  await page.reload();
  await teamView(scan);
  await expect(members(scan)).toHaveCount(2);
  await expect(scan.testid('member-1')).toContainText(codes[0]);
  await expect(scan.testid('member-1')).toContainText('(teamleider)');
  await expect(scan.testid('member-2')).toContainText(codes[1]);

  await scan.testid('remove-1').click();
  await expect(members(scan)).toHaveCount(1);
  // Reloaded, the workbench shows the team view again, from storage.
  await page.reload();
  await teamView(scan);
  await expect(members(scan)).toHaveCount(1);
  await expect(scan.testid('member-1')).toContainText(codes[1]);
  expect(Object.keys((await stored(page)).removed.team)).toEqual([codes[0]]);
});

test('a code added in one tab appears in the other, and a removal there is not undone here', async ({ page, context, scan }) => {
  const other = await context.newPage();
  const otherScan = new ScanPage(other);
  await openWidget(page);
  await openWidget(other);
  await openTeam(scan);
  await openTeam(otherScan);

  await addCodes(scan, [codes[0]]);
  await expect(members(otherScan)).toHaveCount(1);
  await expect(otherScan.testid('member-1')).toContainText(codes[0]);

  await addCodes(otherScan, [codes[1]], 'HR');
  await expect(members(scan)).toHaveCount(2);
  await expect(scan.testid('member-2')).toContainText('(HR)');

  await otherScan.testid('remove-1').click();
  await expect(members(scan)).toHaveCount(1);
  await expect(scan.testid('member-1')).toContainText(codes[1]);
  // A later save from this tab (another language) keeps the removal.
  await scan.testid('switch-language').click();
  expect((await stored(page)).team.map((e) => e.code)).toEqual([codes[1]]);
  await expect(members(otherScan)).toHaveCount(1);
  await other.close();
});

test('a completed scan enters the stored history once; a same-day correction replaces it, another day adds one', async ({ page, scan }) => {
  const day1 = Date.UTC(2026, 10, 27, 10, 0);
  await page.clock.setFixedTime(day1);
  const record = recordOf(0);
  await seed(page, JSON.stringify(record));
  await scan.open();
  await scan.next();
  await scan.expectStep('De uitkomst van uw zelfscan');
  let saved = await stored(page);
  expect(saved.history).toHaveLength(1);
  const [entry] = saved.history;
  expect(entry.completed).toBe(saved.completed);
  expect(entry.answers).toEqual(record.answers);
  expect(entry.desired).toEqual(record.desired);
  expect(entry.domains).toEqual(record.domains);

  // A second look at the results without a change adds nothing.
  await scan.back();
  await scan.next();
  await scan.expectStep('De uitkomst van uw zelfscan');
  expect((await stored(page)).history).toHaveLength(1);

  // A correction later that day: still one scan that day, with the corrected answer.
  const changeFirstOfLastArea = async (choice) => {
    // Results, back to the overview, the ambition, the last area.
    await scan.back();
    await scan.back();
    await scan.back();
    await scan.expectStep(content.areas.at(-1).name.nl);
    const [first] = await scan.statementIds();
    await scan.answer(first, choice);
    await scan.next();
    await scan.next();
    await scan.next();
    await scan.expectStep('De uitkomst van uw zelfscan');
    return first;
  };
  await page.clock.setFixedTime(day1 + 3_600_000);
  const first = await changeFirstOfLastArea(record.answers[content.statements.at(-1).id] === 1 ? 2 : 1);
  saved = await stored(page);
  expect(saved.history).toHaveLength(1);
  expect(saved.history[0].completed).toBeGreaterThan(entry.completed);
  expect(saved.history[0].answers[first]).toBe(saved.answers[first]);
  expect(Object.keys(saved.removed.history)).toEqual([String(entry.completed)]);

  // The next day it is another scan.
  await page.clock.setFixedTime(day1 + 86_400_000);
  await changeFirstOfLastArea(3);
  saved = await stored(page);
  expect(saved.history).toHaveLength(2);
  expect(saved.history[1].answers[first]).toBe(3);
});

test('the answers file carries the team set and the history, and an import brings them in', async ({ page, scan, browser, baseURL }) => {
  await seed(page, JSON.stringify(recordOf(0)));
  await scan.open();
  await scan.next();
  await scan.expectStep('De uitkomst van uw zelfscan');
  await openTeam(scan);
  await addCodes(scan, [codes[0]], 'ICT');
  await scan.testid('workbench-back').click(); // back to the scan
  await scan.expectStep('De uitkomst van uw zelfscan');
  await scan.testid('answers-file').locator('summary').click();
  const file = await downloadFrom(page, 'download-answers');
  const record = JSON.parse(file.text);
  expect(record.v).toBe(4);
  expect(record.team.map((e) => [e.code, e.label])).toEqual([[codes[0], 'ICT']]);
  expect(record.history).toHaveLength(1);

  const context = await browser.newContext({ baseURL });
  const fresh = await context.newPage();
  const freshScan = new ScanPage(fresh);
  await freshScan.open();
  await freshScan.testid('import-answers').setInputFiles({ name: 'antwoorden.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await expect(freshScan.testid('import-message')).toContainText('De zelfscan heeft ook 1 code voor het teamoverzicht overgenomen. De zelfscan heeft ook 1 eerdere scan overgenomen.');
  const imported = await stored(fresh);
  expect(imported.answers).toEqual(record.answers);
  expect(imported.team.map((e) => [e.code, e.label])).toEqual([[codes[0], 'ICT']]);
  expect(imported.history.map((e) => [e.completed, e.answers])).toEqual(record.history.map((e) => [e.completed, e.answers]));
  await openTeam(freshScan);
  await expect(freshScan.testid('member-1')).toContainText(codes[0]);
  await context.close();
});

/** A version 4 record with answers, two team codes and one earlier scan. */
const keptRecord = () => ({
  ...recordOf(0),
  v: 4,
  step: 'intro',
  team: codes.map((code, i) => ({ code, label: i ? '' : 'HR', added: 1_764_000_000_000 + i })),
  history: [{ completed: 1_732_000_000_000, added: 1_764_000_000_000, answers: recordOf(1).answers, desired: {}, domains: {} }],
});

test('clear my answers says it clears the earlier scans and keeps the team set unless ticked, and does so', async ({ page, scan }) => {
  await seed(page, JSON.stringify(keptRecord()));
  await openWidget(page);
  await scan.testid('clear').click();
  await expect(scan.testid('confirm')).toContainText('al uw antwoorden en uw eerdere scans');
  await expect(page.getByLabel("Ook de 2 codes van collega's in het teamoverzicht wissen")).not.toBeChecked();
  await expect(scan.testid('confirm')).toContainText('Zet u geen vinkje, dan blijven de codes in het teamoverzicht bewaard.');
  await expectAccessible(page, 'clear confirmation with a team set');
  await scan.testid('confirm-yes').click();
  await expect(scan.testid('cleared')).toHaveText('Uw antwoorden en eerdere scans zijn gewist. De codes in het teamoverzicht zijn bewaard.');
  let saved = await stored(page);
  expect(saved.answers).toEqual({});
  expect(saved.history).toEqual([]);
  expect(saved.team.map((e) => e.code)).toEqual(codes);

  // The team set is still something to clear; ticked, it goes too.
  await scan.testid('clear').click();
  await scan.testid('clear-team').check();
  await scan.testid('confirm-yes').click();
  await expect(scan.testid('cleared')).toHaveText('Uw antwoorden en eerdere scans zijn gewist. De codes in het teamoverzicht zijn ook gewist.');
  saved = await stored(page);
  expect(saved.team).toEqual([]);
  await expect(scan.testid('clear')).toHaveCount(0);
  await page.reload();
  await openTeam(scan);
  await expect(scan.testid('team-empty')).toBeVisible();
});

test('start again says it keeps the earlier scans and the team set, and does so', async ({ page, scan }) => {
  await seed(page, JSON.stringify(keptRecord()));
  await openWidget(page);
  await scan.testid('start-again').click();
  await expect(scan.testid('confirm')).toContainText('Uw eerdere scans en de codes in het teamoverzicht blijven bewaard');
  await expect(scan.testid('clear-team')).toHaveCount(0);
  await scan.testid('confirm-yes').click();
  await expect(scan.heading).not.toHaveText(content.texts.intro_title.nl);
  const saved = await stored(page);
  expect(saved.answers).toEqual({});
  expect(saved.history).toHaveLength(1);
  expect(saved.team).toHaveLength(2);
});

test('a version 3 record in localStorage is read and saved again as version 4 without loss', async ({ page, scan }) => {
  const v3 = JSON.parse(savedFixture('v3.json'));
  await seed(page, JSON.stringify(v3));
  await openWidget(page);
  await expect(scan.testid('unreadable-notice')).toHaveCount(0);
  // The record's own step (its answers are to ids the content has since replaced: kept).
  await scan.expectStep(content.areas.find((a) => a.id === 'vision').name.nl);
  // Any change saves the record again.
  await scan.testid('switch-language').click();
  const saved = await stored(page);
  expect(saved.v).toBe(4);
  for (const key of ['desired', 'domains', 'changed', 'cleared', 'completed', 'step']) {
    expect(saved[key], key).toEqual(v3[key]);
  }
  // Every answer with a change time. (The fixture's one answer without a change time, next to a
  // clear, is dropped by the first merge as from before the clear: merge's rule since format 2,
  // not the migration's; a real writer stamps every answer it writes.)
  const stamped = Object.fromEntries(Object.entries(v3.answers).filter(([id]) => id in v3.changed.answers));
  expect(Object.keys(stamped)).toHaveLength(3);
  expect(saved.answers).toEqual(stamped);
  expect(saved.lang).toBe('en');
  expect(saved.team).toEqual([]);
  expect(saved.history).toEqual([]);
});
