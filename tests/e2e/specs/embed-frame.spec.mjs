// The iframe way, across two sites: a host page on localhost embeds the widget served on
// 127.0.0.1 with README.md's snippet and embed.js. The frame follows the height of every step,
// its events reach the host page in order, every setting shows, and messages that are not the
// frame's own change nothing. The fixture fails on any CSP violation, in the host page or the frame.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { ScanPage } from '../lib/scan-page.mjs';
import { adapt, snippet, writeHostPage } from '../lib/host-pages.mjs';
import { engineCode } from '../lib/engine.mjs';
import {
  expectFitted,
  heights,
  host,
  hostEvents,
  hostOrigin,
  recordHostEvents,
  startHostServer,
  widget,
  widgetFrame,
} from '../lib/embed.mjs';

const content = ScanPage.content();
const total = content.areas.length + 5;

test.use({ allowedOrigins: [hostOrigin] });

let stopHost;
test.beforeAll(async () => {
  stopHost = await startHostServer();
});
test.afterAll(() => stopHost?.());

/** Opens a host page made of README's iframe snippet with `attributes` changed. */
async function openHostPage(page, name, attributes = {}, options = {}) {
  await page.goto(host + writeHostPage(name, adapt(snippet('iframe'), widget, attributes), options));
  return widgetFrame(page);
}

/** The step headings in order, as the content file names them (Dutch). */
const stepHeadings = [
  'Vakdomeinen',
  ...content.areas.map((a) => a.name.nl),
  'Uw ambitie per aspectgebied',
  'Overzicht van uw antwoorden',
  'De uitkomst van uw zelfscan',
];

/**
 * Clicks "next" `clicks` times, each time waiting until the step's heading has changed, so that
 * no click lands on a step that is still being replaced (in any language).
 */
async function clickThrough(frame, clicks) {
  const heading = frame.locator('#zs-step-heading');
  for (let i = 0; i < clicks; i += 1) {
    const before = await heading.textContent();
    await frame.getByTestId('next').click();
    await expect(heading).not.toHaveText(before);
  }
}

test('the iframe is as tall as every step, growing and shrinking, and never scrolls inside', async ({ page }) => {
  test.setTimeout(180_000);
  const { element, frame } = await openHostPage(page, 'frame-heights.html');
  const seen = [(await expectFitted(element, frame, 'intro')).outer];
  await frame.getByTestId('start').click();
  for (const heading of stepHeadings) {
    await expect(frame.locator('#zs-step-heading')).toHaveText(heading);
    seen.push((await expectFitted(element, frame, heading)).outer);
    if (heading !== stepHeadings.at(-1)) await frame.getByTestId('next').click();
  }
  await frame.getByTestId('back').click();
  await expect(frame.locator('#zs-step-heading')).toHaveText('Overzicht van uw antwoorden');
  seen.push((await expectFitted(element, frame, 'summary again')).outer);
  const grew = seen.some((h, i) => i > 0 && h > seen[i - 1] + 50);
  const shrank = seen.some((h, i) => i > 0 && h < seen[i - 1] - 50);
  expect({ grew, shrank }, `heights per step: ${seen.join(', ')}`).toEqual({ grew: true, shrank: true });
});

test('the host page hears ready, started, every step and completed, in order and without answers', async ({ page }) => {
  test.setTimeout(120_000);
  await recordHostEvents(page, hostOrigin);
  const { frame } = await openHostPage(page, 'frame-events.html');
  await frame.getByTestId('start').click();
  await expect(frame.locator('#zs-step-heading')).toHaveText('Vakdomeinen');
  await frame.getByTestId('domain-soza').check();
  for (const heading of stepHeadings.slice(0, -1)) {
    await expect(frame.locator('#zs-step-heading')).toHaveText(heading);
    const first = frame.locator('[data-testid^="answer-"][data-testid$="-4"]').first();
    if (await first.count()) await first.check();
    await frame.getByTestId('next').click();
  }
  await expect(frame.locator('#zs-step-heading')).toHaveText('De uitkomst van uw zelfscan');
  const step = (id, number) => ({ type: 'zelfscan:step', detail: { id, number, total }, holder: 0 });
  const expected = [
    { type: 'zelfscan:ready', detail: {}, holder: 0 },
    step('intro', 1),
    { type: 'zelfscan:started', detail: {}, holder: 0 },
    step('domains', 2),
    ...content.areas.map((area, i) => step(`area:${area.id}`, 3 + i)),
    step('ambition', total - 2),
    step('summary', total - 1),
    step('results', total),
    { type: 'zelfscan:completed', detail: {}, holder: 0 },
  ];
  await expect.poll(async () => (await hostEvents(page)).length).toBe(expected.length);
  expect(await hostEvents(page)).toEqual(expected);
});

