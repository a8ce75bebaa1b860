// The instrument's result as the content issue asks for it: "wat telt mee" under every
// statement and in the report, next steps that are actions (the engine's), the source
// article's five questions as the engine reads them, and archetype traits: every archetype at
// least somewhat alike is named, a blend when two are close and one when they are far apart.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { ScanPage, STORAGE_KEY } from '../lib/scan-page.mjs';
import { readFileSync } from 'node:fs';
import { engineScore, engineCode } from '../lib/engine.mjs';
import { seed } from '../lib/storage-tricks.mjs';

const content = ScanPage.content();
const areaIds = content.areas.map((a) => a.id);
const archetype = (id) => content.archetypes.find((a) => a.id === id);

/** Opens the widget with `record` in storage (once: a reload keeps what the widget saved). */
async function openWith(page, scan, record) {
  await seed(page, JSON.stringify(record));
  await scan.open();
  // What these tests read sits in the results' sections on request: open them all.
  for (const summary of await page.locator('.zs-results details > summary').all()) await summary.click();
}

/**
 * Answers so that each area's mean option is as near as five whole options get to `targets`
 * (per area id): the lower option for some statements, the higher for the rest.
 */
function answersNear(targets) {
  const answers = {};
  for (const area of areaIds) {
    const ids = content.statements.filter((s) => s.area === area).map((s) => s.id);
    const t = targets[area];
    const low = Math.floor(t);
    const high = Math.round((t - low) * ids.length);
    ids.forEach((id, i) => { answers[id] = Math.min(5, i < high ? low + 1 : low); });
  }
  return answers;
}

const results = (answers, extra = {}) => ({ v: 4, answers, desired: {}, domains: {}, step: 'results', lang: 'nl', ...extra });

test('"wat telt mee" stands under every statement and in the report\'s answers', async ({ page, scan }) => {
  await scan.open();
  await scan.start();
  await scan.next();
  const area = content.areas[0];
  await scan.expectStep(area.name.nl);
  const here = content.statements.filter((s) => s.area === area.id);
  for (const s of here) {
    const counts = scan.testid(`counts-${s.id}`);
    await expect(counts).toHaveText(`Wat telt mee: ${s.counts.nl}`);
    // Read with the question: the fieldset is described by it.
    // The description names "wat telt mee" first (then the shared option words, if any).
    const described = (await scan.testid(`statement-${s.id}`).getAttribute('aria-describedby')).split(' ');
    expect(described[0]).toBe(await counts.getAttribute('id'));
  }
  await page.getByRole('button', { name: 'English' }).click();
  await expect(scan.testid(`counts-${here[0].id}`)).toHaveText(`What counts: ${here[0].counts.en}`);
  await expectAccessible(page, 'area step with what counts');

  await page.goto('about:blank');
  await openWith(page, scan, results(answersNear(Object.fromEntries(areaIds.map((a) => [a, 3])))));
  for (const s of content.statements) {
    await expect(scan.testid(`report-counts-${s.id}`)).toHaveText(`Wat telt mee: ${s.counts.nl}`);
  }
});

test('each next step is the engine\'s action from the chosen option, with the next option as its goal', async ({ page, scan }) => {
  const answers = Object.fromEntries(content.statements.map((s, i) => [s.id, (i % 4) + 1]));
  const record = results(answers);
  await openWith(page, scan, record);
  await scan.expectStep('De uitkomst van uw zelfscan');
  const engine = engineScore(record);
  expect(engine.next_steps.length).toBeGreaterThan(0);
  for (const step of engine.next_steps) {
    const s = content.statements.find((x) => x.id === step.statement);
    // The engine's action is the content's improvement for that option, never the next state.
    expect(step.improvement).toBe(s.improvements[step.from - 1].nl);
    expect(step.improvement).not.toBe(s.options[step.to - 1].nl);
    const item = scan.testid(`advice-${step.area}`).getByTestId(`next-step-${step.statement}`);
    await expect(item.getByTestId('next-step-action')).toHaveText(`Wat u kunt doen: ${step.improvement}`);
    await expect(item).toContainText(`Doel: ${s.options[step.to - 1].nl}`);
  }
  await expect(page.locator('li[data-testid^="next-step-"]')).toHaveCount(engine.next_steps.length);
});

