// The mount way: README.md's snippet on a host page of the widget's own site, once plain and
// once with the committed hostile stylesheet (pages/hostile.css). The widget's key controls keep
// their boxes, nothing of its CSS reaches the host page, and its events are DOM events on the
// mount element. Before the wasm runs, and when it cannot, the page says so in both languages.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { test as bare } from '@playwright/test';
import { ScanPage } from '../lib/scan-page.mjs';
import { adapt, snippet, writeHostPage } from '../lib/host-pages.mjs';
import { hostEvents, recordHostEvents, widget, widgetOrigin } from '../lib/embed.mjs';
import { T } from '../lib/texts.mjs';

const content = ScanPage.content();
const steps = content.areas.length + 5;
/** The heading of every step, in order. */
const headings = [
  content.texts.intro_title.nl,
  T.DomainsTitle.nl,
  ...content.areas.map((a) => a.name.nl),
  T.AmbitionTitle.nl,
  T.SummaryTitle.nl,
  T.ResultsTitle.nl,
];

/** Writes a host page with README's mount snippet; returns its address on the widget's site. */
function mountPage(name, options = {}, attributes = {}) {
  return `${widget}pages/${writeHostPage(name, adapt(snippet('mount'), widget, attributes), options)}`;
}

// The controls a visitor uses, on whichever step has them.
const KEY_CONTROLS = [
  '#zs-step-heading',
  '[data-testid=step-label]',
  '[data-testid=switch-language]',
  '[data-testid=start]',
  '[data-testid=next]',
  '[data-testid=back]',
  '[data-testid=domains] input',
  '[data-testid=domains] label',
  '.zs-statement',
  '.zs-statement legend',
  '.zs-option input',
  '.zs-option label',
  '[data-testid=results-table]',
  '[data-testid=radar-chart]',
  '[data-testid=download-answers]',
  '[data-testid=import-button]',
];

/** Every key control's box on the current step, relative to the widget's root. */
function boxes(page) {
  return page.evaluate((selectors) => {
    const root = document.querySelector('[data-testid=widget]').getBoundingClientRect();
    const found = {};
    for (const selector of selectors) {
      const element = document.querySelector(selector);
      if (!element) continue;
      const r = element.getBoundingClientRect();
      found[selector] = { x: r.x - root.x, y: r.y - root.y, width: r.width, height: r.height };
    }
    return found;
  }, KEY_CONTROLS);
}

/** Walks every step of a fresh scan on `url`; returns the boxes per step, with screenshots. */
async function walk(page, url, label, testInfo) {
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const heading = page.locator('#zs-step-heading');
  await expect(heading).toBeVisible();
  const all = [];
  for (let step = 1; step <= steps; step += 1) {
    await expect(heading).toHaveText(headings[step - 1]);
    all.push(await boxes(page));
    // Kept in test-results/ for a person to compare.
    const path = testInfo.outputPath(`${label}-step-${String(step).padStart(2, '0')}.png`);
    await page.getByTestId('widget').screenshot({ path });
    if (step < steps) await page.getByTestId(step === 1 ? 'start' : 'next').click();
  }
  return all;
}

test('a hostile host stylesheet does not move or resize the widget\'s controls on any step', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const plain = await walk(page, mountPage('mount-plain.html'), 'plain', testInfo);
  const hostile = await walk(page, mountPage('mount-hostile.html', { hostile: true }), 'hostile', testInfo);
  // The hostile sheet did apply to the host page itself.
  expect(await page.getByTestId('host-heading').evaluate((el) => getComputedStyle(el).fontWeight)).toBe('400');
  for (const [i, step] of plain.entries()) {
    expect(Object.keys(hostile[i]), `controls on step ${i + 1}`).toEqual(Object.keys(step));
    for (const [selector, box] of Object.entries(step)) {
      for (const side of ['x', 'y', 'width', 'height']) {
        const moved = Math.abs(hostile[i][selector][side] - box[side]);
        expect(moved, `${selector} ${side} on step ${i + 1}`).toBeLessThanOrEqual(3);
      }
    }
  }
});

