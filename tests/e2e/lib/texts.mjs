// UI strings read from the core's tables (crates/core/src/view/texts.rs: `T`, the widget's, and
// `W`, the workbench's), so specs check the texts the widget owns without copying them:
// T.BootFailed.nl, T.TeamTitle.en, ...
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../../../crates/core/src/view/texts.rs', import.meta.url), 'utf8');

export const T = new Proxy({}, {
  get(_, key) {
    const found = source.match(new RegExp(`\\b[TW]::${String(key)} => \\(\\s*"((?:[^"\\\\]|\\\\.)*)",\\s*"((?:[^"\\\\]|\\\\.)*)",?\\s*\\)`));
    if (!found) throw new Error(`texts.rs has no T::${String(key)} or W::${String(key)}`);
    return { nl: found[1], en: found[2] };
  },
});
