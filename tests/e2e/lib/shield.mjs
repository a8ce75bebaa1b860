// The shield's check, shared by shield.spec.mjs (Chromium) and tests/engines/check.mjs (WebKit,
// Firefox). The shield (style/zelfscan.css) is left out on the widget's own pages,
// `body.zs-page`; it is put back by taking that class away, as on a host page.

/**
 * Runs in the page: the computed styles of the element at `selector` and everything in it
 * (with their ::before, ::after and ::marker), on the own page and with the shield. Returns the
 * differences (at most 12, with their element and property), how many values were compared and
 * how many elements. Sections on request are opened first, so that their contents count too.
 * Self-contained, so that WebDriver can run its source.
 */
export function compareWithShield(selector) {
  const root = document.querySelector(selector);
  if (!root) return { differences: [], compared: 0, elements: 0 };
  root.querySelectorAll('details').forEach((d) => { d.open = true; });
  const elements = [root, ...root.querySelectorAll('*')];
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.dataset && el.dataset.testid ? `[${el.dataset.testid}]` : ''}.${[...el.classList].join('.')}`;
  const snapshot = () => elements.flatMap((el) => [null, '::before', '::after', '::marker'].flatMap((pseudo) => {
    const style = getComputedStyle(el, pseudo);
    if (pseudo && pseudo !== '::marker' && style.content === 'none') return [];
    const values = {};
    for (let i = 0; i < style.length; i += 1) values[style[i]] = style.getPropertyValue(style[i]);
    return [[`${name(el)}${pseudo ?? ''}`, values]];
  }));
  // The page's own margin (`.zs-page`) is kept, so that only the shield differs.
  document.body.style.margin = '0';
  const own = snapshot();
  document.body.classList.remove('zs-page');
  const shielded = snapshot();
  document.body.classList.add('zs-page');
  document.body.style.margin = '';
  const differences = [];
  let compared = 0;
  own.forEach(([where, style], i) => {
    for (const [property, value] of Object.entries(style)) {
      // The `lang` attribute's language (Chromium's mapping of it), which the revert undoes:
      // without the shield a control in another language (the "English" switch) keeps it, as
      // it should.
      if (property === '-webkit-locale') continue;
      compared += 1;
      const other = shielded[i][1][property];
      if (other !== value && differences.length < 12) differences.push(`${where} ${property}: ${value} (shielded: ${other})`);
    }
  });
  return { differences, compared, elements: elements.length };
}
