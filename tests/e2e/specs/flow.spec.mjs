// The whole self-scan as a visitor does it: intro, domains, every area, ambition, summary, results;
// stop and continue; clear; switch language. axe-core checks every screen.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { ScanPage } from '../lib/scan-page.mjs';
import { engineScore } from '../lib/engine.mjs';

const content = ScanPage.content();

// A varied, deterministic answer pattern: every level, "don't know", "not applicable", and
// one area left completely open so the table shows a gap.
const pattern = (areaIndex) => (id, index) => {
  if (areaIndex === 2) return null;
  const cycle = [1, 2, 3, 4, 5, 'dont-know', 'not-applicable', 3];
  return cycle[(index + areaIndex * 3) % cycle.length];
};

test('a full run ends in results that equal the engine, with every screen accessible', async ({ page, scan }) => {
  // Eleven screens, each scanned by axe, plus a run of the engine: slow on a busy 2-core machine.
  test.setTimeout(240_000);
  await scan.open();
  await expectAccessible(page, 'intro');
  await scan.start();
  await scan.expectStep('Vakdomeinen');
  await scan.testid('domain-soza').check();
  await scan.testid('domain-soza-experimenting').check();
  await scan.testid('domain-puza').check();
  await expectAccessible(page, 'domains');
  await scan.next();

  for (const [i, area] of content.areas.entries()) {
    await scan.expectStep(area.name.nl);
    await scan.answerStep(pattern(i));
    for (const o of content.orientation.filter((q) => q.area === area.id)) {
      await scan.answer(o.id, 1 + ((i + o.id.length) % o.options.length));
    }
    await expectAccessible(page, `area ${area.id}`);
    await scan.next();
  }

  await scan.expectStep('Uw ambitie per aspectgebied');
  for (const [i, area] of content.areas.entries()) {
    if (i % 2 === 0) await scan.chooseDesired(area.id, Math.min(5, 2 + i));
  }
  await expectAccessible(page, 'ambition');
  await scan.next();

  await scan.expectStep('Overzicht van uw antwoorden');
  const open = content.statements.find((s) => s.area === content.areas[2].id);
  await expect(scan.testid(`summary-${open.id}`)).toContainText('Niet beantwoord');
  await expectAccessible(page, 'summary');
  await scan.next();

  await scan.expectStep('De uitkomst van uw zelfscan');
  await expectAccessible(page, 'results');

  const record = await scan.savedRecord();
  const engine = engineScore(record);
  const table = await scan.resultsTable();
  for (const area of engine.areas) {
    expect(table[area.id], area.id).toEqual({
      score: area.score === null ? 'geen score' : String(Math.round(area.score)),
      level: area.level === null ? 'geen score' : String(area.level),
      desired: area.desired === null ? '-' : String(area.desired),
    });
  }
  // The archetype in words, as the engine bands it: every archetype whose traits show is
  // described (the nearest when none is at least somewhat alike), or none for an early profile.
  const described = engine.early ? [] : engine.traits.length > 0 ? engine.traits : [engine.nearest];
  await expect(page.locator('.zs-archetype')).toHaveCount(described.length);
  for (const id of described) {
    const a = content.archetypes.find((x) => x.id === id);
    const m = engine.archetypes.find((x) => x.id === id);
    await expect(scan.testid(`archetype-${id}`).getByTestId('archetype-name')).toHaveText(a.name.nl);
    await expect(scan.testid(`similarity-${id}`)).toHaveAttribute('data-band', m.band);
  }
  await expect(scan.testid('archetype-early')).toHaveCount(engine.early ? 1 : 0);
  for (const other of engine.early ? [] : engine.archetypes.slice(described.length)) {
    const item = scan.testid(`similarity-${other.id}`);
    await expect(item).toHaveAttribute('data-band', other.band);
    await expect(item).toContainText(`(${Math.round(other.similarity * 100)}%)`);
  }
  // Next steps per area: the engine's weakest statements, each the action from the chosen
  // option, with the next option as the goal.
  expect(engine.next_steps.length).toBeGreaterThan(0);
  for (const step of engine.next_steps) {
    const s = content.statements.find((x) => x.id === step.statement);
    const item = scan.testid(`advice-${step.area}`).getByTestId(`next-step-${step.statement}`);
    await expect(item).toContainText(step.improvement);
    await expect(item).toContainText(s.options[step.from - 1].nl);
    await expect(item).toContainText(s.options[step.to - 1].nl);
  }
  await expect(page.locator('li[data-testid^="next-step-"]')).toHaveCount(engine.next_steps.length);
  for (const id of engine.insights) {
    await expect(scan.testid(`insight-${id}`)).toBeAttached();
  }
  await expect(page.locator('[data-testid^="insight-"]')).toHaveCount(engine.insights.length);
  await expect(scan.testid('contact-neutral')).toBeVisible();
  await expect(scan.testid('contact-placeholder')).toHaveCount(0);
});