test('the five questions show what the engine reads from the answers, and a question to discuss', async ({ page, scan }) => {
  // Every other tagged statement answered, the rest open or "don't know"; two domains.
  const answers = {};
  content.statements.forEach((s, i) => {
    if (i % 3 === 0) answers[s.id] = 'dont_know';
    else if (i % 3 === 1) answers[s.id] = (i % 5) + 1;
  });
  const record = results(answers, { domains: { soza: 'practice', puza: 'experimenting' } });
  await openWith(page, scan, record);
  const engine = engineScore(record);
  expect(engine.guiding.map((g) => g.id)).toEqual(content.guiding_questions.map((g) => g.id));
  expect(engine.guiding.some((g) => g.answered)).toBe(true);
  for (const g of engine.guiding) {
    const section = scan.testid(`guiding-${g.id}`);
    const question = content.guiding_questions.find((q) => q.id === g.id);
    await expect(section.getByRole('heading')).toHaveText(question.text.nl);
    await expect(section).toHaveAttribute('data-answered', String(g.answered));
    await expect(section.getByTestId('guiding-not-answered')).toHaveCount(g.answered ? 0 : 1);
    await expect(section.getByTestId('guiding-discussion')).toHaveText(`Om te bespreken: ${g.discussion}`);
    await expect(section.locator('li[data-testid^="guiding-"]:not([data-testid^="guiding-domain-"])')).toHaveCount(g.statements.length);
    for (const s of g.statements) {
      const item = section.getByTestId(`guiding-${g.id}-${s.id}`);
      const statement = content.statements.find((x) => x.id === s.id);
      if (s.option !== null) await expect(item).toContainText(statement.options[s.option - 1].nl);
      if (s.id === g.weakest) await expect(item).toHaveAttribute('data-weakest', 'true');
      else await expect(item).not.toHaveAttribute('data-weakest', 'true');
    }
    for (const d of g.domains) await expect(section.getByTestId(`guiding-domain-${d.id}`)).toBeVisible();
    await expect(section.locator('[data-testid^="guiding-domain-"]')).toHaveCount(g.domains.length);
  }
  expect(engine.guiding.find((g) => g.id === 'domains').domains.map((d) => d.id)).toEqual(['soza', 'puza']);
  await expectAccessible(page, 'results with the five questions');
});

test('two archetypes close together are both named as traits; far apart, only the one', async ({ page, scan }) => {
  const profile = (id) => Object.fromEntries(areaIds.map((a) => [a, archetype(id).profile[a]]));
  const [a, b] = ['beheers', 'dienstverlenend'];
  const between = answersNear(Object.fromEntries(areaIds.map((x) => [x, (profile(a)[x] + profile(b)[x]) / 2])));
  const blend = results(between);
  const engine = engineScore(blend);
  expect(engine.early).toBe(false);
  expect([...engine.traits].sort()).toEqual([a, b].sort());
  await openWith(page, scan, blend);
  const traits = scan.testid('archetype-traits');
  await expect(traits).toHaveText(`Uw antwoorden hebben kenmerken van: ${engine.traits.map((t) => archetype(t).name.nl).join(', ')}`);
  for (const t of engine.traits) await expect(scan.testid(`archetype-${t}`)).toBeVisible();
  await expect(page.locator('.zs-archetype')).toHaveCount(2);

  const own = answersNear(profile('wendbaar'));
  const orientation = Object.fromEntries(content.orientation.map((o) => [o.id, 1 + o.options.findIndex((x) => x.archetype === 'wendbaar')]));
  const far = results({ ...own, ...orientation });
  const alone = engineScore(far);
  expect(alone.traits).toEqual(['wendbaar']);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(far)]);
  await page.reload();
  await expect(scan.testid('archetype-traits')).toHaveText(`Uw antwoorden hebben kenmerken van: ${archetype('wendbaar').name.nl}`);
  await expect(page.locator('.zs-archetype')).toHaveCount(1);
});

test('an early profile names no archetype', async ({ page, scan }) => {
  const low = answersNear(Object.fromEntries(areaIds.map((a, i) => [a, 1 + (i % 2)])));
  const record = results(low);
  const engine = engineScore(record);
  expect(engine.early).toBe(true);
  await openWith(page, scan, record);
  await expect(scan.testid('archetype-early')).toHaveText(content.texts.early_profile.nl);
  await expect(page.locator('.zs-archetype')).toHaveCount(0);
  await expect(scan.testid('archetype-traits')).toHaveCount(0);
});

test('a team code from an earlier version of the statements is named as such, and what still compares is said', async ({ page, scan }) => {
  // A colleague answered version 1 of the statements: its ids, as that widget's code holds them.
  const versions = readFileSync(new URL('../../../crates/content/versions.txt', import.meta.url), 'utf8');
  const v1 = versions.split(/^version: /m).find((b) => b.startsWith('1\n'));
  const oldIds = v1.split('statements:')[1].split(/\s+/).filter((id) => id && !id.startsWith('orientation-'));
  expect(oldIds.some((id) => content.statements.some((s) => s.id === id))).toBe(false);
  const record = { v: 4, answers: Object.fromEntries(oldIds.map((id, i) => [id, (i % 5) + 1])), desired: { vision: 4 }, domains: { soza: 'practice' }, step: 'results', lang: 'nl' };
  const earlier = engineCode(record, 1);
  const current = engineCode(results(Object.fromEntries(content.statements.map((s, i) => [s.id, (i % 5) + 1]))));
  expect(earlier[0]).toBe('1');

  await scan.open();
  await scan.testid('team-toggle').click();
  await scan.testid('team-codes').fill(`${earlier}\n${current}`);
  await scan.testid('team-add').click();
  await expect(scan.testid('team-members').locator('li')).toHaveCount(2);
  await expect(scan.testid('member-1-earlier')).toHaveText('(ingevuld met een eerdere versie van de stellingen: versie 1)');
  await expect(scan.testid('member-2-earlier')).toHaveCount(0);
  await expect(scan.testid('team-earlier-version')).toContainText('Er is 1 deelnemer die de scan heeft ingevuld met een eerdere versie van de stellingen.');
  await expect(scan.testid('team-earlier-version')).toContainText('vakdomeinen en gewenste niveaus van deze deelnemer tellen wel mee');
  await expectAccessible(page, 'team view with an earlier version');
});
