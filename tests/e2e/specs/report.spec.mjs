// The printed report: "Save as PDF" of the results holds the scores, the archetype, the
// recommendations and every answer, and no button or navigation.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../lib/fixtures.mjs';
import { ScanPage, STORAGE_KEY } from '../lib/scan-page.mjs';
import { engineScore } from '../lib/engine.mjs';

const content = ScanPage.content();
// pdftotext drops a hyphen it takes for a line-end hyphenation ("data-analist" may come out as
// "dataanalist"), so hyphens are left out on both sides of the comparison.
const words = (text) => text.normalize('NFKC').replace(/(\S)-\s*/g, '$1').replace(/\s+/g, ' ').trim();

// Every statement answered, levels varying per statement, two left as "don't know".
const record = {
  v: 1,
  answers: Object.fromEntries(
    content.statements.map((s, i) => [s.id, i % 11 === 5 ? 'dont_know' : (i % 5) + 1]),
  ),
  desired: { [content.areas[0].id]: 5 },
  domains: { soza: 'practice' },
  step: 'results',
  lang: 'nl',
};

test('the PDF report holds scores, archetype, recommendations and every answer, without buttons', async ({ page, scan }) => {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, JSON.stringify(record)],
  );
  await scan.open();
  await scan.expectStep('De uitkomst van uw zelfscan');
  await expect(scan.testid('print')).toBeVisible();

  const file = join(mkdtempSync(join(tmpdir(), 'zelfscan-pdf-')), 'report.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = words(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));

  const engine = engineScore(record);
  for (const area of engine.areas) {
    const def = content.areas.find((a) => a.id === area.id);
    expect(text).toContain(words(`${def.name.nl} ${Math.round(area.score)} ${area.level}`));
    expect(text).toContain(words(def.advice[area.level - 1].recommendation.nl));
  }
  const nearest = content.archetypes.find((a) => a.id === engine.archetypes[0].id);
  expect(text).toContain(words(nearest.name.nl));
  expect(engine.next_steps.length).toBeGreaterThan(0);
  for (const step of engine.next_steps) {
    const s = content.statements.find((x) => x.id === step.statement);
    expect(text).toContain(words(`Volgende stap: ${s.options[step.to - 1].nl}`));
  }
  // The appendix lists every statement with its answer, in content order.
  const appendix = text.indexOf('Al uw antwoorden');
  expect(appendix, 'the answers appendix').toBeGreaterThan(0);
  let previous = appendix;
  for (const s of content.statements) {
    const answer = record.answers[s.id];
    const statement = words(s.text.nl);
    const chosen = words(answer === 'dont_know' ? 'Weet ik niet' : s.options[answer - 1].nl);
    const at = text.indexOf(statement, previous + 1);
    expect(at, `"${s.id}" in the appendix after the statement before it`).toBeGreaterThan(previous);
    expect(text.indexOf(chosen, at + statement.length), `the answer to "${s.id}" after it`).toBeGreaterThan(at);
    previous = at;
  }
  for (const label of ['Afdrukken of opslaan als pdf', 'Vorige', 'English', 'wijzigen']) {
    expect(text, `button label "${label}" in the report`).not.toContain(label);
  }
});