test('a reload in the middle returns to the same step with every answer', async ({ page, scan }) => {
  await scan.open();
  await scan.start();
  await scan.next();
  const answered = {};
  for (const [i, area] of content.areas.slice(0, 3).entries()) {
    for (const id of await scan.answerStep((id, index) => ((index + i) % 5) + 1)) {
      answered[id] = await scan.savedRecord().then((r) => r.answers[id]);
    }
    await scan.next();
  }
  const here = content.areas[3];
  await scan.expectStep(here.name.nl);
  await page.reload();
  await scan.expectStep(here.name.nl);
  await scan.back();
  await scan.expectStep(content.areas[2].name.nl);
  for (const id of await scan.statementIds()) {
    await expect(scan.answerInput(id, answered[id])).toBeChecked();
  }
  expect(Object.keys(answered)).toHaveLength(
    content.statements.filter((s) => content.areas.slice(0, 3).some((a) => a.id === s.area)).length,
  );
});

test('"continue where you left off" goes to the first open statement after a return to the intro', async ({ page, scan }) => {
  await scan.open();
  await scan.start();
  await scan.next();
  await scan.answerStep(() => 4);
  await page.goto('index.html');
  await scan.expectStep(content.areas[0].name.nl);
  await scan.back(); // to the domains
  await scan.back(); // to the intro
  await expect(scan.testid('continue')).toBeVisible();
  await expect(scan.testid('start-again')).toBeVisible();
  await expectAccessible(page, 'intro with saved progress');
  await scan.testid('continue').click();
  await scan.expectStep(content.areas[1].name.nl);
  await expect(page.locator('#zs-step-heading')).toBeFocused();
});

test('"clear my answers" asks first, then empties storage and the screen', async ({ page, scan }) => {
  await scan.open();
  await scan.start();
  await scan.next();
  const [first] = await scan.answerStep((id, index) => (index === 0 ? 2 : null));
  await scan.back();
  await scan.back();
  await scan.testid('clear').click();
  await expect(scan.testid('confirm')).toBeVisible();
  await expectAccessible(page, 'clear confirmation');
  await scan.testid('confirm-no').click();
  expect((await scan.savedRecord()).answers[first]).toBe(2);

  await scan.testid('clear').click();
  await scan.testid('confirm-yes').click();
  await expect(scan.testid('cleared')).toBeVisible();
  // Storage keeps at most a marker that the answers were cleared (so another tab cannot bring
  // them back), never an answer.
  const record = await scan.savedRecord();
  expect(record, 'a clear leaves a marker record').not.toBeNull();
  expect(record.cleared).toBeGreaterThan(0);
  expect(record.answers).toEqual({});
  expect(record.desired).toEqual({});
  expect(record.domains).toEqual({});
  await expect(scan.testid('start')).toBeVisible();
  await scan.start();
  await scan.next();
  await expect(scan.answerInput(first, 2)).not.toBeChecked();
  await page.reload();
  await expect(scan.answerInput(first, 2)).not.toBeChecked();
});

test('switching to English keeps every answer and translates the screen', async ({ page, scan }) => {
  await scan.open();
  await scan.start();
  await scan.next();
  const [first] = await scan.answerStep((id, index) => (index === 0 ? 5 : null));
  await scan.testid('switch-language').click();
  await scan.expectStep(content.areas[0].name.en);
  await expect(page.locator('.zs')).toHaveAttribute('lang', 'en');
  await expect(scan.answerInput(first, 5)).toBeChecked();
  await expect(page.getByText(content.statements.find((s) => s.id === first).options[4].en)).toBeVisible();
  await expectAccessible(page, 'area in English');
  await page.reload();
  await scan.expectStep(content.areas[0].name.en);
});
