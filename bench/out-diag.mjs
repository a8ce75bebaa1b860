import { createRequire } from 'node:module';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
const root = '/work/main/';
const require = createRequire(join(root, 'tests/e2e/package.json'));
const { chromium: playwright } = require('@playwright/test');
const { chromium } = await import(join(root, 'tests/e2e/chromium.mjs'));
const dir = process.argv[2] ?? join(root, 'dist');
const server = spawn('node', [join(root, 'tests/e2e/serve.mjs'), '4190', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await playwright.launch({ ...chromium, headless: true });
const all = [];
for (let i = 0; i < Number(process.argv[3] ?? 5); i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__t = {};
    const mark = (k) => { if (!window.__t[k]) window.__t[k] = performance.now(); };
    new MutationObserver(() => {
      if (document.querySelector('[data-zs-boot=first-screen] h1')) mark('firstScreen');
      if (document.querySelector('[data-testid=widget]')) mark('mounted');
      const s = document.querySelector('[data-zs-boot=first-screen] [data-zs-key=start]');
      if (s && !window.__clicked) { window.__clicked = 1; s.click(); }
      const n = document.querySelector('[data-testid=widget] [data-testid=next]');
      if (n && !window.__n) { window.__n = 1; mark('domains'); n.click(); }
      if (document.querySelector('input[data-testid^="answer-"]')) mark('ready');
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => mark('dcl'));
  });
  await page.goto('http://127.0.0.1:4190/index.html');
  await page.waitForFunction(() => window.__t.ready);
  const out = await page.evaluate(() => ({
    t: window.__t,
    nav: performance.getEntriesByType('navigation').map((n) => ({ responseEnd: n.responseEnd, domInteractive: n.domInteractive, dcl: n.domContentLoadedEventStart }))[0],
    res: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop().slice(0, 28), Math.round(r.startTime), Math.round(r.responseEnd)]),
  }));
  all.push(out.t);
  await context.close();
}
const med = (k) => { const v = all.map((t) => t[k]).sort((a, b) => a - b); return Math.round(v[v.length >> 1]); };
console.log(dir, 'firstScreen', med('firstScreen'), 'dcl', med('dcl'), 'mounted', med('mounted'), 'ready', med('ready'));
await browser.close();
server.kill();
