// The widget in the engines Playwright does not drive here: WebKit (Safari's engine, as WebKitGTK's
// MiniBrowser) and Gecko (Firefox ESR), over W3C WebDriver with a small client on plain fetch.
// `make engines` runs it after `make build` and `scripts/setup.sh engines`; not part of `make test`.
//
//   node tests/engines/check.mjs [webkit] [firefox] [chromium] [--only=TEXT] [--break=NAME]
//
// Per engine it checks what differs between engines: the widget starts and keeps an answer given
// with a real click in localStorage across a reload (without and with the strict CSP); the iframe
// way across two sites fits the frame to its step; the mount way starts in the page; a sandboxed
// frame runs in memory under README's sandbox policy; the own page without the shield's revert
// has the same computed styles as with it; a result link shows the read-only view;
// "show the result" on the summary starts the results' bundle in place of the questions' with
// the answers; the results step prints (W3C "Print Page") with the report's texts and without the screen's
// controls. Where the driver speaks WebDriver BiDi (geckodriver) any console error fails a check.
// Each prints PASS, FAIL or UNSUPPORTED; the exit code is 1 on any FAIL.
//
// --only=TEXT runs the checks whose name contains TEXT. --break=NAME breaks one input to show
// that its check can fail: storage-key, code, frame-script, mount-script, sandbox-cors,
// sandbox-policy (WebKit only), results-bundle, first-screens, shield, print-step, print-controls, console
// (BiDi only).
//
// Ports: ZELFSCAN_ENGINES_PORT (default 4200; 4190 is on the Fetch standard's list of bad ports, which Node's fetch and the browsers refuse) and the five after it: the widget without and
// with the CSP, the host site, the driver, the widget with README's policy for sandboxed frames,
// the widget with its wasm held 4 s.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adapt, pagesDir, snippet, writeHostPage } from '../e2e/lib/host-pages.mjs';
import { chromium as chromiumFlags } from '../e2e/chromium.mjs';
import { T } from '../e2e/lib/texts.mjs';
import { compareWithShield } from '../e2e/lib/shield.mjs';

// Node 20 has WebSocket (for WebDriver BiDi's console log) only behind a flag: run again with it.
if (typeof WebSocket === 'undefined' && !process.env.ZELFSCAN_ENGINES_NO_BIDI) {
  const again = spawnSync(process.execPath, ['--experimental-websocket', ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, ZELFSCAN_ENGINES_NO_BIDI: '1' },
  });
  process.exit(again.status ?? 1);
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const tools = process.env.ZELFSCAN_TOOLS ?? join(process.env.HOME, '.cache/zelfscan/tools');
const base = Number(process.env.ZELFSCAN_ENGINES_PORT ?? 4200);
const ports = { plain: base, csp: base + 1, host: base + 2, driver: base + 3, sandbox: base + 4, slow: base + 5 };
const args = process.argv.slice(2);
const broken = (args.find((a) => a.startsWith('--break=')) ?? '').slice('--break='.length);
const only = (args.find((a) => a.startsWith('--only=')) ?? '').slice('--only='.length);
const wanted = args.filter((a) => !a.startsWith('--'));
const content = JSON.parse(readFileSync(join(root, 'crates/content/scan.json'), 'utf8'));
const STORAGE_KEY = broken === 'storage-key' ? 'zelfscan-broken' : 'zelfscan';
const WAIT = 30_000;

// ---------------------------------------------------------------------------------------------
// The engines. Each names its driver command and the capabilities of a headless session.

function dpkgFile(pkg, pattern) {
  try {
    return execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8' }).split('\n').find((line) => pattern.test(line));
  } catch {
    return undefined;
  }
}

function version(command, flag = '--version') {
  try {
    return execFileSync(command[0], [...command.slice(1), flag], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n')[0];
  } catch (e) {
    return `unknown (${e.message.split('\n')[0]})`;
  }
}

const engines = {
  webkit: () => {
    const browser = dpkgFile('libwebkit2gtk-4.1-0', /\/MiniBrowser$/) ?? dpkgFile('webkit2gtk-driver', /\/MiniBrowser$/);
    if (!browser) return { missing: 'MiniBrowser (apt webkit2gtk-driver); run scripts/setup.sh engines' };
    return {
      // MiniBrowser needs a display even when headless: xvfb-run gives it a virtual one.
      command: ['xvfb-run', '-a', 'WebKitWebDriver', `--port=${ports.driver}`],
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: browser, args: ['--automation']  },
      },
      version: () => `WebKitGTK ${dpkgVersion('libwebkit2gtk-4.1-0')} (MiniBrowser, WebKitWebDriver of webkit2gtk-driver ${dpkgVersion('webkit2gtk-driver')})`,
    };
  },
  // The baseline, not run by default (Playwright covers Chromium): the same checks in Debian's
  // Chromium, with the flags tests/e2e/chromium.mjs gives, show what the others differ from.
  chromium: () => ({
    command: [process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver', `--port=${ports.driver}`],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': { binary: chromiumFlags.executablePath, args: [...chromiumFlags.args, '--headless=new'] },
    },
    version: () => `${version([chromiumFlags.executablePath])}, ${version([process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver'])}`,
  }),
  firefox: () => {
    const geckodriver = join(tools, 'bin/geckodriver');
    return {
      command: [geckodriver, `--port=${ports.driver}`],
      capabilities: {
        browserName: 'firefox',
        // WebDriver BiDi, for the console (WebKitWebDriver 2.50 refuses this capability).
        webSocketUrl: true,
        'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'], prefs: { 'intl.accept_languages': 'nl' } },
      },
      version: () => `${version(['/usr/bin/firefox-esr'])}, ${version([geckodriver])}`,
    };
  },
};

