// The printed report: "Save as PDF" of a complete scan, on A4 and Letter, in Dutch and English.
// Page 1 is the summary (title, dates, archetype, the three largest gaps); every page carries
// the title, the date and "pagina k van n" and more than a heading; the report holds the scores,
// the recommendations and every answer, and no button. Each page is kept as a PNG under
// test-results for a person to look at.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../lib/fixtures.mjs';
import { ScanPage } from '../lib/scan-page.mjs';
import { seed } from '../lib/storage-tricks.mjs';
import { engineScore } from '../lib/engine.mjs';
import { T } from '../lib/texts.mjs';

const content = ScanPage.content();
// pdftotext drops a hyphen at a line break ("data-" + "analist" becomes "dataanalist") or
// keeps it with a space; compare words without hyphens on both sides.
const words = (text) =>
  text.normalize('NFKC').replace(/\u00ad/g, '').replace(/\s+/g, ' ').replace(/-\s?/g, '').trim();

/**
 * The most pages a complete scan may take. Before the summary page it was 14 (A4, Dutch), then
 * 13; the issue-10 content (51 statements, 3 orientation questions, up to 3 next steps per area
 * in the report) made 17, and letting an area's advice break across pages (each step whole)
 * brought it to 14 (A4) and 15 (Letter, Dutch). The content issue's instrument (what counts,
 * actions as next steps, the five questions) may take it to 20: still a deliverable.
 */
const MAX_PAGES = 20;

// Every statement answered, levels varying per statement, two left as "don't know"; desired
// levels above the current ones in five areas, so there are more than three gaps to rank.
const recordIn = (lang) => ({
  v: 1,
  answers: Object.fromEntries(
    content.statements.map((s, i) => [s.id, i % 11 === 5 ? 'dont_know' : (i % 5) + 1]),
  ),
  desired: Object.fromEntries(content.areas.slice(0, 5).map((a, i) => [a.id, 5 - (i % 2)])),
  domains: { soza: 'practice' },
  step: 'summary',
  lang,
});

const words_ = {
  nl: { results: 'De uitkomst van uw zelfscan', title: 'Rapport van de zelfscan datagestuurd werken en wendbaarheid', running: 'ingevuld op', page: (k, n) => `pagina ${k} van ${n}`, buttons: ['Afdrukken of opslaan als pdf', 'Vorige', 'English', T.ChangeArea.nl.replace('{area}', content.areas[0].name.nl), 'Toegankelijkheid'], dontKnow: 'Weet ik niet', locale: 'nl-NL' },
  en: { results: 'The result of your self-scan', title: 'Report of the self-scan on data-driven working and agility', running: 'completed on', page: (k, n) => `page ${k} of ${n}`, buttons: ['Print or save as PDF', 'Back', 'Nederlands', T.ChangeArea.en.replace('{area}', content.areas[0].name.en), 'Accessibility'], dontKnow: "Don't know", locale: 'en-GB' },
};

function pdfPages(file) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
}

test.use({ timezoneId: 'Europe/Amsterdam' });

