// The engine's own answer for a saved record: `zelfscan-content score`, so browser tests can
// compare the screen with the pure Rust scoring.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export function engineScore(record) {
  const file = join(mkdtempSync(join(tmpdir(), 'zelfscan-')), 'answers.json');
  writeFileSync(file, JSON.stringify(record));
  const out = execFileSync('cargo', ['run', '--quiet', '-p', 'zelfscan-content', '--bin', 'zelfscan-content', '--', 'score', file], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/**
 * The result code of a saved record, as `zelfscan-content code` makes it; with `version`, as the
 * widget of that published content version made it.
 */
export function engineCode(record, version) {
  const file = join(mkdtempSync(join(tmpdir(), 'zelfscan-')), 'answers.json');
  writeFileSync(file, JSON.stringify(record));
  return execFileSync('cargo', ['run', '--quiet', '-p', 'zelfscan-content', '--bin', 'zelfscan-content', '--', 'code', file, ...(version ? [String(version)] : [])], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
}
