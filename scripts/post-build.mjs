// Trunk post_build hook (Trunk.toml [[hooks]]): writes this build's hashed file names into
// dist/embed.js, so that one fixed, unhashed script can start the widget on any page. Runs on
// the staging directory before Trunk moves it to dist/. Fails the build if anything is missing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run this through `trunk build`.');
  process.exit(1);
}
const html = readFileSync(join(stage, 'index.html'), 'utf8');
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
