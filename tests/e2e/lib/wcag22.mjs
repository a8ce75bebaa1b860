// Measurements for WCAG 2.2 that axe-core does not make, taken from the page itself.
import { expect } from '@playwright/test';

const INTERACTIVE = 'button, a[href], input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Every visible control in the widget smaller than 24 by 24 CSS pixels (2.5.8), by its box. */
export async function smallTargets(page) {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll(`.zs :is(${selector})`)]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ el, box }) => box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden')
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ el, box }) => `${el.dataset.testid ?? el.id ?? el.tagName} ${box.width.toFixed(1)}x${box.height.toFixed(1)}`);
  }, INTERACTIVE);
}

/** Fails when a control is smaller than 24 by 24 CSS pixels. */
export async function expectTargetsLargeEnough(page, screen) {
  expect(await smallTargets(page), `targets under 24x24 px on ${screen}`).toEqual([]);
}

/**
 * Tabs through the screen (at most `limit` stops, until focus leaves the widget or comes back
 * to the first stop) and fails when a focused control is hidden, wholly or at its centre, under
 * anything else (2.4.11) or lies outside the viewport. Returns the number of stops.
 */
export async function expectFocusNeverObscured(page, screen, limit = 80) {
  // Start from the top: a throwaway focusable element just before the widget.
  await page.evaluate(() => {
    const start = document.createElement('button');
    start.id = 'zs-test-start';
    document.querySelector('.zs').before(start);
    start.focus();
  });
  let first = null;
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || !el.closest('.zs')) return null;
      const box = el.getBoundingClientRect();
      const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      const labels = el.labels ? [...el.labels] : [];
      const visible = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
      const own = hit !== null && (el === hit || el.contains(hit) || labels.some((l) => l.contains(hit)));
      return { name: el.dataset.testid ?? el.id ?? el.tagName, visible, own, hit: hit?.className ?? hit?.tagName };
    });
    if (stop === null || (first === stop.name && i > 0)) {
      await page.evaluate(() => document.getElementById('zs-test-start')?.remove());
      return i;
    }
    first ??= stop.name;
    expect(stop.visible, `${stop.name} in view on ${screen}`).toBe(true);
    expect(stop.own, `${stop.name} not covered (found ${stop.hit}) on ${screen}`).toBe(true);
  }
  await page.evaluate(() => document.getElementById('zs-test-start')?.remove());
  return limit;
}

/** Nothing to drag (2.5.7) and nothing to type (3.3.7): no draggable element, slider or text field. */
export async function expectNoDraggingOrTyping(page, screen) {
  const found = await page.evaluate(() =>
    [...document.querySelectorAll('.zs [draggable="true"], .zs input[type=range], .zs textarea, .zs [contenteditable], .zs input:not([type=radio]):not([type=checkbox]):not([type=file]):not([type=hidden])')].map(
      (el) => el.outerHTML.slice(0, 80),
    ),
  );
  expect(found, `drag or text entry on ${screen}`).toEqual([]);
}

/** The text-spacing overrides of WCAG 1.4.12, as a bookmarklet would apply them. */
export const TEXT_SPACING = `
  .zs * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  .zs p { margin-bottom: 2em !important; }
`;

/**
 * Everything the text-spacing overrides could cut off: an element that clips its overflow and
 * has more content than room, a control whose text spills out of it, or sideways scrolling.
 */
export async function clippedText(page) {
  return page.evaluate(() => {
    const problems = [];
    for (const el of document.querySelectorAll('.zs *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none') continue;
      // Read by screen readers only (the step label where the heading says the same).
      if (el.closest('.zs-visually-hidden')) continue;
      const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
      const control = el.matches('button, label, legend, th, td');
      if ((clips || control) && (el.scrollWidth > el.clientWidth + 1 || (clips && el.scrollHeight > el.clientHeight + 1))) {
        problems.push(`${el.tagName}.${el.className} ${el.textContent.trim().slice(0, 40)}`);
      }
    }
    if (document.documentElement.scrollWidth > innerWidth) problems.push(`page ${document.documentElement.scrollWidth}px wide`);
    return problems;
  });
}
