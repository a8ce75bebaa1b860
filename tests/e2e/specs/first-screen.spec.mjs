// The first screens before the wasm: dist/index.html holds the intro, the domains step and the
// first area, rendered at build time by the widget's own components (src/bin/prerender.rs,
// scripts/post-build.mjs), and embed.js shows them to a visitor on whom the widget will start
// with that intro. They must say what the live widget says, be accessible, let the visitor walk
// to the first statements and answer them, hand all of that and keyboard focus over to the
// widget, give way to the failure message, and never show when the widget will start elsewhere
// or in another language.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { STORAGE_KEY, ScanPage } from '../lib/scan-page.mjs';
import { hostEvents, recordHostEvents, widgetOrigin } from '../lib/embed.mjs';
import { T } from '../lib/texts.mjs';

/** Holds every request for the wasm until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

const firstScreen = (page) => page.locator('[data-zs-boot="first-screen"]');
const live = (page) => page.getByTestId('widget');

/** What a visitor meets in a widget root: its text, and each control and landmark in order. */
function describe(root) {
  const key = (e) => e.getAttribute('data-testid') ?? e.getAttribute('data-zs-key');
  return {
    lang: root.lang,
    classes: root.className,
    text: root.innerText,
    elements: [...root.querySelectorAll('button, input, a, h1, h2, header, main, footer, section, [role], [id]')].map(
      (e) => [e.tagName, e.id, key(e), e.className, e.getAttribute('role'), e.getAttribute('aria-labelledby'), e.getAttribute('aria-describedby'), e.hidden].join(' '),
    ),
  };
}

/** The events the host page heard, without their timing. */
async function heardEvents(page) {
  return (await hostEvents(page)).map(({ type, detail }) => ({ type, detail }));
}

/** What a host hears when a visitor starts and walks through the steps `ids` after the intro,
 * numbered 2, 3, … in that order. */
function eventsOfWalk(...ids) {
  const total = ScanPage.content().areas.length + 5;
  return [
    { type: 'zelfscan:ready', detail: {} },
    { type: 'zelfscan:step', detail: { id: 'intro', number: 1, total } },
    { type: 'zelfscan:started', detail: {} },
    ...ids.map((id, i) => ({ type: 'zelfscan:step', detail: { id, number: i + 2, total } })),
  ];
}

/** Notes in the page whether a first screen was ever put into it. */
async function watchForFirstScreen(page) {
  await page.addInitScript(() => {
    window.__firstScreenSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-zs-boot="first-screen"]')) window.__firstScreenSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
}

test('a fresh visitor sees the intro before the wasm has arrived, exactly as the widget shows it', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('index.html');
  await expect(firstScreen(page).locator('#zs-step-heading')).toBeVisible();
  await expect(live(page)).toHaveCount(0);
  await expect(page.locator('[data-zs-boot="loading"]')).toHaveCount(0);
  await expectAccessible(page, 'first screen before the wasm');
  const before = await firstScreen(page).evaluate(describe);

  release();
  await expect(live(page)).toBeVisible();
  await expect(firstScreen(page)).toHaveCount(0);
  const after = await live(page).evaluate(describe);
  expect(before).toEqual(after);
  expect(before.elements.length).toBeGreaterThan(15);
  expect(before.text).toContain(T.Start.nl);
});

