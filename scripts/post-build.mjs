// Trunk post_build hook (Trunk.toml [[hooks]]): writes this build's hashed file names into
// dist/embed.js, so that one fixed, unhashed script can start the widget on any page, and puts
// the widget's first screen, rendered to HTML by the same components natively
// (src/bin/prerender.rs), in dist/index.html as a <template> that embed.js shows before the wasm
// has arrived. Runs on the staging directory before Trunk moves it to dist/. Fails the build if
// anything is missing.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run this through `trunk build`.');
  process.exit(1);
}
let html = readFileSync(join(stage, 'index.html'), 'utf8');
const find = (what, pattern) => {
  const found = html.match(pattern);
  if (!found) {
    console.error(`post-build: no ${what} link in ${join(stage, 'index.html')}`);
    process.exit(1);
  }
  return found[1];
};
// What the widget's own page loads, as Trunk wrote it (with public_url "./").
const files = {
  js: find('module preload', /<link rel="?modulepreload"?[^>]*href="?\.\/([^"\s>]+\.js)"?/),
  wasm: find('wasm preload', /<link rel="?preload"?[^>]*href="?\.\/([^"\s>]+\.wasm)"?/),
  css: find('stylesheet', /<link rel="?stylesheet"?[^>]*href="?\.\/([^"\s>]+\.css)"?/),
};
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
writeFileSync(path, script);
console.log(`post-build: embed.js starts ${files.js}, ${files.wasm}, ${files.css}`);

// The first screen. Leptos's hydration markers (comments) are dropped, and `data-testid` becomes
// `data-zs-key`: tests and scripts that look for the live widget's controls never find the
// static copy, and embed.js uses the key to hand keyboard focus over to the live control.
console.log('post-build: rendering the first screen (cargo run --features prerender --bin prerender)');
const root = fileURLToPath(new URL('..', import.meta.url));
let rendered;
try {
  rendered = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender'], {
    cwd: root,
    encoding: 'utf8',
    // Leptos's development warnings go to stderr: shown only when the run fails.
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
} catch (error) {
  console.error(`post-build: the first screen could not be rendered:\n${error.stderr ?? error}`);
  process.exit(1);
}
const screen = rendered.replace(/<!--[\s\S]*?-->|<!>/g, '').replaceAll(' data-testid="', ' data-zs-key="');
if (!screen.startsWith('<div') || !screen.includes('zs-step-heading') || screen.includes('<script')) {
  console.error('post-build: the prerendered first screen is not what was expected');
  process.exit(1);
}
const holder = '<div data-zelfscan>';
if (!html.includes(holder)) {
  console.error(`post-build: no ${holder} in index.html`);
  process.exit(1);
}
html = html.replace(holder, `${holder}\n    <template data-zs-first-screen>${screen}</template>`);
writeFileSync(join(stage, 'index.html'), html);
console.log(`post-build: index.html holds the first screen (${screen.length} bytes)`);
