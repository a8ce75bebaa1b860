// Trunk post_build hook (Trunk.toml [[hooks]]): builds the facilitator's workbench
// (workbench.html, its own wasm) and the widget with its results (results.html: the bundle
// embed.js starts when a visitor reaches them) with a Trunk run each and puts them beside the
// widget, writes every bundle's hashed file names into dist/embed.js, so that one fixed, unhashed script can start
// the widget on any page (and the workbench on its own), and puts
// the widget's first screen, rendered to HTML by the same components natively
// (src/bin/prerender.rs), in dist/index.html as a <template> that embed.js shows before the wasm
// has arrived. Runs on the staging directory before Trunk moves it to dist/. Fails the build if
// anything is missing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { stripCss, stripJs } from './strip.mjs';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run this through `trunk build`.');
  process.exit(1);
}
const root = fileURLToPath(new URL('..', import.meta.url));
// The runs below, for the workbench and the results, run this hook too: they need nothing more.
const page = basename(process.env.TRUNK_HTML_FILE ?? '');
if (page === 'workbench.html' || page === 'results.html') {
  console.log(`post-build: ${page} built`);
  process.exit(0);
}

// The workbench and the results: Trunk 0.21 builds one page per run and empties its dist, so
// each gets a run and a folder of its own (target/dist-workbench, target/dist-results), whose
// script and wasm (and the workbench's page) are copied here. The workbench's stylesheet is the
// same file, with the same hashed name. The outer run's TRUNK_* variables would steer the inner
// runs, so they are left out.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith('TRUNK_') || key === 'TRUNK_SKIP_VERSION_CHECK'),
);
/** Builds `page` into target/<folder>, copies its script and wasm (named `bin`-hash) here and
 * returns the page Trunk wrote. */
function buildBeside(page, folder, bin) {
  const out = join(root, 'target', folder);
  console.log(`post-build: building ${page} (trunk build ${page} --dist ${out})`);
  try {
    execFileSync('trunk', ['build', page, '--release=true', '--dist', out], {
      cwd: root,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } catch (error) {
    console.error(`post-build: ${page} could not be built (${error.message})`);
    process.exit(1);
  }
  const pattern = new RegExp(`^${bin}-[0-9a-f]+(_bg\\.wasm|\\.js)$`);
  for (const name of readdirSync(out)) {
    if (pattern.test(name)) copyFileSync(join(out, name), join(stage, name));
  }
  // Trunk names the page it built index.html.
  return readFileSync(join(out, 'index.html'), 'utf8');
}
let workbenchHtml = buildBeside('workbench.html', 'dist-workbench', 'workbench');
const resultsHtml = buildBeside('results.html', 'dist-results', 'results');

let html = readFileSync(join(stage, 'index.html'), 'utf8');
const find = (page, what, pattern) => {
  const found = page.match(pattern);
  if (!found) {
    console.error(`post-build: no ${what} link in ${page === html ? 'index.html' : page === resultsHtml ? 'results.html' : 'workbench.html'}`);
    process.exit(1);
  }
  return found[1];
};
const JS = /<link rel="?modulepreload"?[^>]*href="?\.\/([^"\s>]+\.js)"?/;
const WASM = /<link rel="?preload"?[^>]*href="?\.\/([^"\s>]+\.wasm)"?/;
const CSS = /<link rel="?stylesheet"?[^>]*href="?\.\/([^"\s>]+\.css)"?/;
// What each page loads, as Trunk wrote it (with public_url "./").
const files = {
  js: find(html, 'module preload', JS),
  wasm: find(html, 'wasm preload', WASM),
  css: find(html, 'stylesheet', CSS),
  'workbench-js': find(workbenchHtml, 'module preload', JS),
  'workbench-wasm': find(workbenchHtml, 'wasm preload', WASM),
  'results-js': find(resultsHtml, 'module preload', JS),
  'results-wasm': find(resultsHtml, 'wasm preload', WASM),
};
if (find(workbenchHtml, 'stylesheet', CSS) !== files.css) {
  console.error('post-build: the workbench and the widget do not load the same stylesheet');
  process.exit(1);
}
const path = join(stage, 'embed.js');
let script = readFileSync(path, 'utf8');
for (const [key, name] of Object.entries(files)) {
  const placeholder = `'@@zelfscan-${key}@@'`;
  if (!script.includes(placeholder)) {
    console.error(`post-build: ${placeholder} missing in embed.js`);
    process.exit(1);
  }
  script = script.replace(placeholder, JSON.stringify(name).replaceAll('"', "'"));
}
console.log(`post-build: embed.js starts ${Object.values(files).join(', ')}`);

