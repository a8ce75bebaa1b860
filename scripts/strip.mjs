// What a visitor downloads carries no comments and no indentation: they are for whoever reads
// the source (style/zelfscan.css, embed.js), and made up a third of the stylesheet and of
// embed.js. scripts/post-build.mjs applies these to dist/; tests/e2e/specs/shipped-files.spec.mjs
// checks that the shipped files mean what their sources mean.

/** The stylesheet without comments, indentation and blank lines. Strings are kept as they are
 * (a comment's opening inside one is text). Throws on a comment that is not closed. */
export function stripCss(css) {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const c = css[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) throw new Error('a comment in the stylesheet is not closed');
      i = end + 2;
    } else {
      out += c;
      i += 1;
    }
  }
  return `${lines(out).join('\n')}\n`;
}

/** embed.js without its comment lines, indentation and blank lines; the licence-style header
 * (`/*! … *\/`, how to use the file) stays. It only drops whole lines and leading spaces, so it
 * refuses a script where that could change what the code means: a string or template literal
 * over more than one line, or a block comment other than the header. */
export function stripJs(js) {
  const header = js.startsWith('/*!') ? js.slice(0, js.indexOf('*/') + 2) : '';
  const body = js.slice(header.length).split('\n');
  const code = body.filter((line) => !line.trim().startsWith('//'));
  code.forEach((line, k) => {
    const where = `embed.js, code line ${k + 1} ("${line.trim().slice(0, 40)}")`;
    if (line.includes('/*')) throw new Error(`${where}: a block comment; only the header may have one`);
    if (line.trimEnd().endsWith('\\')) throw new Error(`${where}: a string continued on the next line`);
    if ((line.match(/`/g) ?? []).length % 2 !== 0) throw new Error(`${where}: a template literal over more than one line`);
  });
  return `${header}${header ? '\n' : ''}${lines(code.join('\n')).join('\n')}\n`;
}

/** The lines of `text`, trimmed, without the empty ones. */
function lines(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
