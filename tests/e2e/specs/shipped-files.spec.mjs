// The stylesheet and embed.js are shipped without comments and indentation (scripts/strip.mjs,
// run by scripts/post-build.mjs). The shipped files must mean what their sources mean: the same
// CSS rules as the browser parses them, the same lines of code in the same order, and a
// stylesheet the pages still load under its integrity hash.
import { readFileSync } from 'node:fs';
import { test, expect } from '../lib/fixtures.mjs';
import { stripCss, stripJs } from '../../../scripts/strip.mjs';

const source = (path) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** The shipped stylesheet's name, from the page that links it. */
async function stylesheetName(request) {
  const html = await (await request.get('index.html')).text();
  const name = /<link rel="stylesheet" href="\.\/(zelfscan-[0-9a-f]+\.css)"/.exec(html)?.[1];
  expect(name, 'index.html links a stylesheet').toBeTruthy();
  return name;
}

test('the shipped stylesheet has every rule of style/zelfscan.css and no comments', async ({ page, request }) => {
  const shipped = await (await request.get(await stylesheetName(request))).text();
  const original = source('style/zelfscan.css');
  expect(shipped).not.toContain('/*');
  expect(shipped.length, 'shorter than its source').toBeLessThan(original.length * 0.8);
  await page.goto('index.html');
  // Each text parsed by the browser, every rule (with the rules nested in it) serialised.
  const rules = (text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return [...sheet.cssRules].map((rule) => rule.cssText);
  };
  const [fromShipped, fromSource] = await Promise.all([page.evaluate(rules, shipped), page.evaluate(rules, original)]);
  expect(fromSource.length, 'rules in the source').toBeGreaterThan(100);
  expect(fromShipped).toEqual(fromSource);
});

for (const path of ['index.html', 'workbench.html']) {
  test(`${path} applies the shipped stylesheet under its integrity hash`, async ({ page, request }) => {
    const name = await stylesheetName(request);
    await page.goto(path);
    // A stylesheet whose hash does not match is not loaded (and the browser logs an error, which
    // the fixture fails on): it has no sheet with rules.
    const rules = await page.evaluate(
      (file) => [...document.styleSheets].find((s) => (s.href ?? '').endsWith(`/${file}`))?.cssRules.length ?? 0,
      name,
    );
    expect(rules, `rules of ${name} applied on ${path}`).toBeGreaterThan(100);
  });
}

test('the shipped embed.js has every line of code of its source, in order, and its header', async ({ request }) => {
  const shipped = (await (await request.get('embed.js')).text()).split('\n');
  const original = source('embed.js');
  const header = original.slice(0, original.indexOf('*/') + 2);
  expect(header.startsWith('/*! zelfscan embed.js')).toBe(true);
  const headerLines = header.split('\n');
  expect(shipped.slice(0, headerLines.length)).toEqual(headerLines);
  const code = original
    .slice(header.length)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'));
  expect(code.length, 'lines of code in the source').toBeGreaterThan(300);
  const body = shipped.slice(headerLines.length).filter((line) => line !== '');
  expect(body.length).toBe(code.length);
  // Each line as in the source; the build writes the hashed file names over the placeholders.
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  code.forEach((line, k) => {
    const pattern = new RegExp(`^${escape(line).replace(/'@@zelfscan-[a-z-]+@@'/g, "'[^']+'")}$`);
    expect(body[k], `code line ${k + 1}`).toMatch(pattern);
  });
});

test('the stripping keeps strings and refuses code whose meaning its lines carry', () => {
  expect(stripCss('a::before {\n  content: "/* not a comment */"; /* a comment */\n}\n')).toBe(
    'a::before {\ncontent: "/* not a comment */";\n}\n',
  );
  expect(() => stripCss('a { color: red; } /* open')).toThrow(/not closed/);
  expect(stripJs('/*! head */\n  // note\n  var a = 1; // kept\n\n  f();\n')).toBe('/*! head */\nvar a = 1; // kept\nf();\n');
  expect(() => stripJs('var t = `one\n  two`;\n')).toThrow(/template literal/);
  expect(() => stripJs("var s = 'one\\\n  two';\n")).toThrow(/continued/);
  expect(() => stripJs('f(); /* later */\n')).toThrow(/block comment/);
});