test('nothing of the widget\'s styles reaches the host page', async ({ page }) => {
  await page.goto(mountPage('mount-leak.html'));
  await expect(page.locator('#zs-step-heading')).toBeVisible();
  const hostStyles = () =>
    page.evaluate(() => {
      // Not heights: the page grows with the widget's content, styled or not.
      const properties = ['color', 'background-color', 'font-family', 'font-size', 'line-height', 'margin-top',
        'padding-top', 'box-sizing', 'border-top-width', 'text-align', 'display', 'width'];
      const elements = ['html', 'body', 'body > header', 'body > main', 'body > footer', '[data-testid=host-heading]',
        '[data-testid=host-text]', '[data-testid=host-button]', 'body > footer p'];
      return elements.map((selector) => {
        const style = getComputedStyle(document.querySelector(selector));
        return [selector, Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))];
      });
    });
  const stylesheet = page.locator('link[rel=stylesheet][href*="zelfscan-"]');
  await expect(stylesheet).toHaveCount(1);
  const withWidget = await hostStyles();
  await stylesheet.evaluate((link) => { link.disabled = true; });
  const without = await hostStyles();
  expect(withWidget).toEqual(without);
});

test('the widget in the page tells the mount element what happens, with the page\'s settings', async ({ page }) => {
  await recordHostEvents(page, widgetOrigin);
  await page.goto(mountPage('mount-events.html', {}, { 'data-lang': 'en', 'data-accent': '#8a1538' }));
  await expect(page.getByTestId('start')).toHaveText('Start the scan');
  expect(await page.getByTestId('start').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(138, 21, 56)');
  await page.getByTestId('start').click();
  await expect(page.locator('#zs-step-heading')).toHaveText('Professional domains');
  await expect.poll(async () => (await hostEvents(page)).length).toBe(4);
  expect(await hostEvents(page)).toEqual([
    { type: 'zelfscan:ready', detail: {}, holder: 0 },
    { type: 'zelfscan:step', detail: { id: 'intro', number: 1, total: steps }, holder: 0 },
    { type: 'zelfscan:started', detail: {}, holder: 0 },
    { type: 'zelfscan:step', detail: { id: 'domains', number: 2, total: steps }, holder: 0 },
  ]);
  await expectAccessible(page, 'host page with the widget mounted');
});

test('the widget mounted into a page with the hostile stylesheet is accessible', async ({ page }) => {
  await page.goto(mountPage('mount-hostile-axe.html', { hostile: true }));
  await expect(page.locator('#zs-step-heading')).toBeVisible();
  await expectAccessible(page, 'hostile host page, intro');
  await page.getByTestId('start').click();
  await page.getByTestId('next').click();
  await expect(page.locator('#zs-step-heading')).toHaveText(content.areas[0].name.nl);
  await expectAccessible(page, 'hostile host page, first area');
});

for (const [where, url] of [['the widget\'s own page', () => `${widget}index.html`], ['a host page', () => mountPage('mount-boot.html')]]) {
  bare(`${where} says it is loading until the wasm runs, and what to try when it cannot`, async ({ page }) => {
    // The widget's own page shows a fresh visitor its first screen instead (first-screen.spec);
    // a stored record means the widget starts elsewhere, so the page says it is loading. The
    // wasm never runs here, so what the record holds does not matter.
    if (where === 'the widget\'s own page') await page.addInitScript(() => localStorage.setItem('zelfscan', '{}'));
    // The wasm never arrives: the static text, in both languages, is the first paint.
    await page.route('**/*.wasm', () => {});
    await page.goto(url());
    const loading = page.locator('[data-zs-boot="loading"]');
    await expect(loading.locator('[lang=nl]')).toHaveText(T.BootLoading.nl);
    await expect(loading.locator('[lang=en]')).toHaveText(T.BootLoading.en);
    await expect(loading).toBeVisible();

    // The widget's script cannot be loaded at all.
    await page.unroute('**/*.wasm');
    await page.route(/zelfscan-[0-9a-f]+\.js$/, (route) => route.abort());
    await page.goto(url());
    const failed = page.locator('[data-zs-boot="failed"]');
    await expect(failed.locator('[lang=nl]')).toHaveText(T.BootFailed.nl);
    await expect(failed.locator('[lang=en]')).toHaveText(T.BootFailed.en);
    await expect(failed).toHaveAttribute('role', 'alert');
  });
}
