// make bench: sizes of dist/ (raw, gzip -9, brotli q11) and browser timings in headless Chromium
// under 4x CPU throttling, for the widget and for a plain HTML+JS page that renders the same
// first questions (the floor). Prints medians over several runs; asserts nothing.
import { spawn } from 'node:child_process';
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
const dist = join(root, 'dist');

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
  const content = JSON.parse(readFileSync(join(root, 'src/content/scan.json'), 'utf8'));
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

// ---------------------------------------------------------------- timings
// Runs inside the page from its first script: clicks "start" and "next" as soon as they work,
// notes when the first answer option is usable, then clicks it and notes when it is saved.
const harness = () => {
  window.__bench = {};
  const clicked = new Set();
  const tick = () => {
    for (const id of ['start', 'next']) {
      const button = document.querySelector(`[data-testid=${id}]`);
      if (button && !clicked.has(id) && button.offsetParent !== null && (id === 'start' || clicked.has('start'))) {
        clicked.add(id);
        button.click();
      }
    }
    const option = document.querySelector('input[data-testid^="answer-"][data-testid$="-3"]');
    if (option && option.offsetParent !== null && clicked.has('next')) {
      window.__bench.ready = performance.now();
      const id = option.dataset.testid.replace(/^answer-/, '').replace(/-3$/, '');
      const t0 = performance.now();
      option.click();
      const saved = () => {
        const record = localStorage.getItem('zelfscan');
        if (record && JSON.parse(record).answers?.[id] === 3) {
          window.__bench.clickToSaved = performance.now() - t0;
        } else {
          setTimeout(saved, 0);
        }
      };
      saved();
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

function serve(port, dir) {
  const server = spawn('node', [join(root, 'tests/e2e/serve.mjs'), String(port), dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => server.stdout.once('data', () => resolve(server)));
}

async function measure(browser, url) {
  const results = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.addInitScript(harness);
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.clickToSaved !== undefined, null, { timeout: 60_000 });
    results.push(await page.evaluate(() => window.__bench));
    await context.close();
  }
  const median = (key) => {
    const sorted = results.map((r) => r[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  return { ready: median('ready'), clickToSaved: median('clickToSaved') };
}

const widgetServer = await serve(4180, dist);
const baselineServer = await serve(4181, baselineDir);
const browser = await playwright.launch({ ...chromium, headless: true });
try {
  const widget = await measure(browser, 'http://127.0.0.1:4180/index.html');
  const floor = await measure(browser, 'http://127.0.0.1:4181/index.html');
  const ms = (n) => `${n.toFixed(1).padStart(8)} ms`;
  console.log(`Browser timings, headless Chromium, ${THROTTLE}x CPU throttling, median of ${RUNS} runs`);
  console.log(`${''.padEnd(22)}${'zelfscan'.padStart(11)}${'plain HTML'.padStart(12)}${'ratio'.padStart(8)}`);
  for (const [label, key] of [['ready', 'ready'], ['click to saved', 'clickToSaved']]) {
    const ratio = widget[key] / Math.max(floor[key], 0.001);
    console.log(`${label.padEnd(22)}${ms(widget[key])}${ms(floor[key])}  ${ratio.toFixed(1)}x`);
  }
} finally {
  await browser.close();
  widgetServer.kill();
  baselineServer.kill();
}
