// How the storage specs break the browser's storage before the widget loads: init scripts that
// seed a record, make localStorage throw, refuse writes as a full quota does, or swallow the
// `storage` events of other tabs. Each runs before any of the page's own scripts.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';

export const KEY = 'zelfscan';
export const BACKUP_PREFIX = 'zelfscan.unreadable.';

/** A saved-record fixture from crates/core/tests/fixtures/saved/, as text. */
export function savedFixture(name) {
  return readFileSync(new URL(`../../../crates/core/tests/fixtures/saved/${name}`, import.meta.url), 'utf8');
}

/** Puts `text` under the widget's key before the first load of this page (not on reloads). */
export async function seed(page, text, key = KEY) {
  await page.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('zs-test-seeded') === null) {
        localStorage.setItem(key, text);
        sessionStorage.setItem('zs-test-seeded', '1');
      }
    },
    [key, text],
  );
}

/** Makes `window.localStorage` throw, as a sandboxed or third-party iframe does. */
export async function blockStorage(page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
      },
    });
  });
}

/**
 * Makes setItem throw QuotaExceededError for keys matching `pattern` (a RegExp source) while
 * `window.zsRefuseWrites` is true (it starts true). Reads and removals keep working.
 */
export async function refuseWrites(page, pattern = '.*') {
  await page.addInitScript((pattern) => {
    window.zsRefuseWrites = true;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.zsRefuseWrites && new RegExp(pattern).test(key)) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  }, pattern);
}

/** Swallows every `storage` event before the widget's listener sees it: a tab that missed them. */
/** Waits until a tab made deaf by `missStorageEvents` has swallowed at least `count` events. */
export async function storageEventsSwallowed(page, count = 1) {
  await page.waitForFunction((n) => window.__swallowedStorageEvents >= n, count);
}

export async function missStorageEvents(page) {
  await page.addInitScript(() => {
    window.__swallowedStorageEvents = 0;
    window.addEventListener(
      'storage',
      (event) => {
        event.stopImmediatePropagation();
        window.__swallowedStorageEvents += 1;
      },
      true,
    );
  });
}

/** Opens the widget and waits until the live widget shows its step. */
export async function openWidget(page, path = 'index.html') {
  await page.goto(path);
  // The live widget, not the static first screen: a tab whose wasm runs later would otherwise
  // start from what another tab has saved in the meantime.
  await expect(page.locator('[data-testid=widget] #zs-step-heading')).toBeVisible();
}

/** The raw text under a key, or null. */
export async function storedText(page, key = KEY) {
  return page.evaluate((key) => localStorage.getItem(key), key);
}

/** Every backup key and its text. */
export async function backups(page) {
  return page.evaluate((prefix) => {
    const found = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key.startsWith(prefix)) found[key] = localStorage.getItem(key);
    }
    return found;
  }, BACKUP_PREFIX);
}

/** Clicks `testid` and returns the text of the file it downloads, with its suggested name. */
export async function downloadFrom(page, testid) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** From the intro, to the first area's statements. */
export async function toFirstArea(page) {
  const start = page.getByTestId('start').or(page.getByTestId('continue'));
  await start.first().click();
  await expect(page.getByTestId('next')).toBeVisible();
  if (await page.locator('[data-testid^="statement-"]').count() === 0) {
    await page.getByTestId('next').click();
  }
  await expect(page.locator('[data-testid^="statement-"]').first()).toBeVisible();
}
