// History: every completed scan is kept on this device with its date; two are compared per
// area as a chart and a table, every change on screen equal to `zelfscan-content compare`; a
// kept scan is deleted after a confirmation; the current scan is compared with a code from
// another browser; axe on every new screen, keyboard only, reflow at 320 px.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { ScanPage, STORAGE_KEY } from '../lib/scan-page.mjs';
import { T } from '../lib/texts.mjs';

const content = ScanPage.content();
const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'zelfscan-history-'));

/** `zelfscan-content compare EARLIER LATER`, each a saved record (object) or a result code. */
function engineCompare(earlier, later) {
  const arg = (x, name) => {
    if (typeof x === 'string') return x;
    const file = join(dir, `${name}-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(x));
    return file;
  };
  const out = execFileSync(
    'cargo',
    ['run', '--quiet', '-p', 'zelfscan-content', '--bin', 'zelfscan-content', '--', 'compare', arg(earlier, 'a'), arg(later, 'b')],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(out);
}

const CHOICES = [1, 2, 3, 4, 5, 'dont_know', 'not_applicable'];

/** A saved record (format 2) with every statement answered, ready for the results. */
function record(seed) {
  const answers = {};
  content.statements.forEach((s, i) => {
    answers[s.id] = CHOICES[(i * (seed + 2) + seed) % CHOICES.length];
  });
  const desired = {};
  content.areas.forEach((a, i) => {
    if ((i + seed) % 3 !== 0) desired[a.id] = 1 + ((i * 2 + seed) % 5);
  });
  return { v: 2, answers, desired, domains: { [content.domains[seed % content.domains.length].id]: 'experimenting' }, step: 'summary' };
}

/** Opens the widget on `rec` (at its summary) and goes on to the results. */
async function completeFrom(page, rec) {
  const scan = new ScanPage(page);
  await page.goto('index.html');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, JSON.stringify(rec)]);
  await page.reload();
  await scan.expectStep(T.SummaryTitle.nl);
  await scan.next();
  await scan.expectStep(T.ResultsTitle.nl);
  return scan;
}

/** Back from the results to the last area, one answer and one desired level changed, and on to
 * the results again: the scan completed a second time. */
async function changeAndCompleteAgain(scan) {
  const last = content.areas[content.areas.length - 1];
  await scan.back();
  await scan.expectStep(T.SummaryTitle.nl);
  await scan.testid(`change-${last.id}`).click();
  await scan.expectStep(last.name.nl);
  const [first, second] = await scan.statementIds();
  await scan.answer(first, 5);
  await scan.answer(second, 1);
  await scan.next();
  await scan.expectStep(T.AmbitionTitle.nl);
  await scan.chooseDesired(last.id, 2);
  await scan.next();
  await scan.expectStep(T.SummaryTitle.nl);
  await scan.next();
  await scan.expectStep(T.ResultsTitle.nl);
}

/** Every per-area figure of the comparison on screen, as { id: [before, after, change, desired before, desired after] }. */
async function shownComparison(page) {
  return page.locator('[data-testid=compare-table] tbody tr').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((row) => {
        const id = row.querySelector('[data-testid^=before-]').dataset.testid.replace(/^before-/, '');
        const cell = (name) => row.querySelector(`[data-testid=${name}-${id}]`).textContent.trim();
        return [id, ['before', 'after', 'change', 'desired-before', 'desired-after'].map(cell)];
      }),
    ),
  );
}

/** The same figures as the engine gives them, in the screen's words. */
function expectedComparison(engine) {
  const none = T.NoScore.nl;
  const level = (l) => (l === null ? '-' : String(l));
  return Object.fromEntries(
    engine.areas.map((a) => [
      a.id,
      [
        a.shown_before === null ? none : String(a.shown_before),
        a.shown_after === null ? none : String(a.shown_after),
        a.shown_change ?? '-',
        level(a.desired_before),
        level(a.desired_after),
      ],
    ]),
  );
}

/** Two completions a year apart: history keeps one scan per day. */
async function twoKeptScans(page) {
  await page.clock.setFixedTime(new Date('2025-11-03T10:00:00'));
  const scan = await completeFrom(page, record(1));
  const first = await scan.savedRecord();
  await page.clock.setFixedTime(new Date('2026-11-02T10:00:00'));
  await changeAndCompleteAgain(scan);
  const second = await scan.savedRecord();
  return { scan, first, second };
}

test('two scans on one device compared: every change on screen equals the engine', async ({ page }) => {
  test.setTimeout(120_000);
  const { scan, first, second } = await twoKeptScans(page);
  await scan.testid('history-open').click();
  await expect(scan.heading).toHaveText(T.HistoryTitle.nl);
  await expect(scan.heading).toBeFocused();
  // The history is the facilitator's workbench, a page of its own beside the widget's.
  await expect(page).toHaveURL(/\/workbench\.html#view=history$/);
  await expect(scan.testid('workbench')).toBeVisible();
  await expect(scan.testid('widget')).toHaveCount(0);
  await expect(scan.testid('kept-1')).toContainText('3 november 2025');
  await expect(scan.testid('kept-2')).toContainText('2 november 2026');
  await expect(scan.testid('kept-3')).toHaveCount(0);
  await expectAccessible(page, 'history list');

  // One chosen is not two.
  await scan.testid('choose-1').check();
  await scan.testid('compare-chosen').click();
  await expect(scan.testid('history-message')).toHaveText(T.HistoryChooseTwo.nl);
  await scan.testid('choose-2').check();
  await scan.testid('compare-chosen').click();
  await expect(scan.testid('compare-table')).toBeVisible();
  await expect(page.locator('#zs-compare-title')).toBeFocused();
  await expect(page.locator('#zs-compare-title')).toContainText('eerst: 3 november 2025, daarna: 2 november 2026');

  const engine = engineCompare(first, second);
  const shown = await shownComparison(page);
  expect(shown).toEqual(expectedComparison(engine));
  // The last area changed, so the comparison is not trivially all zeros.
  const last = content.areas[content.areas.length - 1].id;
  expect(engine.areas.find((a) => a.id === last).shown_change).not.toBe('0');
  expect(shown[last][4]).toBe('2');
  // The chart has one axis per area and both scores where both are scored.
  const chart = scan.testid('compare-chart');
  await expect(chart.locator('.zs-team-axis')).toHaveCount(content.areas.length);
  const both = engine.areas.filter((a) => a.before !== null && a.after !== null).length;
  await expect(chart.locator('.zs-compare-move')).toHaveCount(both);
  await expectAccessible(page, 'two kept scans compared');
  // Printed: the comparison, without the controls.
  await page.emulateMedia({ media: 'print' });
  await expect(scan.testid('compare-table')).toBeVisible();
  await expect(chart).toBeVisible();
  await expect(scan.testid('history-list')).toBeHidden();
  await expect(scan.testid('other-code')).toBeHidden();
  await expect(scan.testid('history-back')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // In English, the same numbers, and the scans ticked stay ticked.
  await scan.testid('switch-language').click();
  await expect(page.locator('#zs-compare-title')).toContainText('first: 3 November 2025, then: 2 November 2026');
  await expect(scan.testid('kept-1')).toContainText('3 November 2025');
  await expect(scan.testid('choose-1')).toBeChecked();
  await expect(scan.testid('choose-2')).toBeChecked();
  // Unticked, then the language switched back: unticked it stays.
  await scan.testid('choose-2').uncheck();
  await scan.testid('switch-language').click();
  await expect(scan.testid('kept-1')).toContainText('3 november 2025');
  await expect(scan.testid('choose-1')).toBeChecked();
  await expect(scan.testid('choose-2')).not.toBeChecked();
});

test('a kept scan is deleted only after a confirmation, from the screen and from storage', async ({ page }) => {
  test.setTimeout(120_000);
  const { scan } = await twoKeptScans(page);
  await scan.testid('history-open').click();
  await scan.testid('delete-1').click();
  await expect(scan.testid('delete-confirm')).toBeFocused();
  await expect(scan.testid('delete-confirm')).toContainText('3 november 2025');
  await expectAccessible(page, 'delete confirmation');
  await scan.testid('delete-no').click();
  await expect(scan.testid('delete-confirm')).toHaveCount(0);
  await expect(scan.testid('kept-2')).toBeVisible();
  expect((await scan.savedRecord()).history.length).toBe(2);

  await scan.testid('delete-1').click();
  await scan.testid('delete-yes').click();
  await expect(scan.testid('history-message')).toContainText('3 november 2025');
  await expect(scan.testid('kept-2')).toHaveCount(0);
  await expect(scan.testid('kept-1')).toContainText('2 november 2026');
  const stored = await scan.savedRecord();
  expect(stored.history.length).toBe(1);
  // Reloaded (the workbench page itself, still on the history), it stays deleted.
  await page.reload();
  await scan.expectStep(T.HistoryTitle.nl);
  await expect(scan.testid('kept-1')).toContainText('2 november 2026');
  await expect(scan.testid('kept-2')).toHaveCount(0);
});

test('the current scan compared with a code from another browser equals the engine', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL });
  const other = await context.newPage();
  const theirs = await completeFrom(other, record(4));
  const code = (await theirs.testid('result-code').textContent()).trim();
  await context.close();

  const scan = await completeFrom(page, record(2));
  await scan.testid('history-open').click();
  await scan.testid('other-code').fill('ABCD-EFGH');
  await scan.testid('compare-code').click();
  await expect(scan.testid('history-message')).toHaveText(T.ErrNotACode.nl);
  await scan.testid('other-code').fill(code.toLowerCase());
  // A language switch before comparing keeps what was typed (the form is rendered again).
  await scan.testid('switch-language').click();
  await expect(scan.testid('compare-code')).toHaveText(T.OtherCompare.en);
  await expect(scan.testid('other-code')).toHaveValue(code.toLowerCase());
  await scan.testid('switch-language').click();
  await expect(scan.testid('compare-code')).toHaveText(T.OtherCompare.nl);
  await expect(scan.testid('other-code')).toHaveValue(code.toLowerCase());
  await scan.testid('compare-code').click();
  await expect(scan.testid('compare-table')).toBeVisible();
  await expect(scan.testid('history-message')).toHaveText('');
  const engine = engineCompare(code, await scan.savedRecord());
  expect(await shownComparison(page)).toEqual(expectedComparison(engine));
  await expect(page.locator('#zs-compare-title')).toContainText(`eerst: ${T.OtherScan.nl}, daarna: ${T.CurrentScan.nl}`);
  await expectAccessible(page, 'compared with a code');

  // The other device's scan may be the later one: the order turns, and so does every change.
  await scan.testid('compare-swap').click();
  await expect(page.locator('#zs-compare-title')).toContainText(`eerst: ${T.CurrentScan.nl}, daarna: ${T.OtherScan.nl}`);
  await expect(page.locator('#zs-compare-title')).toBeFocused();
  const swapped = engineCompare(await scan.savedRecord(), code);
  expect(await shownComparison(page)).toEqual(expectedComparison(swapped));
  expect(expectedComparison(swapped)).not.toEqual(expectedComparison(engine));

  // An answers file works the same way.
  const file = join(dir, 'theirs.json');
  writeFileSync(file, JSON.stringify(record(4)));
  await scan.testid('compare-file').setInputFiles(file);
  await expect(scan.testid('compare-table')).toBeVisible();
  expect(await shownComparison(page)).toEqual(expectedComparison(engine));
});

test('keyboard only, with a visible focus indicator: open history, choose two, compare, cancel a delete, compare with a code', async ({ page }) => {
  test.setTimeout(120_000);
  const { scan, first, second } = await twoKeptScans(page);
  const tabTo = async (testid, limit = 40) => {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        return { testid: el.dataset?.testid || el.id || `${el.tagName}.${el.className}`, visible };
      });
      expect(focused.visible, `focus indicator on ${focused.testid}`).toBe(true);
      if (focused.testid === testid) return;
    }
    throw new Error(`no focus on ${testid} after ${limit} tabs`);
  };
  await scan.heading.focus();
  await tabTo('history-open');
  await page.keyboard.press('Enter');
  await expect(scan.heading).toBeFocused();
  await tabTo('choose-1');
  await page.keyboard.press('Space');
  await tabTo('choose-2');
  await page.keyboard.press('Space');
  await tabTo('compare-chosen');
  await page.keyboard.press('Enter');
  await expect(page.locator('#zs-compare-title')).toBeFocused();
  expect(await shownComparison(page)).toEqual(expectedComparison(engineCompare(first, second)));

  await scan.heading.focus();
  await tabTo('delete-2');
  await page.keyboard.press('Enter');
  await expect(scan.testid('delete-confirm')).toBeFocused();
  await tabTo('delete-no');
  await page.keyboard.press('Enter');
  await expect(scan.testid('choose-2')).toBeFocused();

  await tabTo('other-code');
  await page.keyboard.type('not a code');
  await page.keyboard.press('Enter');
  await expect(scan.testid('history-message')).toHaveText(T.ErrNotACode.nl);
  await expect(scan.testid('history-message')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(scan.testid('compare-file-button')).toBeFocused();
  await scan.heading.focus();
  await tabTo('history-back');
  await page.keyboard.press('Enter');
  await scan.expectStep(T.ResultsTitle.nl);
  await expect(scan.testid('step-label')).toHaveText(T.ResultsTitle.nl);
});

test('at 320 px the history and a comparison reflow without sideways scrolling, with 24 px targets', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const { scan } = await twoKeptScans(page);
  await scan.testid('history-open').click();
  await scan.testid('choose-1').check();
  await scan.testid('choose-2').check();
  await scan.testid('compare-chosen').click();
  await expect(scan.testid('compare-table')).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  // Every control is a target of at least 24 by 24 px (WCAG 2.2, 2.5.8).
  const small = await scan.testid('history').locator('button, input:not([type=file])').evaluateAll((nodes) =>
    nodes
      .map((n) => [n.dataset.testid, n.getBoundingClientRect()])
      .filter(([, r]) => r.width < 24 || r.height < 24)
      .map(([id, r]) => `${id}: ${Math.round(r.width)}x${Math.round(r.height)}`),
  );
  expect(small).toEqual([]);
});
