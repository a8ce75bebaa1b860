// make bench: sizes of dist/ (raw, gzip -9, brotli q11), browser timings in headless Chromium
// under 4x CPU throttling for the widget and for a plain HTML+JS page that renders the same
// first questions (the floor), the engine's timings in wasm, and each budget with PASS or OVER.
// Prints medians over several runs; it never fails a build (`make test` does not run it).
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'tests/e2e/package.json'));
const { chromium: playwright } = require('@playwright/test');
const { chromium } = await import(join(root, 'tests/e2e/chromium.mjs'));

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const THROTTLE = 4;
// Clicks timed per page load (one per statement of the first area).
const CLICKS = 5;
// Page loads per page for the clicks: a click's time spreads more between loads than a load's
// own timings do (the same code measured 0.70x to 1.18x on 7 loads), and a load takes about a
// second here, so the clicks take three times as many.
const CLICK_RUNS = Number(process.env.BENCH_CLICK_RUNS ?? 3 * RUNS);
// BENCH_DIST measures another build of the widget, e.g. an experiment.
const dist = process.env.BENCH_DIST ?? join(root, 'dist');

// ---------------------------------------------------------------- sizes
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`Sizes of dist/ (KiB)\n${'file'.padEnd(44)}${'raw'.padStart(8)}${'gzip-9'.padStart(8)}${'br-11'.padStart(8)}`);
const total = { raw: 0, gz: 0, br: 0 };
for (const path of files(dist).sort()) {
  const body = readFileSync(path);
  const raw = body.length;
  const gz = gzipSync(body, { level: 9 }).length;
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw },
  }).length;
  total.raw += raw;
  total.gz += gz;
  total.br += br;
  console.log(`${relative(dist, path).padEnd(44)}${kb(raw)}${kb(gz)}${kb(br)}`);
}
console.log(`${'total'.padEnd(44)}${kb(total.raw)}${kb(total.gz)}${kb(total.br)}\n`);

// ---------------------------------------------------------------- the floor: plain HTML + JS
// The same intro, domains step and first area's statements, as static HTML with a few lines
// of script that save answers to localStorage.
function baselinePage() {
  const content = JSON.parse(readFileSync(join(root, 'crates/content/scan.json'), 'utf8'));
  const area = content.areas[0];
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const statements = content.statements.filter((s) => s.area === area.id);
  const fieldsets = statements
    .map((s) => {
      const options = s.options
        .map(
          (o, i) =>
            `<div><input type="radio" id="${s.id}-${i + 1}" name="${s.id}" value="${i + 1}" data-testid="answer-${s.id}-${i + 1}"><label for="${s.id}-${i + 1}">${esc(o.nl)}</label></div>`,
        )
        .join('');
      return `<fieldset data-testid="statement-${s.id}"><legend>${esc(s.text.nl)}</legend>${options}</fieldset>`;
    })
    .join('\n');
  const domains = content.domains
    .map((d) => `<div><input type="checkbox" id="d-${d.id}"><label for="d-${d.id}">${esc(d.name.nl)}</label></div>`)
    .join('');
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>baseline</title><link rel="icon" href="data:,"></head><body>
<section id="intro"><h1>${esc(content.texts.intro_title.nl)}</h1><p>${esc(content.texts.intro.nl)}</p><button data-testid="start">Start</button></section>
<section id="domains" hidden><h1>Vakdomeinen</h1><fieldset><legend>Kies</legend>${domains}</fieldset><button data-testid="next">Volgende</button></section>
<section id="area" hidden><h1>${esc(area.name.nl)}</h1>${fieldsets}</section>
<script>
const state = JSON.parse(localStorage.getItem('zelfscan') || '{"v":1,"answers":{}}');
const show = (id) => document.querySelectorAll('section').forEach((s) => (s.hidden = s.id !== id));
document.querySelector('[data-testid=start]').onclick = () => show('domains');
document.querySelector('[data-testid=next]').onclick = () => show('area');
document.addEventListener('change', (e) => {
  if (e.target.type !== 'radio') return;
  state.answers[e.target.name] = Number(e.target.value);
  localStorage.setItem('zelfscan', JSON.stringify(state));
});
</script></body></html>`;
}

const baselineDir = join(root, 'bench/out/baseline');
mkdirSync(baselineDir, { recursive: true });
writeFileSync(join(baselineDir, 'index.html'), baselinePage());

// ---------------------------------------------------------------- the styled copy
// The widget's own first area step, its DOM as the widget renders it and its stylesheet, as a
// static page whose few lines of plain JS save the answer and update the count, as the widget
// does. Its clicks show what the page's look costs, apart from the wasm and Leptos.
async function styledCopy(browser, widgetUrl, dir) {
  const page = await browser.newPage();
  await page.goto(widgetUrl);
  await page.getByTestId('start').click();
  await page.getByTestId('next').click();
  await page.locator('input[data-testid^="answer-"][data-testid$="-3"]').first().waitFor();
  const widgetHtml = await page.evaluate(() => document.querySelector('[data-zelfscan]').outerHTML);
  const css = await page.evaluate(() => [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.href)[0]);
  await page.close();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'zelfscan.css'), readFileSync(join(dist, new URL(css).pathname.split('/').pop())));
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>styled copy</title><link rel="icon" href="data:,"><link rel="stylesheet" href="zelfscan.css"></head><body class="zs-page">
<p><button data-testid="start" type="button">start</button> <button data-testid="next" type="button">next</button></p>
${widgetHtml}
<script>
const state = { v: 1, answers: {} };
const count = document.querySelector('[data-testid=answered]');
const total = document.querySelectorAll('[data-testid^="statement-"]').length;
document.addEventListener('change', (e) => {
  if (e.target.type !== 'radio' || !e.target.name.startsWith('answer-')) return;
  const id = e.target.name.slice('answer-'.length);
  state.answers[id] = Number(e.target.dataset.testid.split('-').pop());
  localStorage.setItem('zelfscan', JSON.stringify(state));
  count.textContent = 'Stellingen beantwoord: ' + Object.keys(state.answers).length + ' van ' + total;
});
</script></body></html>`);
}