test('each setting has its visible effect, in Dutch and English, light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  const settings = {
    'data-lang': 'en',
    'data-accent': '#8a1538',
    'data-contact-name': 'Mr Test Adviser',
    'data-contact-role': 'Data adviser',
    'data-contact-email': 'test.adviser@example.org',
    'data-contact-phone': '+31 10 765 43 21',
    'data-contact-link': 'https://example.org/appointment',
  };
  const { element, frame } = await openHostPage(page, 'frame-settings.html', settings);
  await expect(element).toHaveAttribute('title', 'Self-scan on data-driven working and agility');
  await expect(frame.getByTestId('start')).toHaveText('Start the scan');
  await expect(frame.getByTestId('step-label')).toHaveText('Introduction');
  const background = (locator) => locator.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background(frame.getByTestId('start'))).toBe('rgb(138, 21, 56)');
  expect(await background(frame.getByTestId('widget'))).toBe('rgb(255, 255, 255)');
  await frame.getByTestId('start').click();
  await clickThrough(frame, stepHeadings.length - 1);
  const card = frame.getByTestId('contact-card');
  for (const value of ['Mr Test Adviser', 'Data adviser', 'test.adviser@example.org', '+31 10 765 43 21']) {
    await expect(card).toContainText(value);
  }
  await expect(frame.getByTestId('contact-link')).toHaveAttribute('href', 'https://example.org/appointment');
  await expect(frame.getByTestId('contact-link')).toHaveAttribute('target', '_top');
  await expectAccessible(page, 'host page with the results in English');

  const dark = await openHostPage(page, 'frame-dark.html', { 'data-theme': 'dark', 'data-accent': '#ffb3c6', 'data-title': 'Onze zelfscan' });
  await expect(dark.element).toHaveAttribute('title', 'Onze zelfscan');
  expect(await background(dark.frame.getByTestId('widget'))).toBe('rgb(22, 24, 29)');
  expect(await background(dark.frame.getByTestId('start'))).toBe('rgb(255, 179, 198)');
  await expectAccessible(page, 'host page with the dark theme');

  const auto = await openHostPage(page, 'frame-auto.html', { 'data-theme': 'auto' });
  expect(await background(auto.frame.getByTestId('widget'))).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  // Buttons change colour with a short transition.
  await expect.poll(() => background(auto.frame.getByTestId('widget'))).toBe('rgb(22, 24, 29)');
  await expect.poll(() => background(auto.frame.getByTestId('start'))).toBe('rgb(140, 184, 242)');
  await expectAccessible(page, 'host page with the theme of a system in dark mode');
});

test('invalid settings fall back to their defaults with one console warning each', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && m.text().startsWith('zelfscan:') && warnings.push(m.text()));
  const { frame } = await openHostPage(page, 'frame-invalid.html', {
    'data-lang': 'de',
    'data-accent': '#ffff00',
    'data-contact-email': 'not an address',
    'data-contact-link': 'javascript:alert(1)',
  });
  await expect(frame.getByTestId('start')).toHaveText('Start de scan');
  const start = frame.getByTestId('start');
  expect(await start.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(21, 66, 115)');
  await expect.poll(() => warnings.length).toBe(4);
  expect(warnings.map((w) => w.match(/data-[a-z-]+/)[0]).sort()).toEqual(
    ['data-accent', 'data-contact-email', 'data-contact-link', 'data-lang'],
  );
  await frame.getByTestId('start').click();
  await clickThrough(frame, stepHeadings.length - 1);
  await expect(frame.getByTestId('contact-card')).toContainText('Naam Adviseur');
  await expect(frame.getByTestId('contact-card')).not.toContainText('not an address');
  await expect(frame.getByTestId('contact-link')).toHaveCount(0);
});

test('zelfscan.config.json sets what the page does not, and the page wins', async ({ page }) => {
  await page.route('**/zelfscan.config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ lang: 'en', theme: 'dark', 'contact-name': 'From The File', 'contact-email': 'file@example.org' }),
    }),
  );
  const { frame } = await openHostPage(page, 'frame-file.html', { 'data-lang': null, 'data-theme': null, 'data-accent': null });
  await expect(frame.getByTestId('start')).toHaveText('Start the scan');
  expect(await frame.getByTestId('widget').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(22, 24, 29)');
  await frame.getByTestId('start').click();
  await clickThrough(frame, stepHeadings.length - 1);
  await expect(frame.getByTestId('contact-card')).toContainText('Naam Adviseur');
  await expect(frame.getByTestId('contact-card')).toContainText('adviseur@example.nl');
});

