// Host pages for the embed specs, generated from README.md's code blocks, so that the tests use
// exactly the snippets a web editor copies. Each block is fenced as ```html zelfscan-<name>.
// Pages are written to target/e2e-pages/, which the widget's server serves under /pages/ (same
// site, for the mount way) and a second server serves on localhost (another site, for iframes).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const pagesDir = fileURLToPath(new URL('../../../target/e2e-pages/', import.meta.url));
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The README's code block fenced as ```<lang> zelfscan-<name>. */
export function snippet(name) {
  const found = readme.match(new RegExp('```\\w+ zelfscan-' + name + '\\n([\\s\\S]*?)```'));
  if (!found) throw new Error(`README.md has no code block "zelfscan-${name}"`);
  return found[1];
}

/**
 * A snippet with README's example addresses pointing at the widget served at `widget`
 * (e.g. http://127.0.0.1:4173/), and `attributes` replaced or added on its data-zelfscan element
 * (a value of null removes the attribute).
 */
export function adapt(code, widget, attributes = {}) {
  let html = code
    .replaceAll('https://example.nl/zelfscan/', widget)
    .replaceAll('"/zelfscan/', `"${new URL(widget).pathname}`);
  for (const [name, value] of Object.entries(attributes)) {
    const existing = new RegExp(`\\s${name}="[^"]*"`);
    const replacement = value === null ? '' : ` ${name}="${value}"`;
    html = existing.test(html)
      ? html.replace(existing, replacement)
      : html.replace('<div data-zelfscan', `<div data-zelfscan${replacement}`);
  }
  return html;
}

/**
 * Writes an accessible host page around `body` and returns its file name. `hostile` links the
 * committed hostile stylesheet; `tall` puts a long article above the widget.
 */
export function writeHostPage(name, body, { hostile = false, tall = false } = {}) {
  mkdirSync(pagesDir, { recursive: true });
  copyFileSync(new URL('../pages/hostile.css', import.meta.url), `${pagesDir}hostile.css`);
  // An icon of its own, or the browser asks for /favicon.ico and logs the 404 as an error.
  copyFileSync(new URL('../../../assets/favicon.svg', import.meta.url), `${pagesDir}favicon.svg`);
  const filler = tall
    ? Array.from({ length: 40 }, (_, i) => `<p>Alinea ${i + 1} van de gemeentelijke pagina over datagestuurd werken.</p>`).join('\n')
    : '';
  const page = `<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Gemeente Voorbeeld: zelfscan</title>
  <link rel="icon" href="favicon.svg" type="image/svg+xml">
  ${hostile ? '<link rel="stylesheet" href="hostile.css">' : ''}
</head>
<body>
  <header><p data-testid="host-text">Gemeente Voorbeeld</p><button type="button" data-testid="host-button">Menu</button></header>
  <main>
    <h1 data-testid="host-heading">Hoe datagestuurd is uw gemeente?</h1>
    ${filler}
    ${body}
  </main>
  <footer><p>Gemeente Voorbeeld, Postbus 1</p></footer>
</body>
</html>
`;
  writeFileSync(`${pagesDir}${name}`, page);
  return name;
}