for (const lang of ['nl', 'en']) {
  for (const format of ['A4', 'Letter']) {
    test(`the ${format} report in ${lang} opens with its summary and numbers every page, none of them stray`, async ({ page, scan }, testInfo) => {
      test.setTimeout(120_000);
      const w = words_[lang];
      const record = recordIn(lang);
      await seed(page, JSON.stringify(record));
      await scan.open();
      // Going on from the summary completes the scan: that is the date the report gives.
      await scan.next();
      await scan.expectStep(w.results);
      await expect(scan.testid('print')).toBeVisible();
      const today = await page.evaluate(
        (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()),
        w.locale,
      );

      const dir = mkdtempSync(join(tmpdir(), 'zelfscan-pdf-'));
      const file = join(dir, 'report.pdf');
      writeFileSync(file, await page.pdf({ format }));
      const pages = pdfPages(file);
      const n = pages.length;
      execFileSync('pdftoppm', ['-r', '50', '-png', file, join(dir, 'page')]);
      for (const png of readdirSync(dir).filter((f) => f.endsWith('.png'))) {
        copyFileSync(join(dir, png), testInfo.outputPath(`${format}-${lang}-${png}`));
      }
      copyFileSync(file, testInfo.outputPath(`report-${format}-${lang}.pdf`));
      console.log(`report ${format} ${lang}: ${n} pages`);
      expect(n, 'page count').toBeLessThanOrEqual(MAX_PAGES);

      const engine = engineScore(record);
      // The cover names the nearest archetype in words, and every one whose traits show when
      // there are several.
      expect(engine.early).toBe(false);
      for (const id of engine.traits.length > 1 ? engine.traits : [engine.nearest]) {
        const name = content.archetypes.find((a) => a.id === id).name[lang];
        await expect(scan.testid('report-nearest')).toContainText(name);
      }
      await expect(scan.testid('report-nearest')).not.toContainText('%');
      const nearest = content.archetypes.find((a) => a.id === engine.archetypes[0].id);
      const running = words(`${w.title}, ${w.running} ${today}`);
      // Page 1 itself, without the running title every page has.
      const first = words(pages[0]).replace(running, '');
      expect(first).toContain(words(w.title));
      expect(first).toContain(today);
      expect(first).toContain(words(nearest.name[lang]));
      expect(engine.largest_gaps.length).toBeGreaterThan(3);
      for (const id of engine.largest_gaps.slice(0, 3)) {
        expect(first, `gap ${id} on page 1`).toContain(words(content.areas.find((a) => a.id === id).name[lang]));
      }
      const fourth = content.areas.find((a) => a.id === engine.largest_gaps[3]).name[lang];
      expect(first, 'only three gaps on page 1').not.toContain(`${words(fourth)}: `);

      for (const [i, text] of pages.entries()) {
        const flat = words(text);
        expect(flat, `page ${i + 1}'s number`).toContain(w.page(i + 1, n));
        expect(flat, `page ${i + 1}'s running title`).toContain(words(running));
        // What is left without the running title and the page number: more than a heading.
        const body = text
          .split('\n')
          .map((line) => words(line).replace(running, '').replace(w.page(i + 1, n), '').trim())
          .filter((line) => line.length > 0);
        expect(body.length, `lines on page ${i + 1}: ${body.join(' | ')}`).toBeGreaterThanOrEqual(4);
        expect(body.join(' ').length, `text on page ${i + 1}`).toBeGreaterThan(200);
      }

      const all = words(pages.join('\n'));
      // The chart and the table are never split: the whole table is on the chart's page.
      const caption = lang === 'nl' ? 'Scores per aspectgebied (0 tot 100)' : 'Scores per aspect area (0 to 100)';
      const profilePage = words(pages.find((p) => words(p).includes(caption)) ?? '');
      expect(profilePage).toContain(lang === 'nl' ? 'Huidige situatie Gewenste situatie' : 'Current situation Desired situation');
      for (const area of engine.areas) {
        const def = content.areas.find((a) => a.id === area.id);
        const row = words(`${def.name[lang]} ${Math.round(area.score)} ${area.level}`);
        expect(profilePage, `row ${area.id} with the chart`).toContain(row);
        expect(all).toContain(words(def.advice[area.level - 1].recommendation[lang]));
      }
      // The advice per area carries the next step for each weak statement: the action, and the
      // next option as its goal.
      expect(engine.next_steps.length).toBeGreaterThan(0);
      for (const step of engine.next_steps) {
        const s = content.statements.find((x) => x.id === step.statement);
        expect(all).toContain(words(`${lang === 'nl' ? 'Wat u kunt doen' : 'What you can do'}: ${s.improvements[step.from - 1][lang]}`));
        expect(all).toContain(words(`${lang === 'nl' ? 'Doel' : 'Goal'}: ${s.options[step.to - 1][lang]}`));
      }
      // The five questions of the source article, each with its question to discuss.
      for (const g of content.guiding_questions) {
        expect(all).toContain(words(g.text[lang]));
        expect(all).toContain(words(g.discussion[lang]));
      }
      // The answers appendix says what each statement counted.
      for (const s of content.statements) {
        expect(all).toContain(words(`${lang === 'nl' ? 'Wat telt mee' : 'What counts'}: ${s.counts[lang]}`));
      }
      // The appendix lists every statement with its answer, in content order.
      const appendix = all.indexOf(lang === 'nl' ? 'Al uw antwoorden' : 'All your answers');
      expect(appendix, 'the answers appendix').toBeGreaterThan(0);
      let previous = appendix;
      for (const s of content.statements) {
        const answer = record.answers[s.id];
        const statement = words(s.text[lang]);
        const chosen = words(answer === 'dont_know' ? w.dontKnow : s.options[answer - 1][lang]);
        const at = all.indexOf(statement, previous + 1);
        expect(at, `"${s.id}" in the appendix after the statement before it`).toBeGreaterThan(previous);
        expect(all.indexOf(chosen, at + statement.length), `the answer to "${s.id}" after it`).toBeGreaterThan(at);
        previous = at;
      }
      // The adviser's contact closes the report's body, before the appendix of answers; the
      // appendix ends the report, with the last statement on the last page.
      const contact = all.indexOf(words(lang === 'nl' ? 'Bespreek de uitkomst met een adviseur' : 'Discuss the result with an adviser'));
      expect(contact, 'the adviser section').toBeGreaterThan(0);
      expect(contact, 'the adviser section before the appendix').toBeLessThan(appendix);
      expect(words(pages[n - 1])).toContain(words(content.statements.at(-1).text[lang]));
      for (const label of w.buttons) {
        expect(all, `button label "${label}" in the report`).not.toContain(words(label));
      }
    });
  }
}

const seedRecord = (page, record) => seed(page, JSON.stringify(record));

// 15 March 2026, 23:30 UTC: already the 16th in Amsterdam.
const completed = Date.UTC(2026, 2, 15, 23, 30);

test('the completion date is kept with the answers (format 3) and survives a reload and a second look', async ({ page, scan }) => {
  await seedRecord(page, { ...recordIn('nl'), v: 3, step: 'results', completed });
  await scan.open();
  await scan.expectStep('De uitkomst van uw zelfscan');
  await expect(scan.testid('report-completed')).toHaveText('16 maart 2026');
  await page.reload();
  await expect(scan.testid('report-completed')).toHaveText('16 maart 2026');
  // Back to the summary and on again without a change: still the date it was completed.
  await scan.back();
  await scan.next();
  await expect(scan.testid('report-completed')).toHaveText('16 maart 2026');
  expect(await scan.savedRecord()).toMatchObject({ v: 4, completed });
});

test('a record from before format 3 has no completion date until the scan is completed again', async ({ page, scan }) => {
  // A version 2 record that claims a completion: not a field of version 2, so ignored.
  await seedRecord(page, { ...recordIn('nl'), v: 2, step: 'results', completed });
  await scan.open();
  await expect(scan.testid('report-completed')).toHaveText('niet bekend');
  await scan.back();
  await scan.testid(`change-${content.areas[0].id}`).click();
  await scan.answer(content.statements[0].id, 2);
  while ((await scan.heading.textContent()) !== 'Overzicht van uw antwoorden') await scan.next();
  await scan.next();
  const today = await page.evaluate(() => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()));
  await expect(scan.testid('report-completed')).toHaveText(today);
  expect((await scan.savedRecord()).completed).toBeGreaterThan(completed);
});