test('"Start" clicked before the wasm has arrived starts the scan when the widget runs', async ({ page }) => {
  await recordHostEvents(page, widgetOrigin);
  await page.addInitScript(() => {
    // Every step heading the live widget ever shows.
    window.__headings = [];
    new MutationObserver(() => {
      const heading = document.querySelector('[data-testid=widget] #zs-step-heading');
      if (heading && heading.textContent !== window.__headings.at(-1)) window.__headings.push(heading.textContent);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const release = await holdWasm(page);
  await page.goto('index.html');
  await firstScreen(page).locator('[data-zs-key="start"]').click();
  release();
  await expect(page.locator('[data-testid=widget] #zs-step-heading')).toHaveText(T.DomainsTitle.nl);
  await expect(page.locator('#zs-step-heading')).toBeFocused();
  // The live widget goes straight to the domains step; the host hears what it would have heard
  // had the widget shown the intro and the visitor clicked its "Start".
  expect(await page.evaluate(() => window.__headings)).toEqual([T.DomainsTitle.nl]);
  expect(await heardEvents(page)).toEqual(eventsOfWalk('domains'));
  await expect(page.getByTestId('step-label')).toHaveText(T.DomainsTitle.nl);
  const record = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY));
  expect(record.step).toBe('domains');
  // The early Start is taken once: its mark is gone, so nothing can start the scan again.
  await expect(page.locator('[data-zelfscan]')).not.toHaveAttribute('data-zs-early', /.*/);
  await page.getByTestId('back').click();
  await expect(page.getByTestId('start')).toBeVisible();
});

/** The first area of the shipped content and its statements. */
function firstArea() {
  const content = ScanPage.content();
  const area = content.areas[0];
  return { area, statements: content.statements.filter((s) => s.area === area.id) };
}

test('each static screen says what the live widget says on that step', async ({ page }) => {
  const { area } = firstArea();
  for (const [clicks, heading] of [[['start'], T.DomainsTitle.nl], [['start', 'next'], area.name.nl]]) {
    const release = await holdWasm(page);
    await page.goto('about:blank');
    await page.goto('index.html');
    for (const key of clicks) await firstScreen(page).locator(`[data-zs-key="${key}"]`).click();
    await expect(firstScreen(page).locator('#zs-step-heading')).toHaveText(heading);
    await expectAccessible(page, `static screen ${heading}`);
    const before = await firstScreen(page).evaluate(describe);
    release();
    await expect(page.locator('[data-testid=widget] #zs-step-heading')).toHaveText(heading);
    const after = await live(page).evaluate(describe);
    expect(before).toEqual(after);
    expect(before.elements.length).toBeGreaterThan(15);
    await page.unroute('**/*.wasm');
    // The walk was saved: a fresh visitor again for the next one.
    await page.evaluate(() => localStorage.clear());
  }
});

test('the first statements can be answered before the wasm has arrived, and the widget takes the answers over', async ({ page }) => {
  await recordHostEvents(page, widgetOrigin);
  const { area, statements } = firstArea();
  const domain = ScanPage.content().domains[0];
  const [first, second] = statements;
  const release = await holdWasm(page);
  await page.goto('index.html');
  await firstScreen(page).locator('[data-zs-key="start"]').click();
  await expect(firstScreen(page).locator('#zs-step-heading')).toHaveText(T.DomainsTitle.nl);
  await expect(firstScreen(page).locator('#zs-step-heading')).toBeFocused();
  // A chosen domain takes "skip" away, as in the live widget.
  await expect(firstScreen(page).locator('[data-zs-key="domains-skip"]')).toBeVisible();
  await firstScreen(page).locator(`[data-zs-key="domain-${domain.id}"]`).check();
  await expect(firstScreen(page).locator('[data-zs-key="domains-skip"]')).toBeHidden();
  await firstScreen(page).locator('[data-zs-key="next"]').click();
  await expect(firstScreen(page).locator('#zs-step-heading')).toHaveText(area.name.nl);
  // Back and forth keeps what was chosen.
  await firstScreen(page).locator('[data-zs-key="back"]').click();
  await expect(firstScreen(page).locator(`[data-zs-key="domain-${domain.id}"]`)).toBeChecked();
  await firstScreen(page).locator('[data-zs-key="next"]').click();
  await firstScreen(page).locator(`[data-zs-key="answer-${first.id}-4"]`).check();
  await firstScreen(page).locator(`[data-zs-key="answer-${first.id}-2"]`).check();
  await firstScreen(page).locator(`[data-zs-key="answer-${second.id}-dont-know"]`).check();
  await expect(firstScreen(page).locator('[data-zs-key="answered"]')).toHaveText(
    T.Answered.nl.replace('{k}', '2').replace('{n}', String(statements.length)),
  );
  await expect(live(page)).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();

  release();
  await expect(page.locator('[data-testid=widget] #zs-step-heading')).toHaveText(area.name.nl);
  await expect(firstScreen(page)).toHaveCount(0);
  await expect(page.getByTestId(`answer-${first.id}-2`)).toBeChecked();
  await expect(page.getByTestId(`answer-${second.id}-dont-know`)).toBeChecked();
  // Focus stays on the answer last chosen, now the live one.
  await expect(page.getByTestId(`answer-${second.id}-dont-know`)).toBeFocused();
  await expect(page.getByTestId('answered')).toHaveText(
    T.Answered.nl.replace('{k}', '2').replace('{n}', String(statements.length)),
  );
  const record = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY));
  expect(record.step).toBe(`area:${area.id}`);
  expect(record.answers).toEqual({ [first.id]: 2, [second.id]: 'dont_know' });
  expect(Object.keys(record.domains)).toEqual([domain.id]);
  await expect(page.locator('[data-zelfscan]')).not.toHaveAttribute('data-zs-early', /.*/);
  // The host heard of every step the visitor saw, in order, as if the widget had shown them.
  expect(await heardEvents(page)).toEqual(eventsOfWalk('domains', `area:${area.id}`));
  // The domain chosen early has its stage question, as one chosen in the widget.
  await page.getByTestId('back').click();
  await expect(page.getByTestId(`domain-${domain.id}`)).toBeChecked();
  await expect(page.locator(`[data-testid^="domain-${domain.id}-"]`).first()).toBeVisible();
});