// ---------------------------------------------------------------- the styled intro
// The widget's first screen as it is built into dist/index.html, with its stylesheet and no
// script at all: what the look of that screen takes on its own, beside the plain floor (whose
// intro has no stylesheet, fewer elements and less text), for reading "first screen shown".
function styledIntro(dir) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const intro = /<template data-zs-first-screen="intro">([\s\S]*?)<\/template>/.exec(html)?.[1];
  const css = /<link rel="stylesheet" href="\.\/([^"]+\.css)"/.exec(html)?.[1];
  if (!intro || !css) throw new Error('dist/index.html has no intro template or no stylesheet');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, css), readFileSync(join(dist, css)));
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>styled intro</title><link rel="icon" href="data:,"><link rel="stylesheet" href="${css}"></head><body class="zs-page">
<div data-zelfscan>${intro}</div>
</body></html>`);
}

// ---------------------------------------------------------------- timings
// Runs inside the page from its first script: notes when the first screen's heading is shown,
// clicks "start" and "next" as soon as they are shown (untrusted clicks, so the answer below is
// the page's first real input), and notes when the first answer option is usable. "Start" is
// also the static first screen's, which the widget keeps for when it runs (embed.js), as a
// visitor would click it.
const harness = () => {
  window.__bench = {};
  const clicked = new Set();
  const selector = {
    start: '[data-testid=start], [data-zs-boot=first-screen] [data-zs-key=start]',
    next: '[data-testid=next], [data-zs-boot=first-screen] [data-zs-key=next]',
  };
  const tick = () => {
    // Noted once: later changes to the page (the live widget replacing the static screens) do
    // not move it.
    if (window.__bench.ready !== undefined) return;
    const heading = document.querySelector('h1');
    if (window.__bench.heading === undefined && heading && heading.offsetParent !== null) {
      window.__bench.heading = performance.now();
    }
    // The workbench is ready when its live view's heading is shown.
    const workbench = document.querySelector('[data-testid=workbench] h1');
    if (workbench && workbench.offsetParent !== null) {
      window.__bench.ready = performance.now();
      return;
    }
    for (const id of ['start', 'next']) {
      const button = document.querySelector(selector[id]);
      if (button && !clicked.has(id) && button.offsetParent !== null && (id === 'start' || clicked.has('start'))) {
        clicked.add(id);
        button.click();
      }
    }
    const option = document.querySelector('input[data-testid^="answer-"][data-testid$="-3"], [data-zs-boot=first-screen] input[data-zs-key^="answer-"][data-zs-key$="-3"]');
    if (option && option.offsetParent !== null && clicked.has('next')) {
      window.__bench.ready = performance.now();
      return;
    }
    setTimeout(tick, 1);
  };
  const observer = new MutationObserver(tick);
  document.addEventListener('DOMContentLoaded', () => {
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    tick();
  });
};

// After a real pointer click on `testid` (an answer's option 3): the time from the click (the
// event's own time stamp, taken from the mouse button's release) until the frame that shows the
// checked button has been painted while the answer is in localStorage. "Painted": once both
// are true after the click's handlers, the next animation frame has run, and a task posted
// from it, which runs after that frame's paint.
const watchClick = (testid) => {
  const input = document.querySelector(`[data-testid="${testid}"]`);
  const id = testid.replace(/^answer-/, '').replace(/-3$/, '');
  // A task soon after this one, without the 4 ms clamp that nested timers get.
  const soon = (f) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = f;
    channel.port2.postMessage(null);
  };
  window.__click = new Promise((resolve) => {
    const saved = () => {
      const record = localStorage.getItem('zelfscan');
      return record !== null && JSON.parse(record).answers?.[id] === 3;
    };
    window.addEventListener(
      'click',
      (event) => {
        const clicked = event.timeStamp;
        const after = () => {
          if (input.checked && saved()) {
            requestAnimationFrame(() => soon(() => resolve(performance.now() - clicked)));
          } else {
            soon(after);
          }
        };
        // After every handler of this click (the widget saves in its own).
        soon(after);
      },
      { capture: true, once: true },
    );
  });
};

function serve(port, dir) {
  const server = spawn('node', [join(root, 'tests/e2e/serve.mjs'), String(port), dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => server.stdout.once('data', () => resolve(server)));
}

/** One run: the first heading shown and ready under CPU throttling, and the bytes fetched until
 * ready; with `until` 'heading', only until the first heading is shown. */
async function run(browser, url, until = 'ready') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript(harness);
  const origin = new URL(url).origin;
  const fetched = [];
  page.on('response', (response) => {
    if (new URL(response.url()).origin === origin) fetched.push(response);
  });
  await page.goto(url);
  await page.waitForFunction((key) => window.__bench?.[key] !== undefined, until, { timeout: 60_000 });
  const { ready, heading } = await page.evaluate(() => window.__bench);
  let firstScreenBr = 0;
  const files = [];
  for (const response of fetched) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const br = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length;
    firstScreenBr += br;
    files.push(new URL(response.url()).pathname);
  }
  await context.close();
  return { ready, heading, firstScreenBr, files };
}

/** One run from the summary (every statement answered, seeded) to the results table shown,
 * under CPU throttling: the time from the click on "show the result". With `ahead`, the click
 * comes once the results' bundle, which the summary loads ahead, has been downloaded (a visitor
 * reads the summary first). */
async function toResults(browser, url, ahead) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const content = JSON.parse(readFileSync(join(root, 'crates/content/scan.json'), 'utf8'));
  const answers = Object.fromEntries(content.statements.map((s, i) => [s.id, 1 + (i % 5)]));
  await page.addInitScript((record) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('zelfscan', record);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify({ v: 4, answers, step: 'summary', lang: 'nl' }));
  const loaded = ahead && page.waitForResponse((r) => /\/results-[0-9a-f]+_bg\.wasm$/.test(r.url()));
  await page.goto(url);
  await page.locator('[data-testid=widget] [data-testid=next]').waitFor();
  if (loaded) await (await loaded).finished();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const took = await page.evaluate(() => new Promise((resolve) => {
    const started = performance.now();
    const seen = () => {
      const table = document.querySelector('[data-testid=results-table]');
      if (table && table.offsetParent !== null) {
        observer.disconnect();
        resolve(performance.now() - started);
      }
    };
    const observer = new MutationObserver(seen);
    observer.observe(document.body, { childList: true, subtree: true });
    document.querySelector('[data-testid=next]').click();
  }));
  await context.close();
  return took;
}

/** One run of real clicks on the first answers, at the machine's own speed, in `clicker`: the
 * time of each, for up to CLICKS statements of the first area. */
async function click(clicker, url) {
  const context = await clicker.newContext();
  const page = await context.newPage();
  await page.addInitScript(harness);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.ready !== undefined, null, { timeout: 60_000 });
  // The clicks are the live widget's: ready may have come on the static first area, whose
  // answers are saved only once the widget runs.
  await page.waitForFunction(() => document.querySelector('input[data-testid^="answer-"][data-testid$="-3"]'), null, { timeout: 60_000 });
  const options = await page.evaluate((n) =>
    [...document.querySelectorAll('input[data-testid^="answer-"][data-testid$="-3"]')].slice(0, n).map((o) => o.dataset.testid), CLICKS);
  const times = [];
  for (const option of options) {
    await page.getByTestId(option).scrollIntoViewIfNeeded();
    await page.evaluate(watchClick, option);
    const box = await page.getByTestId(option).boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    times.push(await page.evaluate(() => Promise.race([window.__click, new Promise((_, no) => setTimeout(() => no(new Error('the click was not seen')), 10_000))])));
  }
  await context.close();
  return times;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// The engine in wasm: the `wasm:` lines of tests/wasm_timing.rs, release build, in Chromium.
function wasmTimings() {
  const out = execFileSync(
    'cargo',
    ['test', '--release', '--target', 'wasm32-unknown-unknown', '--test', 'wasm_timing', '--', '--nocapture'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER: 'wasm-bindgen-test-runner' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return out.split('\n').filter((line) => line.startsWith('wasm:'));
}

const widgetServer = await serve(4180, dist);
const baselineServer = await serve(4181, baselineDir);
const styledDir = join(root, 'bench/out/styled');
const browser = await playwright.launch({ ...chromium, headless: true });
// The clicks run in a browser whose frames are painted as soon as they are ready, not at a
// 60 Hz vsync: a click is timed until its change is painted, and waiting for the display's next
// refresh (up to 16.7 ms, the same for any page) would time the display, not the page.
const clicker = await playwright.launch({
  ...chromium,
  args: [...chromium.args, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
  headless: true,
});
const widget = [];
const floor = [];
const workbench = [];
const widgetClicks = [];
const floorClicks = [];
const styledClicks = [];
const intro = [];
const introDir = join(root, 'bench/out/styled-intro');
styledIntro(introDir);
const introServer = await serve(4185, introDir);
let styledServer;
try {
  await styledCopy(browser, 'http://127.0.0.1:4180/index.html', styledDir);
  styledServer = await serve(4182, styledDir);
  // Alternate the two pages, so that a busy moment of the machine hits both alike.
  for (let i = 0; i < RUNS; i += 1) {
    widget.push(await run(browser, 'http://127.0.0.1:4180/index.html'));
    floor.push(await run(browser, 'http://127.0.0.1:4181/index.html'));
    workbench.push(await run(browser, 'http://127.0.0.1:4180/workbench.html'));
    intro.push(await run(browser, 'http://127.0.0.1:4185/index.html', 'heading'));
  }
  for (let i = 0; i < CLICK_RUNS; i += 1) {
    widgetClicks.push(...(await click(clicker, 'http://127.0.0.1:4180/index.html')));
    floorClicks.push(...(await click(clicker, 'http://127.0.0.1:4181/index.html')));
    styledClicks.push(...(await click(clicker, 'http://127.0.0.1:4182/index.html')));
  }
} finally {
  await browser.close();
  await clicker.close();
  widgetServer.kill();
  baselineServer.kill();
  introServer.kill();
  styledServer?.kill();
}

const ms = (n) => `${n.toFixed(1).padStart(8)} ms`;
const w = (key) => median(widget.map((r) => r[key]));
const f = (key) => median(floor.map((r) => r[key]));
console.log(`Browser timings, headless Chromium, ${THROTTLE}x CPU throttling, median of ${RUNS} alternating runs`);
console.log(`${''.padEnd(30)}${'zelfscan'.padStart(11)}${'plain HTML'.padStart(12)}`);
console.log(`${'first screen shown'.padEnd(30)}${ms(w('heading'))}${ms(f('heading'))}`);
console.log(`${'ready'.padEnd(30)}${ms(w('ready'))}${ms(f('ready'))}`);
console.log(`  the widget's intro as static HTML with its stylesheet and no script: first screen shown ` +
  `${ms(median(intro.map((r) => r.heading)))}, ${median(intro.map((r, i) => r.heading / floor[i].heading)).toFixed(2)}x the plain floor (median of pairs)`);