test('the plain iframe takes its settings from its address, which the widget ignores outside a frame', async ({ page }) => {
  const plain = adapt(snippet('plain-iframe'), widget).replace('lang=nl', 'lang=en');
  await page.goto(host + writeHostPage('frame-plain.html', plain));
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('start')).toHaveText('Start the scan');
  await page.goto(`${widget}index.html#lang=en&contact-name=Someone%20Else`);
  await expect(page.getByTestId('start')).toHaveText('Start de scan');
});

test('on a step change the host page scrolls the top of the widget into view', async ({ page }) => {
  const { element, frame } = await openHostPage(page, 'frame-tall.html', {}, { tall: true });
  await frame.getByTestId('start').click();
  await frame.getByTestId('next').click();
  await expect(frame.locator('#zs-step-heading')).toHaveText(content.areas[0].name.nl);
  await expectFitted(element, frame, 'first area');
  // The next button is at the bottom of a long step: clicking it leaves the widget's top far above.
  await frame.getByTestId('next').scrollIntoViewIfNeeded();
  expect(await element.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(-200);
  await frame.getByTestId('next').click();
  await expect(frame.locator('#zs-step-heading')).toHaveText(content.areas[1].name.nl);
  await expect
    .poll(() => element.evaluate((el) => Math.round(el.getBoundingClientRect().top)))
    .toBeGreaterThanOrEqual(0);
  const top = await element.evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeLessThan(page.viewportSize().height);

  // Chromium already scrolls the host page when the frame focuses the new step's heading; other
  // browsers may not, so embed.js scrolls itself. Its part alone: a step message from the frame
  // while the host page is scrolled past the widget's top.
  await page.evaluate(() => window.scrollBy(0, document.querySelector('[data-zelfscan] iframe').getBoundingClientRect().top + 400));
  expect(await element.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(-200);
  await frame.evaluate((total) => {
    parent.postMessage({ zelfscan: 1, type: 'event', name: 'step', detail: { id: 'summary', number: total - 1, total } }, '*');
  }, total);
  await expect
    .poll(() => element.evaluate((el) => Math.round(el.getBoundingClientRect().top)))
    .toBeGreaterThanOrEqual(0);
});

test('two widgets side by side; messages from another window or in another shape change nothing', async ({ page }) => {
  await recordHostEvents(page, hostOrigin);
  const one = adapt(snippet('iframe'), widget);
  const two = adapt(snippet('iframe'), widget, { 'data-lang': 'en' });
  await page.goto(host + writeHostPage('frame-two.html', `${one}\n${two.replace(/<script[^>]*><\/script>/, '')}`));
  const a = await widgetFrame(page, 0);
  const b = await widgetFrame(page, 1);
  await expect(b.frame.getByTestId('start')).toHaveText('Start the scan');
  await expect(a.frame.getByTestId('start')).toHaveText('Start de scan');
  const heightA = (await expectFitted(a.element, a.frame, 'widget one')).outer;
  await expectFitted(b.element, b.frame, 'widget two');
  await expect.poll(async () => (await hostEvents(page)).length).toBe(4);
  const before = await hostEvents(page);
  expect(before.filter((e) => e.type === 'zelfscan:ready').map((e) => e.holder).sort()).toEqual([0, 1]);

  // The host page itself, and widget two, pretending to be widget one.
  await page.evaluate(() => window.postMessage({ zelfscan: 1, type: 'height', height: 40 }, '*'));
  await b.frame.evaluate(() => {
    parent.postMessage({ zelfscan: 1, type: 'height', height: 40 }, '*');
    parent.postMessage({ zelfscan: 1, type: 'event', name: 'completed', detail: {} }, '*');
  });
  await expect.poll(async () => (await heights(b.element, b.frame)).outer).toBe(40);
  // Widget one's own window, in every shape but the documented one, then one valid message.
  await a.frame.evaluate(() => {
    const bad = [
      { zelfscan: 1, type: 'height', height: '40' },
      { zelfscan: 1, type: 'height', height: -5 },
      { zelfscan: 1, type: 'height', height: 1e9 },
      { zelfscan: 1, type: 'height', height: 40, extra: true },
      { zelfscan: 2, type: 'height', height: 40 },
      { type: 'height', height: 40 },
      'zelfscan:completed',
      null,
      { zelfscan: 1, type: 'event', name: 'completed' },
      { zelfscan: 1, type: 'event', name: 'hijacked', detail: {} },
      { zelfscan: 1, type: 'event', name: 'ready', detail: { score: 90 } },
      { zelfscan: 1, type: 'event', name: 'step', detail: { id: '<img src=x>', number: 1, total: 12 } },
      { zelfscan: 1, type: 'event', name: 'step', detail: { id: 'intro', number: 1, total: 12, answers: {} } },
      { zelfscan: 1, type: 'event', name: 'step', detail: { id: 'intro', number: 13, total: 12 } },
    ];
    for (const message of bad) parent.postMessage(message, '*');
    parent.postMessage({ zelfscan: 1, type: 'event', name: 'started', detail: {} }, '*');
  });
  await expect.poll(async () => (await hostEvents(page)).length).toBe(before.length + 2);
  expect((await hostEvents(page)).slice(before.length)).toEqual([
    { type: 'zelfscan:completed', detail: {}, holder: 1 },
    { type: 'zelfscan:started', detail: {}, holder: 0 },
  ]);
  expect((await heights(a.element, a.frame)).outer).toBe(heightA);
});

test('a result link opened on the host page shows that result in the frame, and its links lead back to the host page', async ({ page }) => {
  test.setTimeout(120_000);
  const first = content.statements[0];
  const code = engineCode({ v: 3, answers: { [first.id]: 4 } });
  const other = engineCode({ v: 3, answers: { [first.id]: 2 } });
  const hostPage = `${host}${writeHostPage('frame-shared.html', adapt(snippet('iframe'), widget, {}))}`;

  // Opened with a code: the frame shows it read-only; "do the scan yourself" leads to the host
  // page, in the whole window. (A frame of another site has no storage here: share-team.spec
  // shows that a shared result leaves storage untouched.)
  await page.goto(`${hostPage}#r=${code}`);
  const { element } = await widgetFrame(page);
  let { frame } = await widgetFrame(page);
  await expect(frame.getByTestId('shared-banner')).toBeVisible();
  await expect(frame.getByTestId('own-scan')).toHaveAttribute('href', hostPage);
  await expect(frame.getByTestId('own-scan')).toHaveAttribute('target', '_top');
  await expectAccessible(page, 'shared result in a frame');

  // Another result link followed on the same page: a new frame shows that one.
  const before = await element.elementHandle();
  await page.evaluate((c) => (location.hash = `#r=${c}`), other);
  await expect.poll(() => before.evaluate((e) => e.isConnected)).toBe(false);
  ({ frame } = await widgetFrame(page));
  await expect(frame.getByTestId('shared-banner')).toBeVisible();
  // Made the visitor's own: its result link points at the host page too.
  await frame.getByTestId('make-mine').click();
  const link = frame.getByTestId('result-link');
  await expect(link).toHaveAttribute('href', `${hostPage}#r=${other}`);
  await expect(link).toHaveAttribute('target', '_top');

  // A damaged code says so, in the frame.
  await page.goto(`${hostPage}#r=${code.slice(0, -3)}`);
  ({ frame } = await widgetFrame(page));
  await expect(frame.getByTestId('bad-code')).toContainText('De code is onvolledig');

  // Without a code: the visitor's own scan, whose result link also points at the host page.
  await page.goto(hostPage);
  ({ frame } = await widgetFrame(page));
  await expect(frame.getByTestId('start')).toBeVisible();
  await expect(frame.getByTestId('shared-banner')).toHaveCount(0);
});

test('the frame shows the static first screen only when the embed element asks for its language, theme and accent', async ({ page }) => {
  // Notes, in every frame, whether the first screen was ever put in.
  await page.addInitScript(() => {
    window.__firstScreenSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-zs-boot="first-screen"]')) window.__firstScreenSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
  // A host page on the widget's own site: this Chromium denies a frame of another site its
  // storage, and with storage unreadable the widget does not start on the fresh intro either.
  const open = async (attributes = {}) => {
    await page.goto(`${widget}pages/${writeHostPage('frame-first-screen.html', adapt(snippet('iframe'), widget, attributes))}`);
    return (await widgetFrame(page)).frame;
  };
  // README's snippet: Dutch, light, the default accent.
  let frame = await open();
  await expect(frame.getByTestId('start')).toBeVisible();
  expect(await frame.evaluate(() => window.__firstScreenSeen)).toBe(true);
  for (const attributes of [{ 'data-lang': 'en' }, { 'data-theme': 'auto' }, { 'data-accent': '#7a2e8c' }]) {
    frame = await open(attributes);
    await expect(frame.getByTestId('start')).toBeVisible();
    expect(await frame.evaluate(() => window.__firstScreenSeen), JSON.stringify(attributes)).toBe(false);
  }
});
