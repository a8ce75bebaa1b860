// What the embed-*.spec.mjs specs share: the two sites (the widget on 127.0.0.1, host pages on
// localhost), a host server started per spec file, and helpers to look into a widget frame.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { pagesDir } from './host-pages.mjs';

export const widgetPort = Number(process.env.ZELFSCAN_E2E_PORT ?? 4173);
export const hostPort = Number(process.env.ZELFSCAN_HOST_PORT ?? 4175);
/** The widget's dist/, as served by playwright.config.mjs's server. */
export const widget = `http://127.0.0.1:${widgetPort}/`;
export const widgetOrigin = new URL(widget).origin;
/** The host site: another site than the widget's (localhost is not 127.0.0.1). */
export const host = `http://localhost:${hostPort}/`;
export const hostOrigin = new URL(host).origin;
/** The host page's own strict policy, which lets in the widget's script and frame only. */
export const hostPolicy = `default-src 'self'; script-src 'self' ${widgetOrigin}; frame-src ${widgetOrigin}; style-src 'self'`;

/** Starts a static server for the generated host pages on the host site; returns a stopper. */
export async function startHostServer() {
  const serve = fileURLToPath(new URL('../serve.mjs', import.meta.url));
  const server = spawn(process.execPath, [serve, String(hostPort), pagesDir, `--csp=${hostPolicy}`], { stdio: 'ignore' });
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(host);
      return () => server.kill();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  server.kill();
  throw new Error(`the host server did not start on ${host}`);
}

/** The n-th widget iframe on the page: its element (a Locator) and its document (a Frame). */
export async function widgetFrame(page, n = 0) {
  const element = page.locator('[data-zelfscan] iframe').nth(n);
  await expect(element).toBeAttached();
  const frame = await (await element.elementHandle()).contentFrame();
  await expect(frame.locator('#zs-step-heading')).toBeVisible();
  return { element, frame };
}

/** How tall the iframe is, how tall its content is, and whether it scrolls inside. */
export async function heights(element, frame) {
  const outer = await element.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    view: window.innerHeight,
  }));
  return { outer, ...inner };
}

/** Waits until the iframe is as tall as its content (within 2 px) and checks it has no scrollbar.
 * The frame is scrolled into view first, each time, as a visitor would see it: Chromium defers
 * the rendering of a cross-site frame out of view, whose viewport then keeps its old height
 * (seen under load: the element 982 px tall, its window still 150). */
export async function expectFitted(element, frame, screen) {
  let last;
  try {
    await expect
      .poll(async () => {
        await element.scrollIntoViewIfNeeded();
        const h = (last = await heights(element, frame));
        return Math.abs(h.outer - h.content) <= 2 && h.scroll <= h.view + 1;
      }, {
        message: `the iframe fits its content on ${screen}`,
        // A frame fits once its wasm has loaded and rendered: two at once on a busy machine can
        // take far longer than the default five seconds. The condition decides, not the clock.
        timeout: 30_000,
      })
      .toBe(true);
  } catch (error) {
    error.message += `\nlast measured on ${screen}: ${JSON.stringify(last)}`;
    throw error;
  }
  return heights(element, frame);
}

/**
 * Records the `zelfscan:*` events that reach the document of the page on `origin`, from before
 * it loads, with the index of the `[data-zelfscan]` element they came from.
 */
export async function recordHostEvents(page, origin) {
  await page.addInitScript((origin) => {
    if (location.origin !== origin) return;
    window.__zsEvents = [];
    for (const name of ['ready', 'started', 'step', 'completed']) {
      document.addEventListener(`zelfscan:${name}`, (event) => {
        const holders = [...document.querySelectorAll('[data-zelfscan]')];
        window.__zsEvents.push({ type: event.type, detail: event.detail, holder: holders.indexOf(event.target) });
      });
    }
  }, origin);
}

export function hostEvents(page) {
  return page.evaluate(() => window.__zsEvents);
}