console.log(`${'real click to painted+saved *'.padEnd(30)}${ms(median(widgetClicks))}${ms(median(floorClicks))}`);
console.log(`* without CPU throttling, frames not held to a 60 Hz vsync; median of ${widgetClicks.length} and ${floorClicks.length} clicks`);
console.log(`  on a static copy of the widget's first area (its DOM and stylesheet, plain JS): ${median(styledClicks).toFixed(1)} ms (${styledClicks.length} clicks)`);
console.log(`First screen fetches: ${widget[0].files.join(', ')}`);
console.log(`The facilitator's workbench (workbench.html): ready (its heading shown) ${ms(median(workbench.map((r) => r.ready)))}, ` +
  `${(median(workbench.map((r) => r.firstScreenBr)) / 1024).toFixed(1)} KiB brotli fetched: ${workbench[0].files.join(', ')}\n`);

// The same build without the splits: one wasm for the widget with its results and the
// workbench's code kept in it (feature `unsplit`), everything else as fetched above.
const unsplitDir = join(root, 'target/dist-unsplit');
execFileSync('trunk', ['build', '--release', '--features', 'unsplit', '--dist', unsplitDir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const wasmOf = (dir, name = 'zelfscan') => files(dir).find((p) => new RegExp(`/${name}-[0-9a-f]+_bg\\.wasm$`).test(p));
const brOf = (path) => {
  const body = readFileSync(path);
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length;
};
const fetchedSplit = median(widget.map((r) => r.firstScreenBr));
const fetchedUnsplit = fetchedSplit - brOf(wasmOf(dist)) + brOf(wasmOf(unsplitDir));
console.log(`Bytes fetched until ready without the splits (one wasm with the results and the workbench): ${(fetchedUnsplit / 1024).toFixed(1)} KiB brotli`);

// What the split costs where the results are reached: the results' bundle, fetched on the
// summary, and the time from "show the result" there to the results table shown, under the same
// throttling, against the unsplit build, whose one wasm renders them at once.
const handoverUnsplit = [];
const handoverSplit = [];
const again = await playwright.launch({ ...chromium, headless: true });
const splitServer = await serve(4184, dist);
const unsplitServer = await serve(4183, unsplitDir);
try {
  for (let i = 0; i < RUNS; i++) {
    handoverSplit.push(await toResults(again, 'http://127.0.0.1:4184/index.html', true));
    handoverUnsplit.push(await toResults(again, 'http://127.0.0.1:4183/index.html'));
  }
} finally {
  await again.close();
  splitServer.kill();
  unsplitServer.kill();
}
console.log(`Reaching the results: the results' bundle ${(brOf(wasmOf(dist, 'results')) / 1024).toFixed(1)} KiB brotli, fetched on the summary; ` +
  `"show the result" to the results shown ${ms(median(handoverSplit))} (one wasm: ${ms(median(handoverUnsplit))}), median of ${RUNS}\n`);

const engine = wasmTimings();
console.log(`Engine in wasm, headless Chromium (release):\n${engine.join('\n')}\n`);
const engineMs = Number(/score one full scan \+ aggregate 50 answer sets: ([\d.]+) µs/.exec(engine.join('\n'))?.[1]) / 1000;

const readyRatio = median(widget.map((r, i) => r.ready / floor[i].ready));
const shownRatio = median(widget.map((r, i) => r.heading / floor[i].heading));
// Issue 19's budgets (issue 9's 90 KiB, 1.6x and 8 ms were below what this stack and page can
// reach, and are withdrawn). The bytes budget has two parts: at most 220 KiB, and at least 30 KiB
// less than the same build without the facilitator's workbench split off.
const budgets = [
  ['bytes fetched until ready (brotli)', fetchedSplit / 1024, 220, 'KiB'],
  ['bytes saved by the splits', (fetchedUnsplit - fetchedSplit) / 1024, 30, 'KiB', 'at least'],
  ['first screen shown / plain floor', shownRatio, 1.3, 'x'],
  ['ready / plain floor (median of pairs)', readyRatio, 2.5, 'x'],
  ['real click / same click, static copy', median(widgetClicks) / median(styledClicks), 1.15, 'x'],
  ['score full scan + aggregate 50 (wasm)', engineMs, 5, 'ms'],
];
console.log('Budgets');
for (const [label, value, limit, unit, bound = 'at most'] of budgets) {
  const within = bound === 'at least' ? value >= limit : value <= limit;
  const verdict = Number.isFinite(value) && within ? 'PASS' : 'OVER';
  console.log(`${label.padEnd(40)}${value.toFixed(2).padStart(9)} ${unit.padEnd(3)} budget ${bound.padEnd(8)} ${String(limit).padStart(4)} ${unit.padEnd(3)} ${verdict}`);
}
