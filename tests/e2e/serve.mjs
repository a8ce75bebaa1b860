// A minimal static server for the built widget (dist/) on 127.0.0.1, used by the e2e tests and
// the benchmark.
//
//   node serve.mjs [port] [dir] [--csp[=POLICY]] [--frame-ancestors=SOURCES] [--pages=DIR] [--hold-wasm=MS]
//
// --csp             sends a Content-Security-Policy: POLICY, or without one the policy README.md
//                   documents for the widget (`default-src 'self'; script-src 'self'
//                   'wasm-unsafe-eval'; style-src 'self'`)
// --frame-ancestors adds `frame-ancestors SOURCES` to that policy (the iframe way)
// --pages           also serves DIR under /pages/ (host pages the tests generate from README.md)
// --hold-wasm       answers every .wasm request MS milliseconds late: a slow connection, for
//                   engines that a test cannot intercept requests in (tests/engines/check.mjs)
// Paths under /cors/ serve the same files with `Access-Control-Allow-Origin: *`, the header
// README.md documents for sandboxed iframes.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const WIDGET_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const here = fileURLToPath(new URL('.', import.meta.url));
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const option = (name) => {
  const found = process.argv.slice(2).find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (found === undefined) return undefined;
  return found.includes('=') ? found.slice(found.indexOf('=') + 1) : true;
};
const port = Number(positional[0] ?? 4173);
const root = resolve(positional[1] ?? join(here, '..', '..', 'dist'));
const pages = option('pages') === undefined ? undefined : resolve(option('pages'));
const csp = option('csp');
const ancestors = option('frame-ancestors');
const holdWasm = Number(option('hold-wasm') ?? 0);
let policy = csp === undefined ? undefined : csp === true ? WIDGET_POLICY : csp;
if (policy !== undefined && typeof ancestors === 'string') policy += `; frame-ancestors ${ancestors}`;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** The file for a request path, or null when it lies outside the folder served there. */
function locate(path) {
  const [dir, rest] = pages && path.startsWith('/pages/') ? [pages, path.slice('/pages'.length)] : [root, path];
  const file = normalize(join(dir, rest.endsWith('/') ? rest + 'index.html' : rest));
  return file.startsWith(dir) ? file : null;
}

createServer(async (request, response) => {
  let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  const cors = path.startsWith('/cors/');
  if (cors) path = path.slice('/cors'.length);
  const file = locate(path);
  if (file === null) {
    response.writeHead(403).end();
    return;
  }
  const headers = { 'cache-control': 'no-store' };
  if (policy !== undefined) headers['content-security-policy'] = policy;
  if (cors) headers['access-control-allow-origin'] = '*';
  if (holdWasm > 0 && extname(file) === '.wasm') await new Promise((resolve) => setTimeout(resolve, holdWasm));
  try {
    const body = await readFile(file);
    response.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
