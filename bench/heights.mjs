// The height of every screen at 1280×800, in pixels and in screens of 800 px: how much a reader
// has to scroll. Part of `make bench` (printed, never asserted); `node bench/heights.mjs [DIST]`
// measures another build, e.g. an earlier commit's, for a before-and-after.
// Each screen is opened from a saved record (format 3) with every statement answered, so the
// numbers do not depend on clicking through; the results are measured with and without an
// ambition, every <details> closed as the page opens.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'tests/e2e/package.json'));
const { chromium: playwright } = require('@playwright/test');
const { chromium } = await import(join(root, 'tests/e2e/chromium.mjs'));

const dist = process.argv[2] ?? join(root, 'dist');
const PORT = Number(process.env.HEIGHTS_PORT ?? 4391);
const SCREEN = { width: 1280, height: 800 };
const content = JSON.parse(readFileSync(join(root, 'crates/content/scan.json'), 'utf8'));

const server = spawn('node', [join(root, 'tests/e2e/serve.mjs'), String(PORT), dist], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));

const answers = Object.fromEntries(content.statements.map((s, i) => [s.id, (i % 4) + 1]));
for (const o of content.orientation ?? []) answers[o.id] = 1;
const desired = Object.fromEntries(content.areas.map((a) => [a.id, 4]));
const record = (step, withDesired = false) => ({
  v: 3,
  answers,
  desired: withDesired ? desired : {},
  domains: { [content.domains[0].id]: 'experimenting' },
  step,
  lang: 'nl',
  completed: Date.UTC(2026, 10, 1, 12),
});

const browser = await playwright.launch(chromium);
const page = await browser.newPage({ viewport: SCREEN });
const base = `http://127.0.0.1:${PORT}/index.html`;

/** Opens the widget on a saved record (or none) and returns the page height and the heading. */
async function measure(saved) {
  await page.goto(base);
  await page.evaluate((text) => {
    localStorage.clear();
    if (text !== null) localStorage.setItem('zelfscan', text);
  }, saved === null ? null : JSON.stringify(saved));
  await page.goto(base);
  await page.locator('[data-testid=widget] #zs-step-heading').waitFor();
  const heading = (await page.locator('#zs-step-heading').textContent()).trim();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  return { heading, height };
}

const rows = [];
const row = (name, height, note = '') => rows.push({ name, height, note });
row('intro', (await measure(null)).height);
row('domains', (await measure(record('domains'))).height);
const areas = [];
for (const area of content.areas) areas.push((await measure(record(`area:${area.id}`))).height);
const mean = Math.round(areas.reduce((a, b) => a + b, 0) / areas.length);
row('question page, mean', mean, `${Math.min(...areas)} to ${Math.max(...areas)} over ${areas.length}`);
const ambition = await measure(record('ambition'));
// An earlier build without the step falls back to the intro.
if (!ambition.heading.startsWith(content.texts.intro_title.nl)) row('ambition', ambition.height);
else row('ambition', NaN, 'no such step in this build');
row('summary', (await measure(record('summary'))).height);
row('results, no ambition', (await measure(record('results'))).height);
row('results, with ambition', (await measure(record('results', true))).height);
await page.getByTestId('team-toggle').click();
// The team view is the workbench's (its own page since the split; over the results before it).
await page.locator('#zs-step-heading', { hasText: 'Teamoverzicht' }).waitFor();
row('team view, empty', await page.evaluate(() => document.documentElement.scrollHeight));

console.log(`Page heights at ${SCREEN.width}x${SCREEN.height} (${dist})`);
for (const { name, height, note } of rows) {
  const screens = Number.isNaN(height) ? '-' : (height / SCREEN.height).toFixed(1);
  console.log(`${name.padEnd(26)}${String(Number.isNaN(height) ? '-' : height).padStart(7)} px ${screens.padStart(5)} screens  ${note}`);
}
await browser.close();
server.kill();