function dpkgVersion(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
  } catch {
    return 'unknown';
  }
}

// ---------------------------------------------------------------------------------------------
// A W3C WebDriver client: just the commands the checks use.

const ELEMENT = 'element-6066-11e4-a52e-4f735fa0fe6b';

class Session {
  constructor(url, id) {
    this.url = url;
    this.id = id;
  }

  static async start(url, capabilities) {
    const answer = await call(url, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    const session = new Session(url, answer.sessionId);
    session.capabilities = answer.capabilities;
    await session.listen();
    return session;
  }

  /**
   * Where the driver speaks WebDriver BiDi, collects the console's errors (and the engine's own
   * error reports, such as CSP violations) from the first page load on into consoleErrors;
   * otherwise leaves it undefined. Setting consoleErrors to null stops collecting.
   */
  async listen() {
    const address = this.capabilities?.webSocketUrl;
    if (typeof address !== 'string' || typeof WebSocket === 'undefined') return;
    const socket = new WebSocket(address);
    await new Promise((resolve, reject) => {
      socket.onopen = resolve;
      socket.onerror = () => reject(new Error(`WebDriver BiDi at ${address} did not open`));
    });
    this.socket = socket;
    this.consoleErrors = [];
    this.markers = new Map();
    const subscribed = new Promise((resolve) => {
      socket.onmessage = (message) => {
        const data = JSON.parse(message.data);
        if (data.id === 1) resolve();
        if (data.method !== 'log.entryAdded') return;
        this.markers.get(data.params.text)?.();
        if (data.params.level === 'error' && this.consoleErrors) {
          this.consoleErrors.push(`${data.params.type}: ${data.params.text}`);
        }
      };
    });
    socket.send(JSON.stringify({ id: 1, method: 'session.subscribe', params: { events: ['log.entryAdded'] } }));
    await subscribed;
  }

  cmd(method, path, body) {
    return call(this.url, method, `/session/${this.id}${path}`, body);
  }

  /**
   * Waits until every console entry the page wrote so far has arrived over BiDi: writes a
   * marker to the console and waits for it, as BiDi delivers a context's entries in order.
   * A condition, not a pause, so a slow machine waits longer and a fast one not at all.
   */
  async flushConsole() {
    const marker = `zelfscan-console-marker-${Date.now()}-${Math.random()}`;
    const arrived = new Promise((resolve) => this.markers.set(marker, resolve));
    await this.run('console.info(arguments[0]);', marker);
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('the console marker never arrived over BiDi')), WAIT);
    });
    try {
      await Promise.race([arrived, late]);
    } finally {
      clearTimeout(timer);
      this.markers.delete(marker);
    }
  }

  navigate(url) {
    return this.cmd('POST', '/url', { url });
  }

  /** Runs `script` (a function body) in the current browsing context with `args`. */
  run(script, ...args) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  async find(css) {
    const found = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return found.length > 0 ? found[0] : null;
  }

  click(element) {
    return this.cmd('POST', `/element/${element[ELEMENT] ?? Object.values(element)[0]}/click`, {});
  }

  /** Switches into the frame `element`, or back to the top document with null. */
  frame(element) {
    return this.cmd('POST', '/frame', { id: element });
  }

  async screenshot(file) {
    mkdirSync(join(root, 'target/engines'), { recursive: true });
    writeFileSync(join(root, 'target/engines', file), Buffer.from(await this.cmd('GET', '/screenshot'), 'base64'));
  }

  print(options) {
    return this.cmd('POST', '/print', options);
  }

  close() {
    this.socket?.close();
    return this.cmd('DELETE', '', undefined).catch(() => {});
  }
}

