// The facilitator's workbench (team overview, history) is a page of its own, workbench.html,
// with its own wasm: a respondent's widget never downloads it. The widget opens it in the same
// window, in a frame in that same frame (with the frame's settings), and from the mount way on
// the widget's own site with a way back to the page it came from.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { ScanPage, STORAGE_KEY } from '../lib/scan-page.mjs';
import { adapt, snippet, writeHostPage } from '../lib/host-pages.mjs';
import { host, hostOrigin, startHostServer, expectFitted, widget, widgetFrame } from '../lib/embed.mjs';
import { T } from '../lib/texts.mjs';

const content = ScanPage.content();

test.use({ allowedOrigins: [hostOrigin] });

let stopHost;
test.beforeAll(async () => {
  stopHost = await startHostServer();
});
test.afterAll(() => stopHost?.());

/** The wasm files a page fetched, by their name without the hash: `zelfscan` (the widget's
 * questions), `results` (the widget with its results) or `workbench`. */
function wasmFetched(page) {
  const seen = new Set();
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    const found = name.match(/^([a-z]+)-[0-9a-f]+_bg\.wasm$/);
    if (found) seen.add(found[1]);
  });
  return seen;
}

test('a respondent walking to the results never fetches the workbench; the workbench fetches only its own wasm', async ({ page, scan }) => {
  test.setTimeout(120_000);
  const fetched = wasmFetched(page);
  // Every statement answered, on the results step: the page a respondent ends on; one scan
  // completed earlier is kept.
  const answers = Object.fromEntries(content.statements.map((s) => [s.id, 3]));
  const completed = Date.UTC(2026, 10, 2, 12);
  const history = [{ completed, added: completed, answers }];
  await page.addInitScript(([key, record]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, record);
      sessionStorage.setItem('seeded', '1');
    }
  }, [STORAGE_KEY, JSON.stringify({ v: 4, answers, step: 'results', lang: 'nl', history })]);
  await scan.open();
  await scan.expectStep(T.ResultsTitle.nl);
  await expect(scan.testid('headline')).toBeVisible();
  // A page that opens on the results starts the results' bundle; index.html preloads the
  // questions' bundle, which every other visit starts with. Never the workbench.
  expect([...fetched].sort()).toEqual(['results', 'zelfscan']);

  fetched.clear();
  await scan.testid('team-toggle').click();
  await scan.expectStep(T.TeamTitle.nl);
  await expect(page).toHaveURL(/\/workbench\.html#view=team$/);
  expect([...fetched]).toEqual(['workbench']);
  // The workbench reads the same stored record: the answers are there to compare.
  await scan.testid('workbench-switch').click();
  await scan.expectStep(T.HistoryTitle.nl);
  await expect(scan.heading).toBeFocused();
  await expect(scan.testid('kept-1')).toContainText('2 november 2026');
  await expectAccessible(page, 'workbench, history');
  await scan.testid('workbench-switch').click();
  await scan.expectStep(T.TeamTitle.nl);

  // Back to the scan: the widget's own page, on the step the person left.
  await scan.testid('workbench-back').click();
  await expect(page).toHaveURL(/\/index\.html$/);
  await scan.expectStep(T.ResultsTitle.nl);
});

test('in a frame of another site the workbench opens in that frame with the frame\'s settings, and comes back there', async ({ page }) => {
  test.setTimeout(120_000);
  const hostPage = host + writeHostPage('frame-workbench.html', adapt(snippet('iframe'), widget, { 'data-lang': 'en', 'data-theme': 'dark' }));
  await page.goto(hostPage);
  const { element, frame } = await widgetFrame(page);
  await expect(frame.getByTestId('start')).toHaveText('Start the scan');
  await frame.getByTestId('team-toggle').click();
  await expect(frame.locator('#zs-step-heading')).toHaveText(T.TeamTitle.en);
  // The frame navigated, the host page did not.
  expect(page.url()).toBe(hostPage);
  expect(frame.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/workbench\.html#/);
  const fragment = new URLSearchParams(new URL(frame.url()).hash.slice(1));
  expect(fragment.get('lang')).toBe('en');
  expect(fragment.get('theme')).toBe('dark');
  expect(fragment.get('page')).toBe(hostPage);
  expect(fragment.get('view')).toBe('team');
  // The host's dark theme holds on the workbench too, and the frame fits it.
  await expect(frame.getByTestId('workbench')).toHaveClass(/\bzs--dark\b/);
  await expectFitted(element, frame, 'workbench');
  await expectAccessible(page, 'workbench in a frame');

  await frame.getByTestId('workbench-back').click();
  await expect(frame.getByTestId('start')).toHaveText('Start the scan');
  expect(page.url()).toBe(hostPage);
  expect(new URL(frame.url()).pathname).toBe('/index.html');
  await expectFitted(element, frame, 'the widget again');
});

test('mounted in a page of its own site, the widget opens the workbench beside its files and the way back leads to that page', async ({ page, scan }) => {
  test.setTimeout(120_000);
  const mountPage = `${widget}pages/${writeHostPage('mount-workbench.html', adapt(snippet('mount'), widget, {}))}`;
  await page.goto(mountPage);
  await expect(page.locator('[data-testid=widget] #zs-step-heading')).toBeVisible();
  await scan.testid('team-toggle').click();
  await scan.expectStep(T.TeamTitle.nl);
  expect(page.url()).toBe(`${widget}workbench.html#view=team&back=${encodeURIComponent(mountPage)}`);
  await expect(scan.testid('workbench-back')).toHaveAttribute('href', mountPage);
  await scan.testid('workbench-back').click();
  await expect(page).toHaveURL(mountPage);
  await expect(page.locator('[data-testid=widget] #zs-step-heading')).toBeVisible();
});

test('a crafted way back to another site is not followed: the workbench leads to the widget\'s own page', async ({ page, scan }) => {
  await page.goto(`workbench.html#view=history&back=${encodeURIComponent('https://evil.example/')}`);
  await scan.expectStep(T.HistoryTitle.nl);
  await expect(scan.testid('workbench-back')).toHaveAttribute('href', `${widget}index.html`);
});