// Comments and indentation are for whoever reads the source; the visitor gets the stylesheet
// and embed.js without them (scripts/strip.mjs). The pages load the stylesheet with Trunk's
// integrity hash, which is written again for the shorter file.
const shipped = (what, before, strip) => {
  try {
    const after = strip(before);
    console.log(`post-build: ${what} without comments and indentation, ${before.length} to ${after.length} bytes`);
    return after;
  } catch (error) {
    console.error(`post-build: ${what} could not be shortened: ${error.message}`);
    process.exit(1);
  }
};
script = shipped('embed.js', script, stripJs);
try {
  new Script(script, { filename: 'embed.js' });
} catch (error) {
  console.error(`post-build: embed.js is not valid JavaScript once shortened: ${error.message}`);
  process.exit(1);
}
writeFileSync(path, script);
const cssPath = join(stage, files.css);
const css = shipped(files.css, readFileSync(cssPath, 'utf8'), stripCss);
writeFileSync(cssPath, css);
const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
const cssLink = new RegExp(`(<link rel="?stylesheet"?[^>]*href="?\\./${files.css.replaceAll('.', '\\.')}"?[^>]*integrity=")[^"]+"`);
const withIntegrity = (page, name) => {
  if (!cssLink.test(page)) {
    console.error(`post-build: no stylesheet link with an integrity hash in ${name}`);
    process.exit(1);
  }
  return page.replace(cssLink, `$1${integrity}"`);
};
html = withIntegrity(html, 'index.html');
workbenchHtml = withIntegrity(workbenchHtml, 'workbench.html');
writeFileSync(join(stage, 'workbench.html'), workbenchHtml);

// The first screens: the intro, the domains step and the first area, for a visitor without
// saved answers (src/bin/prerender.rs). Leptos's hydration markers (comments) are dropped, and
// `data-testid` becomes `data-zs-key`: tests and scripts that look for the live widget's
// controls never find the static copies, and embed.js uses the key to hand what was done there,
// and keyboard focus, over to the live widget.
console.log('post-build: rendering the first screens (cargo run --features prerender --bin prerender)');
/** The native prerender binary's output for `args`; on failure the build stops with `what`. */
function prerender(args, what) {
  try {
    return execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', ...args], {
      cwd: root,
      encoding: 'utf8',
      // Leptos's development warnings go to stderr: shown only when the run fails.
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    console.error(`post-build: ${what}:\n${error.stderr ?? error}`);
    process.exit(1);
  }
}
const rendered = prerender([], 'the first screens could not be rendered');
const screens = [...rendered.matchAll(/^@@screen ([a-z0-9:-]+)@@\n(.*)$/gm)].map(([, step, body]) => ({
  step,
  html: body.replace(/<!--[\s\S]*?-->|<!>/g, '').replaceAll(' data-testid="', ' data-zs-key="'),
}));
const expected = (s) => s.html.startsWith('<div') && s.html.includes('zs-step-heading') && !s.html.includes('<script') && !s.html.includes('<template');
if (screens.length !== 3 || screens[0].step !== 'intro' || screens[1].step !== 'domains' || !/^area:/.test(screens[2].step) || !screens.every(expected)) {
  console.error('post-build: the prerendered first screens are not what was expected');
  process.exit(1);
}
const holder = '<div data-zelfscan>';
if (!html.includes(holder)) {
  console.error(`post-build: no ${holder} in index.html`);
  process.exit(1);
}
const templates = screens.map((s) => `\n    <template data-zs-first-screen="${s.step}">${s.html}</template>`).join('');
html = html.replace(holder, `${holder}${templates}`);
writeFileSync(join(stage, 'index.html'), html);
console.log(`post-build: index.html holds the first screens (${screens.map((s) => `${s.step} ${s.html.length}`).join(', ')} bytes)`);

// The content's English texts, which the widget's wasm leaves out and fetches when a visitor
// first needs English (src/browser/english.rs): a JSON table under a name with its fingerprint.
const english = prerender(['english'], 'the English content could not be written');
const newline = english.indexOf('\n');
const englishName = english.slice(0, newline);
const englishTable = english.slice(newline + 1);
let englishCount = -1;
try {
  const parsed = JSON.parse(englishTable);
  if (Array.isArray(parsed) && parsed.every((t) => typeof t === 'string')) englishCount = parsed.length;
} catch {
  // reported below
}
if (!/^content-en-[0-9a-f]{8}\.json$/.test(englishName) || englishCount < 1) {
  console.error('post-build: the English content table is not what was expected');
  process.exit(1);
}
writeFileSync(join(stage, englishName), englishTable);
console.log(`post-build: ${englishName} holds the content's ${englishCount} English texts`);