test('"next" on the static first area goes on to the second area when the widget runs', async ({ page }) => {
  const { statements } = firstArea();
  const second = ScanPage.content().areas[1];
  const release = await holdWasm(page);
  await page.goto('index.html');
  await firstScreen(page).locator('[data-zs-key="start"]').click();
  await firstScreen(page).locator('[data-zs-key="domains-skip"]').click();
  await firstScreen(page).locator(`[data-zs-key="answer-${statements[0].id}-5"]`).check();
  await firstScreen(page).locator('[data-zs-key="next"]').click();
  // No static screen for the second area: the page says it is loading.
  await expect(page.locator('[data-zs-boot="loading"]')).toBeVisible();
  release();
  await expect(page.locator('[data-testid=widget] #zs-step-heading')).toHaveText(second.name.nl);
  await expect(page.locator('#zs-step-heading')).toBeFocused();
  const record = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY));
  expect(record.answers).toEqual({ [statements[0].id]: 5 });
  expect(record.step).toBe(`area:${second.id}`);
});

test('keyboard focus on the first screen moves to the same control of the live widget', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('index.html');
  await expect(firstScreen(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(firstScreen(page).locator('[data-zs-key="team-toggle"]')).toBeFocused();
  release();
  await expect(live(page)).toBeVisible();
  await expect(page.getByTestId('team-toggle')).toBeFocused();
});

test('when the wasm cannot be loaded, the first screen gives way to the failure message', async ({ page, watched }) => {
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('index.html');
  const failed = page.locator('[data-zs-boot="failed"]');
  await expect(failed).toHaveAttribute('role', 'alert');
  await expect(failed.locator('[lang=nl]')).toHaveText(T.BootFailed.nl);
  await expect(firstScreen(page)).toHaveCount(0);
  // The 404 and the widget's warning are what this test provokes.
  watched.consoleErrors.splice(0);
});

test('the first screen is shown only to a visitor the widget will start on that intro', async ({ page }) => {
  await watchForFirstScreen(page);
  // The watch itself: a fresh visitor does get it.
  await page.goto('index.html');
  await expect(live(page)).toBeVisible();
  expect(await page.evaluate(() => window.__firstScreenSeen)).toBe(true);

  // Saved answers: the widget starts with "continue", not with the fresh intro.
  await page.getByTestId('start').click();
  await expect(page.getByTestId('next')).toBeVisible();
  await page.goto('index.html');
  await expect(page.getByTestId('next')).toBeVisible();
  expect(await page.evaluate(() => window.__firstScreenSeen)).toBe(false);
  await page.evaluate(() => localStorage.clear());

  // A result link: the widget starts on that result (here a damaged code's message).
  await page.goto('about:blank');
  await page.goto('index.html#r=NOTACODE');
  await expect(page.getByTestId('bad-code')).toBeVisible();
  expect(await page.evaluate(() => window.__firstScreenSeen)).toBe(false);

  // A settings file is read after the first screen is shown: one asking for another language,
  // theme or accent takes it away again, and the page says it is loading until the widget runs
  // (README, "First paint"; settings on the page's element are known at once, embed-frame.spec).
  let settings = '';
  await page.route('**/zelfscan.config.json', (route) => route.fulfill({ contentType: 'application/json', body: settings }));
  for (const [body, kept, start] of [
    ['{"lang":"nl","theme":"light","accent":"#154273","accent-dark":"#8cb8f2","contact-name":"A"}', true, T.Start.nl],
    ['{"lang":"en"}', false, T.Start.en],
    ['{"theme":"dark"}', false, T.Start.nl],
    ['{"accent":"#8a2be2"}', false, T.Start.nl],
  ]) {
    settings = body;
    const release = await holdWasm(page);
    await page.goto('about:blank');
    await page.goto('index.html');
    if (kept) await expect(firstScreen(page)).toBeVisible();
    else await expect(page.locator('[data-zs-boot="loading"]'), body).toBeVisible();
    await expect(firstScreen(page)).toHaveCount(kept ? 1 : 0);
    release();
    await expect(page.locator('[data-testid=widget] #zs-step-heading')).toBeVisible();
    await expect(page.getByTestId('start')).toHaveText(start);
    await page.unroute('**/*.wasm');
  }
});