async function call(url, method, path, body) {
  const response = await fetch(url + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A driver that hangs (a browser that cannot start) fails the check instead of the run.
    signal: AbortSignal.timeout(90_000),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${method} ${path}: HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  if (!response.ok || (json.value && json.value.error)) {
    const v = json.value ?? {};
    throw new WebDriverError(`${method} ${path}: ${v.error ?? response.status}: ${(v.message ?? text).split('\n')[0]}`, v.error);
  }
  return json.value;
}

class WebDriverError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

/** Polls `probe` until it returns a truthy value; throws `what` after `timeout` ms. */
async function until(what, probe, timeout = WAIT) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (e) {
      last = e.message;
    }
    if (Date.now() > end) throw new Error(`${what} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// ---------------------------------------------------------------------------------------------
// Servers: the widget (without and with the strict CSP, framable by the host site) and the host
// site on localhost with its own strict policy, as tests/e2e/lib/embed.mjs sets them up.

const widgetAt = (mode) => `http://127.0.0.1:${ports[mode]}/`;
const hostSite = `http://localhost:${ports.host}/`;
const widgetOrigins = `${new URL(widgetAt('csp')).origin} ${new URL(widgetAt('sandbox')).origin}`;
const hostPolicy = `default-src 'self'; script-src 'self' ${widgetOrigins}; frame-src ${widgetOrigins}; style-src 'self'`;
const children = [];

/** README's policy for frames that may be sandboxed, for the widget served on ports.sandbox. */
function sandboxPolicy() {
  const origin = new URL(widgetAt('sandbox')).origin;
  return snippet('csp-sandbox')
    .trim()
    .replace(/^Content-Security-Policy:\s*/, '')
    .replace(/;\s*frame-ancestors[^;]*$/, '')
    .replaceAll('https://example.nl', origin);
}

async function startProcess(command, ready, what) {
  // Its own process group, so that stopping it also stops what it started (xvfb-run: Xvfb, the driver).
  const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let errors = '';
  child.stderr.on('data', (d) => {
    errors += d;
  });
  children.push(child);
  await until(`${what} did not start: ${errors.slice(-300)}`, async () => {
    if (child.exitCode !== null) throw new Error(`${what} exited: ${errors.slice(-300)}`);
    await fetch(ready);
    return true;
  }, 20_000);
  return child;
}

function stop(child) {
  if (child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill();
  }
}

async function startServers() {
  const serve = join(root, 'tests/e2e/serve.mjs');
  const dist = join(root, 'dist');
  await startProcess([process.execPath, serve, String(ports.plain), dist, `--pages=${pagesDir}`], widgetAt('plain'), 'the widget server');
  await startProcess(
    [process.execPath, serve, String(ports.csp), dist, '--csp', `--frame-ancestors=${new URL(hostSite).origin}`, `--pages=${pagesDir}`],
    widgetAt('csp'),
    'the widget server with CSP',
  );
  await startProcess([process.execPath, serve, String(ports.host), pagesDir, `--csp=${hostPolicy}`], hostSite, 'the host server');
  // The wasm 4 s late, so that the static first screens are there long enough to walk.
  await startProcess([process.execPath, serve, String(ports.slow), dist, '--csp', '--hold-wasm=4000'], widgetAt('slow'), 'the widget server with a slow wasm');
  await startProcess(
    [process.execPath, serve, String(ports.sandbox), dist, `--csp=${sandboxPolicy()}`, `--frame-ancestors=${new URL(hostSite).origin}`],
    widgetAt('sandbox'),
    'the widget server with the sandbox policy',
  );
}

// ---------------------------------------------------------------------------------------------
// Page helpers.

/**
 * Collects, from now on, what would be console errors: window errors, rejected promises,
 * console.error calls and CSP violations. Classic WebDriver exposes no console, so a page loaded
 * before this ran is checked by watch.js (host pages) or by what it shows.
 */
const WATCH = `
  if (window.__zsErrors) return;
  window.__zsErrors = [];
  const note = (what) => window.__zsErrors.push(String(what));
  window.addEventListener('error', (e) => note('error: ' + e.message));
  window.addEventListener('unhandledrejection', (e) => note('rejection: ' + e.reason));
  document.addEventListener('securitypolicyviolation', (e) => note('csp: ' + e.violatedDirective + ' ' + e.blockedURI));
  const original = console.error;
  console.error = (...a) => { note('console.error: ' + a.join(' ')); original.apply(console, a); };
`;

function watchFile() {
  mkdirSync(pagesDir, { recursive: true });
  writeFileSync(join(pagesDir, 'engines-watch.js'), `(function () {${WATCH.replace('if (window.__zsErrors) return;', '')}})();\n`);
}

const errors = (s) => s.run('return window.__zsErrors ?? ["the error watch is not installed"];');

async function heading(s) {
  return s.run("const h = document.querySelector('#zs-step-heading'); return h && h.getClientRects().length ? h.textContent.trim() : null;");
}

async function expectHeading(s, text, what = `the heading "${text}"`) {
  await until(`${what} did not appear`, async () => (await heading(s)) === text);
}

async function clickTestId(s, id) {
  const element = await until(`no [data-testid="${id}"]`, () => s.find(`[data-testid="${id}"]`));
  // WebKitWebDriver does not scroll inside a frame before it clicks: an element below the
  // frame's fold gets a click that lands nowhere (and reports success). A visitor scrolls first.
  await s.run("arguments[0].scrollIntoView({ block: 'center' });", element);
  await s.click(element);
}

function saved(s) {
  return s.run('const t = localStorage.getItem(arguments[0]); return t === null ? null : JSON.parse(t);', STORAGE_KEY);
}

const bootFailed = (s) => s.run("return !!document.querySelector('[data-zs-boot=failed]');");

// ---------------------------------------------------------------------------------------------
// The checks. Each takes a session and throws with a plain reason on failure.

const introTitle = content.texts.intro_title.nl;
const firstArea = content.areas[0];
const firstStatement = content.statements.find((st) => st.area === firstArea.id);

/** Start, a real click on an answer, the answer in localStorage, and both after a reload. */
async function widgetStarts(s, mode, engine) {
  await s.navigate(`${widgetAt(mode)}index.html`);
  await s.run(WATCH);
  await expectHeading(s, introTitle, 'the intro heading');
  if (await bootFailed(s)) throw new Error('the "could not be loaded" boot message shows');
  await clickTestId(s, 'start');
  await expectHeading(s, 'Vakdomeinen');
  await clickTestId(s, 'next');
  await expectHeading(s, firstArea.name.nl);
  const id = `answer-${firstStatement.id}-4`;
  // The click lands on the label when the input is covered by it: either answers.
  await clickTestId(s, id);
  await until(`the answer to ${firstStatement.id} is not 4 in localStorage["${STORAGE_KEY}"]`, async () => (await saved(s))?.answers?.[firstStatement.id] === 4);
  const seen = await errors(s);
  if (seen.length > 0) throw new Error(`errors: ${seen.join(' | ')}`);
  // For a person to look at: the area step as this engine draws it.
  await s.screenshot(`${engine}-${mode}-area.png`);
  await s.navigate('about:blank');
  await s.navigate(`${widgetAt(mode)}index.html`);
  await s.run(WATCH);
  await until('after a reload the widget did not go back to the first area', async () => (await heading(s)) === firstArea.name.nl);
  const checked = await s.run('return document.querySelector(`[data-testid="${arguments[0]}"]`)?.checked ?? null;', id);
  if (checked !== true) throw new Error(`after a reload ${id} is ${checked}, not checked`);
  const after = await saved(s);
  if (after?.answers?.[firstStatement.id] !== 4) throw new Error(`after a reload localStorage holds ${JSON.stringify(after?.answers)}`);
  const later = await errors(s);
  if (later.length > 0) throw new Error(`errors after the reload: ${later.join(' | ')}`);
  // English is fetched when chosen (src/browser/english.rs); a page that starts in English waits
  // for it. Back to Dutch afterwards, for the checks that follow.
  await clickTestId(s, 'switch-language');
  await expectHeading(s, firstArea.name.en, 'the first area in English');
  const option = firstStatement.options[3].en;
  await until(`option 4 of ${firstStatement.id} is not shown in English`, async () =>
    s.run('return document.body.textContent.includes(arguments[0]);', option));
  await s.navigate('about:blank');
  await s.navigate(`${widgetAt(mode)}index.html`);
  await s.run(WATCH);
  await expectHeading(s, firstArea.name.en, 'the first area in English after a reload');
  await clickTestId(s, 'switch-language');
  await expectHeading(s, firstArea.name.nl, 'the first area in Dutch again');
  const english = await errors(s);
  if (english.length > 0) throw new Error(`errors in English: ${english.join(' | ')}`);
  return `heading "${introTitle}", answered ${firstStatement.id} = 4 by click, kept across a reload; English fetched, shown and kept across a reload`;
}

/** The frame's element height and its document's height, read from both sides. */
async function frameHeights(s) {
  await s.frame(null);
  const frame = await s.find('[data-zelfscan] iframe');
  if (!frame) throw new Error('no iframe in [data-zelfscan]');
  const outer = await s.run('return arguments[0].getBoundingClientRect().height;', frame);
  await s.frame(frame);
  const inner = await s.run(
    'return { content: document.documentElement.getBoundingClientRect().height, scroll: document.documentElement.scrollHeight, view: window.innerHeight };',
  );
  return { outer, ...inner };
}

async function fitted(s, step) {
  let last;
  try {
    return await until(`the frame does not fit its content on ${step}`, async () => {
      last = await frameHeights(s);
      return Math.abs(last.outer - last.content) <= 2 && last.scroll <= last.view + 1 ? last : null;
    }, 15_000);
  } catch (e) {
    throw new Error(`${e.message.split(' (last')[0]}: frame ${last?.outer}px, document ${last?.content}px, scroll height ${last?.scroll}px`);
  }
}

/** The iframe way across two sites: the frame's height follows each step's content. */
async function embedFrame(s, name) {
  let code = adapt(snippet('iframe'), widgetAt('csp'));
  if (broken === 'frame-script') {
    code = adapt(snippet('plain-iframe'), widgetAt('csp')).replace('<iframe', '<div data-zelfscan><iframe').replace('</iframe>', '</iframe></div>');
  }
  const page = writeHostPage('engines-frame.html', code);
  await s.navigate(hostSite + page);
  await s.run(WATCH);
  const frame = await until('no widget iframe on the host page', () => s.find('[data-zelfscan] iframe'));
  await s.frame(frame);
  await s.run(WATCH);
  await expectHeading(s, introTitle, 'the intro heading in the frame');
  const intro = await fitted(s, 'the intro');
  await clickTestId(s, 'start');
  await expectHeading(s, 'Vakdomeinen');
  // "Overslaan", near the top: the host page does not scroll for a click inside the frame
  // (WebKitWebDriver), and "Volgende" sits below the fold of the domains step.
  await clickTestId(s, 'domains-skip');
  await expectHeading(s, firstArea.name.nl);
  const area = await fitted(s, firstArea.name.nl);
  await s.frame(null);
  await s.screenshot(`${name}-frame-area.png`);
  await s.frame(frame);
  if (Math.abs(area.outer - intro.outer) < 50) {
    throw new Error(`the frame kept its height: ${intro.outer}px on the intro, ${area.outer}px on ${firstArea.name.nl}`);
  }
  const inFrame = await errors(s);
  // The facilitator's workbench opens in this same frame (its own page), fits it, and leads back.
  await clickTestId(s, 'team-toggle');
  await expectHeading(s, 'Teamoverzicht', 'the workbench in the frame');
  // A new document: its own error watch (installed once it runs, as for the widget above).
  await s.run(WATCH);
  const there = await s.run('return location.pathname;');
  if (there !== '/workbench.html') throw new Error(`the frame shows ${there}, not /workbench.html`);
  const workbench = await fitted(s, 'the workbench');
  const inWorkbench = await errors(s);
  await clickTestId(s, 'workbench-back');
  await until('the way back did not lead to the widget in the frame', async () => [firstArea.name.nl, introTitle].includes(await heading(s)));
  const back = await heading(s);
  await s.frame(null);
  const hostAddress = await s.run('return location.href;');
  if (hostAddress !== hostSite + page) throw new Error(`the host page navigated to ${hostAddress}`);
  const inHost = await errors(s);
  const all = [...inFrame, ...inWorkbench, ...inHost];
  if (all.length > 0) throw new Error(`errors: ${all.join(' | ')}`);
  return `frame ${Math.round(intro.outer)}px = document on the intro, ${Math.round(area.outer)}px = document on ${firstArea.name.nl}; ` +
    `workbench in the same frame (${Math.round(workbench.outer)}px), back to "${back}", host page unmoved`;
}

/** The static first screens, before the wasm (held 4 s by the server): "Start" and "skip" lead
 * to the first area, whose answer the widget takes over when it runs, with focus on its twin. */
async function firstScreens(s) {
  await s.navigate(`${widgetAt('slow')}index.html`);
  await s.run(WATCH);
  const clickStatic = async (key) => {
    const element = await until(`no static [data-zs-key="${key}"]`, () => s.find(`[data-zs-boot=first-screen] [data-zs-key="${key}"]`));
    await s.run("arguments[0].scrollIntoView({ block: 'center' });", element);
    await s.click(element);
  };
  await expectHeading(s, introTitle, 'the static intro');
  await clickStatic('start');
  await expectHeading(s, 'Vakdomeinen', 'the static domains step');
  const focused = await s.run("return document.activeElement && document.activeElement.id;");
  if (focused !== 'zs-step-heading') throw new Error(`focus is on "${focused}", not on the static step's heading`);
  await clickStatic('domains-skip');
  await expectHeading(s, firstArea.name.nl, 'the static first area');
  await clickStatic(`answer-${firstStatement.id}-4`);
  const early = await s.run("return document.querySelector('[data-zelfscan]').getAttribute('data-zs-early');");
  // Broken: what was done on the static screens is lost before the widget runs.
  if (broken === 'first-screens') await s.run("document.querySelector('[data-zelfscan]').removeAttribute('data-zs-early');");
  const live = await s.run("return !!document.querySelector('[data-testid=widget]');");
  if (live) throw new Error('the live widget ran before the static screens were walked: the held wasm did not hold');
  await until('the live widget did not take the first area over', () => s.find(`[data-testid=widget] [data-testid="answer-${firstStatement.id}-4"]`));
  await expectHeading(s, firstArea.name.nl, 'the live first area');
  await until(`the answer to ${firstStatement.id} is not 4 in localStorage`, async () => (await saved(s))?.answers?.[firstStatement.id] === 4);
  const twin = await s.run('return document.activeElement && document.activeElement.getAttribute("data-testid");');
  if (twin !== `answer-${firstStatement.id}-4`) throw new Error(`focus is on "${twin}", not on the live twin of the static answer`);
  const seen = await errors(s);
  if (seen.length > 0) throw new Error(`errors: ${seen.join(' | ')}`);
  return `intro, domains and first area walked before the wasm ("${early}"); the widget took the answer and focus over`;
}

/**
 * The widget's own page leaves the shield's revert out (style/zelfscan.css): every computed style
 * on the intro, the domains step and the first area is the same as with it
 * (tests/e2e/lib/shield.mjs, as shield.spec does in Chromium).
 */
async function shieldLeftOut(s) {
  await s.navigate(`${widgetAt('csp')}index.html`);
  await s.run('localStorage.clear();');
  await s.navigate('about:blank');
  await s.navigate(`${widgetAt('csp')}index.html`);
  await s.run(WATCH);
  await until('the live widget did not start', () => s.find('[data-testid=widget] #zs-step-heading'));
  // Broken: a rule that the revert undoes, ahead of it, so that the page differs with the shield.
  if (broken === 'shield') {
    await s.run("[...document.styleSheets].find((sheet) => /zelfscan-[0-9a-f]+\\.css$/.test(sheet.href || '')).insertRule('.zs :where(.zs-actions) { text-indent: 1em; }', 0);");
  }
  let compared = 0;
  const compare = async (where) => {
    const found = await s.run(`return (${compareWithShield})(arguments[0]);`, '[data-testid=widget]');
    if (found.elements < 10 || found.compared < found.elements * 100) {
      throw new Error(`on ${where} only ${found.compared} values of ${found.elements} elements were compared`);
    }
    if (found.differences.length > 0) throw new Error(`on ${where} the shield changes ${found.differences.join(' | ')}`);
    compared += found.compared;
  };
  await expectHeading(s, introTitle, 'the intro');
  await compare('the intro');
  await clickTestId(s, 'start');
  await expectHeading(s, 'Vakdomeinen');
  await compare('the domains step');
  await clickTestId(s, 'next');
  await expectHeading(s, firstArea.name.nl);
  await compare('the first area');
  const seen = await errors(s);
  if (seen.length > 0) throw new Error(`errors: ${seen.join(' | ')}`);
  return `the same ${compared} computed values with and without the shield on the intro, domains and first area`;
}

/** The mount way on a host page of the widget's site (CSP): the widget starts in the page. */
async function embedMount(s) {
  watchFile();
  let code = `<script src="engines-watch.js"></script>\n${adapt(snippet('mount'), widgetAt('csp'))}`;
  if (broken === 'mount-script') code = code.replace('embed.js', 'embed-missing.js');
  // An inline script the page's policy refuses, before the page's own watch: only the console sees it.
  if (broken === 'console') code = `<script>document.title = 'inline';</script>\n${code}`;
  const page = writeHostPage('engines-mount.html', code);
  await s.navigate(`${widgetAt('csp')}pages/${page}`);
  await expectHeading(s, introTitle, 'the intro heading in the page');
  const inside = await s.run("return !!document.querySelector('[data-zelfscan] #zs-step-heading') && !!document.querySelector('[data-testid=host-heading]');");
  if (!inside) throw new Error('the widget is not inside the [data-zelfscan] element of the host page');
  // The widget's stylesheet reached the page: the root resets the host page's styles.
  const styled = await s.run("return getComputedStyle(document.querySelector('.zs')).boxSizing;");
  if (styled !== 'border-box') throw new Error(`the widget's stylesheet is not applied (box-sizing ${styled})`);
  await clickTestId(s, 'start');
  await expectHeading(s, 'Vakdomeinen');
  const seen = await errors(s);
  if (seen.length > 0) throw new Error(`errors (from before embed.js ran): ${seen.join(' | ')}`);
  // The workbench opens beside the widget's files, and its way back returns to this page.
  await clickTestId(s, 'team-toggle');
  await expectHeading(s, 'Teamoverzicht', 'the workbench');
  const there = await s.run('return location.pathname;');
  if (there !== '/workbench.html') throw new Error(`the team link led to ${there}, not /workbench.html`);
  await clickTestId(s, 'workbench-back');
  await expectHeading(s, 'Vakdomeinen', 'the mount page again, on the step left');
  const back = await s.run('return location.pathname;');
  if (back !== `/pages/${page}`) throw new Error(`the way back led to ${back}, not /pages/${page}`);
  return 'started in the page, stylesheet applied, no errors from page load on; workbench opened beside the files, back on the page';
}

/**
 * A CMS's sandbox="allow-scripts allow-forms" frame (opaque origin): with README's CORS header
 * the widget runs in memory and says answers are not kept; without it the frame says the scan
 * could not be loaded instead of staying blank.
 */
async function sandboxed(s) {
  const page = (name, base) =>
    writeHostPage(name, adapt(snippet('plain-iframe'), base).replace('<iframe ', '<iframe sandbox="allow-scripts allow-forms" '));
  // The policy README gives for this case; with its plain one WebKit blocks even embed.js.
  const at = broken === 'sandbox-policy' ? widgetAt('csp') : widgetAt('sandbox');
  const cors = broken === 'sandbox-cors' ? at : `${at}cors/`;
  await s.navigate(hostSite + page('engines-sandbox-cors.html', cors));
  await s.frame(await until('no iframe on the host page', () => s.find('iframe')));
  const notice = await until('no storage notice in the sandboxed frame', () =>
    s.run("const n = document.querySelector('[data-testid=storage-notice]'); return n && n.textContent;"),
  );
  if (!notice.includes('De zelfscan kan in deze browser niets opslaan')) throw new Error(`the storage notice says: ${notice}`);
  await clickTestId(s, 'start');
  await expectHeading(s, 'Vakdomeinen');
  await s.frame(null);
  if (s.consoleErrors?.length) throw new Error(`console errors: ${s.consoleErrors.join(' | ')}`);
  // From here the browser reports the refused CORS requests as errors, as it should.
  if (s.consoleErrors) s.consoleErrors = null;
  await s.navigate(hostSite + page('engines-sandbox-no-cors.html', at));
  await s.frame(await until('no iframe on the host page', () => s.find('iframe')));
  const failed = await until('without the CORS header no "could not be loaded" message in the frame', () =>
    s.run("const f = document.querySelector('[data-zs-boot=failed] [lang=nl]'); return f && f.textContent;"),
  );
  return `runs in memory with the notice; without CORS: "${failed.slice(0, 40)}..."`;
}

let resultCode;
function makeCode() {
  if (resultCode) return resultCode;
  const dir = mkdtempSync(join(tmpdir(), 'zelfscan-engines-'));
  const file = join(dir, 'answers.json');
  const answers = Object.fromEntries(content.statements.slice(0, 6).map((st, i) => [st.id, (i % 5) + 1]));
  writeFileSync(file, JSON.stringify({ v: 3, answers, desired: {}, domains: {}, step: 'results', lang: 'nl' }));
  resultCode = execFileSync('cargo', ['run', '-q', '-p', 'zelfscan-content', '--bin', 'zelfscan-content', '--', 'code', file], { cwd: root, encoding: 'utf8' }).trim();
  return resultCode;
}

/** A result link shows the read-only view and leaves localStorage alone. */
async function sharedLink(s) {
  let code = makeCode();
  if (broken === 'code') code = code.replace(/[0-9A-Z](?=[^-]*$)/, (c) => (c === 'A' ? 'B' : 'A'));
  await s.navigate(`${widgetAt('csp')}index.html`);
  await s.run('localStorage.clear();');
  await s.navigate('about:blank');
  await s.navigate(`${widgetAt('csp')}index.html#r=${code}`);
  await s.run(WATCH);
  await until('no read-only banner (data-testid="shared-banner")', () =>
    s.run("const b = document.querySelector('[data-testid=shared-banner]'); return !!b && b.getClientRects().length > 0;"),
  );
  const keys = await s.run('return Object.keys(localStorage);');
  if (keys.length > 0) throw new Error(`the read-only view wrote to localStorage: ${keys.join(', ')}`);
  const seen = await errors(s);
  if (seen.length > 0) throw new Error(`errors: ${seen.join(' | ')}`);
  return `banner shown for a ${code.length}-character code, localStorage untouched`;
}

/** From the summary to the results: the questions' bundle hands over to the results' bundle,
 * which embed.js loaded ahead (a second wasm module in the page, src/browser/handover.rs). */
async function resultsReached(s) {
  const answers = Object.fromEntries(content.statements.map((st, i) => [st.id, (i % 5) + 1]));
  const record = { v: 4, answers, step: 'summary', lang: 'nl' };
  await s.navigate(`${widgetAt('csp')}index.html`);
  await s.run('localStorage.setItem(arguments[0], arguments[1]);', STORAGE_KEY, JSON.stringify(record));
  await s.navigate('about:blank');
  await s.navigate(`${widgetAt('csp')}index.html`);
  await s.run(WATCH);
  await expectHeading(s, T.SummaryTitle.nl);
  // The handover's request never reaches embed.js: the questions stay and say so.
  if (broken === 'results-bundle') {
    await s.run("document.querySelector('[data-zelfscan]').addEventListener('zelfscan-load-results', (e) => e.stopImmediatePropagation(), true);");
  }
  await clickTestId(s, 'next');
  await expectHeading(s, T.ResultsTitle.nl);
  const rows = await until('no results table', () =>
    s.run("return document.querySelectorAll('[data-testid=results-table] tbody tr').length || null;"),
  );
  const scored = await s.run("return [...document.querySelectorAll('[data-testid^=score-]')].filter((c) => /^\\d+$/.test(c.textContent.trim())).length;");
  if (scored !== content.areas.length) throw new Error(`${scored} of ${content.areas.length} areas scored after the handover`);
  const kept = await saved(s);
  const changed = Object.keys(answers).filter((id) => kept?.answers?.[id] !== answers[id]);
  if (changed.length > 0 || Object.keys(kept?.answers ?? {}).length !== Object.keys(answers).length) {
    throw new Error(`the answers changed in the handover: ${changed.join(', ')}`);
  }
  const wasm = await s.run("return performance.getEntriesByType('resource').map((r) => r.name.split('/').pop()).filter((n) => n.endsWith('.wasm')).map((n) => n.replace(/-[0-9a-f]+_bg\\.wasm$/, ''));");
  const seen = await errors(s);
  if (seen.length > 0) throw new Error(`errors: ${seen.join(' | ')}`);
  return `results shown in place (${rows} areas scored, answers kept; wasm fetched: ${wasm.join(', ')})`;
}

const MAX_PAGES = 20;
// Firefox breaks words with U+2010 HYPHEN, Chromium with a soft hyphen: both are dropped.
const words = (text) => text.normalize('NFKC').replace(/\u00ad/g, '').replace(/\s+/g, ' ').replace(/[-\u2010]\s?/g, '').trim();

/** A complete record on the results step, printed with W3C "Print Page" and read with pdftotext. */
async function printing(s, name) {
  const answers = Object.fromEntries(content.statements.map((st, i) => [st.id, i % 11 === 5 ? 'dont_know' : (i % 5) + 1]));
  const record = { v: 3, answers, desired: {}, domains: { soza: 'practice' }, step: 'results', lang: 'nl', completed: Date.UTC(2026, 2, 15, 12) };
  await s.navigate(`${widgetAt('csp')}index.html`);
  await s.run('localStorage.setItem(arguments[0], arguments[1]);', 'zelfscan', JSON.stringify(record));
  await s.navigate('about:blank');
  await s.navigate(`${widgetAt('csp')}index.html`);
  await expectHeading(s, 'De uitkomst van uw zelfscan');
  if (broken === 'print-step') {
    await clickTestId(s, 'back');
    await expectHeading(s, 'Overzicht van uw antwoorden');
  }
  if (broken === 'print-controls') {
    // The screen's controls printed after all: a later !important rule undoes the print rules.
    await s.run(`const sheet = new CSSStyleSheet();
      sheet.replaceSync('@media print { .zs button, .zs-header, .zs-actions, .zs-footer { display: block !important; } }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];`);
  }
  let pdf;
  try {
    pdf = await s.print({ page: { width: 21, height: 29.7 }, background: false, shrinkToFit: true });
  } catch (e) {
    if (e.code === 'unknown command' || e.code === 'unsupported operation') {
      throw new Unsupported(`this driver has no Print Page (${e.message})`);
    }
    throw e;
  }
  const dir = mkdtempSync(join(tmpdir(), 'zelfscan-engines-pdf-'));
  const file = join(dir, `report-${name}.pdf`);
  writeFileSync(file, Buffer.from(pdf, 'base64'));
  mkdirSync(join(root, 'target/engines'), { recursive: true });
  copyFileSync(file, join(root, 'target/engines', `report-${name}.pdf`));
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  const all = words(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  const missing = [
    T.ReportTitle.nl,
    'Al uw antwoorden',
    'Bespreek de uitkomst met een adviseur',
    ...content.areas.map((a) => a.name.nl),
    ...content.statements.slice(0, 3).map((st) => st.text.nl),
  ].filter((text) => !all.includes(words(text)));
  const present = ['Afdrukken of opslaan als pdf', 'Vorige', 'English', T.ChangeArea.nl.replace("{area}", firstArea.name.nl), 'Toegankelijkheid'].filter((label) => all.includes(words(label)));
  const problems = [];
  // The bound of Chromium's report test (tests/e2e/specs/report.spec.mjs): the break rules hold.
  if (pages > MAX_PAGES) problems.push(`${pages} pages, more than ${MAX_PAGES}`);
  if (missing.length) problems.push(`missing: ${missing.join(' | ')}`);
  if (present.length) problems.push(`screen-only controls printed: ${present.join(' | ')}`);
  if (problems.length) throw new Error(`${problems.join('; ')} (target/engines/report-${name}.pdf)`);
  const numbered = all.includes(`pagina 1 van ${pages}`);
  return `${pages} pages, report texts in, no controls; page numbers "pagina k van n" ${numbered ? 'printed' : 'NOT printed (no @page margin boxes)'} (target/engines/report-${name}.pdf)`;
}

class Unsupported extends Error {}

// ---------------------------------------------------------------------------------------------

const checks = [
  ['widget (no CSP)', (s, engine) => widgetStarts(s, 'plain', engine)],
  ['widget (strict CSP)', (s, engine) => widgetStarts(s, 'csp', engine)],
  ['first screens', firstScreens],
  ['shield left out', shieldLeftOut],
  ['embed iframe', embedFrame],
  ['embed mount', embedMount],
  ['embed sandboxed iframe', sandboxed],
  ['result link', sharedLink],
  ['results reached', resultsReached],
  ['print', printing],
];

async function runEngine(name) {
  const engine = engines[name]();
  const results = [];
  if (engine.missing) {
    console.log(`${name}: FAIL cannot run: ${engine.missing}`);
    return [{ status: 'FAIL' }];
  }
  console.log(`${name}: ${engine.version()}`);
  const driver = await startProcess(engine.command, `http://127.0.0.1:${ports.driver}/status`, `${name}'s driver`);
  try {
    for (const [label, check] of checks.filter(([l]) => l.includes(only))) {
      let s;
      const started = Date.now();
      try {
        // A new session (a fresh profile) per check, so no check sees another's storage.
        s = await Session.start(`http://127.0.0.1:${ports.driver}`, engine.capabilities);
        await s.cmd('POST', '/window/rect', { width: 1024, height: 900 }).catch(() => {});
        let detail = await check(s, name);
        if (s.consoleErrors !== undefined) {
          await s.flushConsole();
          if (s.consoleErrors?.length) throw new Error(`console errors: ${s.consoleErrors.join(' | ')}`);
          detail += '; console (BiDi) clean';
        }
        results.push({ status: 'PASS' });
        console.log(`${name}: PASS ${label}: ${detail} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (e) {
        const status = e instanceof Unsupported ? 'UNSUPPORTED' : 'FAIL';
        results.push({ status });
        console.log(`${name}: ${status} ${label}: ${e.message}`);
      } finally {
        await s?.close();
      }
    }
  } finally {
    stop(driver);
  }
  return results;
}

let failed = false;
try {
  await startServers();
  for (const name of wanted.length ? wanted : ['webkit', 'firefox']) {
    if (!engines[name]) {
      console.log(`unknown engine ${name}; known: ${Object.keys(engines).join(', ')}`);
      failed = true;
      continue;
    }
    const results = await runEngine(name);
    if (results.some((r) => r.status === 'FAIL')) failed = true;
  }
} catch (e) {
  console.log(`FAIL ${e.message}`);
  failed = true;
} finally {
  children.forEach(stop);
}
console.log(failed ? 'engines: FAIL' : 'engines: all PASS');
process.exit(failed ? 1 : 0);
