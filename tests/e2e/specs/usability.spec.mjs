// Issue 20: a result a manager takes in at a glance (the headline on the first screen, details
// on request, at most four screens closed), an ambition worth setting (a step of its own that
// saves, skips and drives the gaps), an intro whose Start is on the first screen, a domains step
// that says what it changes and can be skipped, an overview without score numbers, parts counted
// as "Aspectgebied k van n", no placeholder for visitors, and a team view for the projector.
import { test, expect, expectAccessible } from '../lib/fixtures.mjs';
import { seed } from '../lib/storage-tricks.mjs';
import { engineCode, engineScore } from '../lib/engine.mjs';
import { T } from '../lib/texts.mjs';
import { ScanPage } from '../lib/scan-page.mjs';

const content = ScanPage.content();
const SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '390x844', width: 390, height: 844 },
];

// A known answer set: every statement of area k answered with option LEVELS[k], so the order
// of the areas is known without the engine: strongest areas 0 and 1, weakest 7 and 6. Option k
// scores (k - 1) x 25, so the mean is (100 + 75 + 4 x 50 + 25 + 0) / 8 = 50: level 3.
const LEVELS = [5, 4, 3, 3, 3, 3, 2, 1];
function knownRecord(extra = {}) {
  const answers = {};
  for (const s of content.statements) {
    answers[s.id] = LEVELS[content.areas.findIndex((a) => a.id === s.area)];
  }
  return { v: 3, answers, desired: {}, domains: {}, step: 'results', lang: 'nl', completed: Date.UTC(2026, 10, 1, 12), ...extra };
}
const areaName = (i) => content.areas[i].name.nl;
const fill = (template, values) => Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, String(v)), template);

/** The element lies wholly inside the viewport, with the page scrolled to the top. */
async function expectOnFirstScreen(page, locator, what) {
  await expect(locator, what).toBeVisible();
  const box = await locator.boundingBox();
  const { height } = page.viewportSize();
  expect(box, what).not.toBeNull();
  expect(box.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom within ${height}px`).toBeLessThanOrEqual(height);
}

for (const size of SIZES) {
  test(`at ${size.name} the results' first screen says where the municipality stands, its strongest and weakest areas, its traits, three steps and the adviser`, async ({ page, scan }) => {
    await page.setViewportSize(size);
    const record = knownRecord();
    await seed(page, JSON.stringify(record));
    await scan.open();
    await scan.expectStep(T.ResultsTitle.nl);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    const standing = scan.testid('headline-standing');
    await expect(standing).toHaveText(
      `${fill(T.HeadlineStanding.nl, { level: 3, k: 8, n: 8 })} ${fill(T.HeadlineRange.nl, { low: 1, high: 5 })}`,
    );
    await expect(scan.testid('headline-strongest')).toHaveText(
      `${fill(T.AreaAtLevel.nl, { area: areaName(0), level: 5 })}, ${fill(T.AreaAtLevel.nl, { area: areaName(1), level: 4 })}`,
    );
    await expect(scan.testid('headline-weakest')).toHaveText(
      `${fill(T.AreaAtLevel.nl, { area: areaName(7), level: 1 })}, ${fill(T.AreaAtLevel.nl, { area: areaName(6), level: 2 })}`,
    );
    const engine = engineScore(record);
    const names = (engine.early ? [] : engine.traits.length ? engine.traits : [engine.nearest]).map(
      (id) => content.archetypes.find((a) => a.id === id).name.nl,
    );
    const traits = scan.testid('headline-traits');
    if (engine.early) await expect(traits).toHaveText(content.texts.early_profile.nl);
    else for (const name of names) await expect(traits).toContainText(name);

    // Three steps: the lowest options first, one area each: area 7 (option 1), area 6 (option
    // 2), then one of the areas at option 3; each the improvement from the option chosen.
    const steps = page.locator('li[data-testid^="top-step-"]');
    await expect(steps).toHaveCount(3);
    const ids = await steps.evaluateAll((nodes) => nodes.map((n) => n.dataset.testid.replace(/^top-step-/, '')));
    const statements = ids.map((id) => content.statements.find((s) => s.id === id));
    const areaOf = (s) => content.areas.findIndex((a) => a.id === s.area);
    expect(statements.map(areaOf).slice(0, 2)).toEqual([7, 6]);
    expect([2, 3, 4, 5]).toContain(areaOf(statements[2]));
    for (const [i, s] of statements.entries()) {
      const from = LEVELS[areaOf(s)];
      await expect(steps.nth(i).getByTestId('top-step-action')).toHaveText(s.improvements[from - 1].nl);
    }

    for (const [what, locator] of [
      ['sentence', standing],
      ['strongest', scan.testid('headline-strongest')],
      ['weakest', scan.testid('headline-weakest')],
      ['traits', traits],
      ['step 1', steps.nth(0)],
      ['step 2', steps.nth(1)],
      ['step 3', steps.nth(2)],
      ['adviser', scan.testid('headline-adviser')],
    ]) {
      await expectOnFirstScreen(page, locator, what);
    }
    await expectAccessible(page, `results at ${size.name}`);
  });

  test(`at ${size.name} the intro's Start is on the first screen, and the privacy details name what is stored`, async ({ page, scan }) => {
    await page.setViewportSize(size);
    // The static first screen, before the widget runs, and then the live one.
    await page.goto('index.html');
    await expectOnFirstScreen(page, page.locator('[data-zs-key=start], [data-testid=start]').first(), 'Start (first paint)');
    await expect(page.locator('[data-testid=widget] #zs-step-heading')).toBeVisible();
    await expectOnFirstScreen(page, scan.testid('start'), 'Start');
    const privacy = scan.testid('privacy');
    await expect(privacy).not.toHaveAttribute('open');
    await expect(privacy.locator('summary')).toHaveText(T.PrivacySummary.nl);
    await privacy.locator('summary').click();
    await expect(privacy).toContainText('localStorage');
    // Before anything is answered there is nothing to download; a file comes back by one link.
    await expect(scan.testid('download-answers')).toHaveCount(0);
    await expect(scan.testid('footer-download')).toHaveCount(0);
    await expect(scan.testid('import-button')).toHaveText(T.ReturnWithFile.nl);
    await expectAccessible(page, `intro at ${size.name}`);
  });
}

test('with everything closed the results page is at most four screens of 800 px at 1280, and printing opens every section', async ({ page, scan }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const desired = Object.fromEntries(content.areas.map((a) => [a.id, 4]));
  await seed(page, JSON.stringify(knownRecord({ desired })));
  await scan.open();
  await scan.expectStep(T.ResultsTitle.nl);
  const details = page.locator('.zs-results details');
  // The advice of every area, the five questions, the archetypes, the answers, the answers file.
  expect(await details.count()).toBeGreaterThanOrEqual(content.areas.length + 4);
  for (const d of await details.all()) await expect(d).not.toHaveAttribute('open');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`results page, closed, with an ambition: ${height} px`);
  expect(height).toBeLessThanOrEqual(4 * 800);

  // Order: the advice, then the five questions, the archetypes and the answers; the exports last.
  const order = await page.locator('[data-testid^="advice-"], [data-testid=guiding], [data-testid=archetype], [data-testid=report-answers], [data-testid=exports]')
    .evaluateAll((nodes) => nodes.map((n) => n.dataset.testid));
  expect(order.slice(-4)).toEqual(['guiding', 'archetype', 'report-answers', 'exports']);
  expect(order.slice(0, content.areas.length).every((id) => id.startsWith('advice-'))).toBe(true);

  // A summary opens its section with the keyboard.
  const first = scan.testid(`advice-${content.areas[0].id}`);
  await first.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('open', '');
  await expect(scan.testid(`recommendation-${content.areas[0].id}`)).toBeVisible();
  await expectAccessible(page, 'results with a section open');

  // Ctrl+P: every section opens for the report, and closes again afterwards.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  for (const d of await details.all()) await expect(d).toHaveAttribute('open', '');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(scan.testid('guiding')).not.toHaveAttribute('open');
  await expect(first).toHaveAttribute('open', '');
});

test('the ambition step saves a level, clears it, can be skipped, and drives the gap table', async ({ page, scan }) => {
  const record = knownRecord({ step: `area:${content.areas.at(-1).id}` });
  await seed(page, JSON.stringify(record));
  await scan.open();
  await scan.next();
  await scan.expectStep(T.AmbitionTitle.nl);
  // Every area, with its current level, and nothing chosen.
  for (const [i, area] of content.areas.entries()) {
    await expect(scan.testid(`ambition-now-${area.id}`)).toHaveText(fill(T.AmbitionNow.nl, { level: LEVELS[i] }));
    for (let level = 1; level <= 5; level += 1) await expect(scan.testid(`desired-${area.id}-${level}`)).not.toBeChecked();
  }
  await expectAccessible(page, 'ambition step');

  // Skipping goes on to the overview and saves nothing.
  await scan.testid('ambition-skip').click();
  await scan.expectStep(T.SummaryTitle.nl);
  expect((await scan.savedRecord()).desired ?? {}).toEqual({});
  await scan.testid('next').click();
  await scan.expectStep(T.ResultsTitle.nl);
  // Without an ambition: no gap columns, no legend for it, an invitation instead.
  await expect(page.locator('[data-testid^="desired-level-"]')).toHaveCount(0);
  await expect(page.locator('.zs-legend-desired')).toHaveCount(0);
  await expect(scan.testid('gaps')).toHaveCount(0);
  await scan.testid('ambition-set').click();
  await scan.expectStep(T.AmbitionTitle.nl);

  // Choose, change, clear: the record follows.
  const [vision, service] = content.areas;
  await scan.chooseDesired(vision.id, 5);
  await scan.chooseDesired(service.id, 2);
  await expect.poll(async () => (await scan.savedRecord()).desired).toEqual({ [vision.id]: 5, [service.id]: 2 });
  await scan.testid(`desired-${service.id}-clear`).click();
  await expect(scan.testid(`desired-${service.id}-2`)).not.toBeChecked();
  await expect.poll(async () => (await scan.savedRecord()).desired).toEqual({ [vision.id]: 5 });
  await expect(scan.testid('ambition-chosen')).toHaveText(fill(T.AmbitionChosen.nl, { k: 1, n: content.areas.length }));

  await scan.next();
  await scan.next();
  await scan.expectStep(T.ResultsTitle.nl);
  // The gap: desired 5 against the level the answers give (vision's statements at option 5: 0).
  await expect(scan.testid(`desired-level-${vision.id}`)).toHaveText('5');
  await expect(scan.testid(`gap-${vision.id}`)).toHaveText('0');
  await expect(scan.testid(`desired-level-${service.id}`)).toHaveText('-');
  await expect(page.locator('.zs-legend-desired')).toHaveCount(1);
  await expect(scan.testid('ambition-invite')).toHaveCount(0);
});

test('the gap list names the area whose ambition lies above its level', async ({ page, scan }) => {
  const last = content.areas.at(-1);
  await seed(page, JSON.stringify(knownRecord({ desired: { [last.id]: 4 } })));
  await scan.open();
  await expect(scan.testid(`gap-${last.id}`)).toHaveText('+3');
  await expect(scan.testid('gaps')).toContainText(fill(T.GapItem.nl, { area: last.name.nl, from: 1, to: 4 }));
  // The area furthest below its ambition leads the three steps.
  const first = page.locator('li[data-testid^="top-step-"]').first();
  const id = (await first.getAttribute('data-testid')).replace(/^top-step-/, '');
  expect(content.statements.find((s) => s.id === id).area).toBe(last.id);
});

test('the domains step says what the choice changes and can be skipped; parts are counted; the overview ends with "Bekijk de uitkomst" and shows no score numbers', async ({ page, scan }) => {
  await scan.open();
  await scan.start();
  await scan.expectStep(T.DomainsTitle.nl);
  await expect(scan.testid('domains-why')).toHaveText(T.DomainsWhy.nl);
  await scan.testid('domains-skip').click();
  const first = content.areas[0];
  await scan.expectStep(first.name.nl);
  await expect(scan.testid('step-label')).toHaveText(fill(T.PartLabel.nl, { k: 1, n: content.areas.length, name: first.name.nl }));
  await expect(scan.testid('part-progress')).toHaveAttribute('value', '1');
  await expect(scan.testid('part-progress')).toHaveAttribute('max', String(content.areas.length));
  const [id] = await scan.statementIds();
  await scan.answer(id, 4);
  await scan.next();
  await expect(scan.testid('step-label')).toHaveText(fill(T.PartLabel.nl, { k: 2, n: content.areas.length, name: content.areas[1].name.nl }));

  // The overview: the option's words, no "4." before them, and the way to the result.
  for (let i = 1; i < content.areas.length; i += 1) await scan.next();
  await scan.expectStep(T.AmbitionTitle.nl);
  await scan.next();
  await scan.expectStep(T.SummaryTitle.nl);
  const statement = content.statements.find((s) => s.id === id);
  await expect(scan.testid(`summary-${id}`).locator('dd').first()).toHaveText(statement.options[3].nl);
  await expect(scan.testid('next')).toHaveText(T.ShowResults.nl);
});

test('without contact details a visitor reads a neutral invitation; the site owner\'s preview shows the placeholder', async ({ page, scan }) => {
  await seed(page, JSON.stringify(knownRecord()));
  await scan.open();
  await expect(scan.testid('contact-neutral')).toHaveText(T.ContactNeutral.nl);
  await expect(scan.testid('contact-placeholder')).toHaveCount(0);
  await expect(scan.testid('contact')).not.toContainText('[');


  // The site owner's own preview: the same page with data-preview="true" on the mount element.
  await page.route('**/index.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<div data-zelfscan>', '<div data-zelfscan data-preview="true">');
    await route.fulfill({ response, body });
  });
  await page.reload();
  await expect(page.locator('[data-zelfscan]')).toHaveAttribute('data-preview', 'true');
  await expect(scan.testid('contact-placeholder')).toHaveText(T.ContactPlaceholder.nl);
  await expect(scan.testid('contact-neutral')).toHaveCount(0);
});

test('the team view leads with the team chart, numbered by role, code management collapsed, the five largest disagreements without "0 ×" lines', async ({ page, scan }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Five colleagues, each a different answer set, as result codes.
  const roles = ['HR-adviseur', 'Informatiemanager', 'Teamleider KCC', 'Controller', 'Beleidsadviseur'];
  const codes = roles.map((_, p) => {
    const answers = Object.fromEntries(content.statements.map((s, i) => [s.id, ((i + p * 2) % 5) + 1]));
    return engineCode({ v: 3, answers, desired: {}, domains: {}, step: 'results', lang: 'nl' });
  });
  await scan.open();
  await scan.testid('team-toggle').click();
  await scan.expectStep(T.TeamTitle.nl);
  const manage = scan.testid('team-manage');
  await expect(manage).toHaveAttribute('open', '');
  for (const [i, code] of codes.entries()) {
    await scan.testid('team-codes').fill(code);
    await scan.testid('team-role').fill(roles[i]);
    await scan.testid('team-add').click();
    await expect(scan.testid(`member-${i + 1}`)).toBeVisible();
  }
  // While the facilitator adds codes it stays open; opened again later, it is collapsed.
  await expect(manage).toHaveAttribute('open', '');
  await scan.testid('workbench-back').click();
  await scan.testid('team-toggle').click();
  await scan.expectStep(T.TeamTitle.nl);
  await expect(manage).not.toHaveAttribute('open');

  // The chart is the first thing after the heading, titled for the team.
  const next = await page.locator('#zs-step-heading').evaluate((h) => {
    const after = [...h.parentElement.querySelectorAll('*')].filter((e) => h.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING && e.tagName === 'H2');
    return after[0]?.id;
  });
  expect(next).toBe('zs-team-chart-title');
  await expect(page.locator('#zs-team-chart-title')).toHaveText(T.TeamScoresTitle.nl);
  // Its labels are at least 20 px on a 1280 px screen.
  const sizes = await page.locator('.zs-team-label').evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().height));
  expect(sizes).toHaveLength(content.areas.length);
  for (const h of sizes) expect(h).toBeGreaterThanOrEqual(20);
  // Every dot carries its person's number, and the legend says whose number it is.
  for (const [i, role] of roles.entries()) {
    await expect(page.locator(`[data-testid^="team-dot-${i + 1}-"]`)).toHaveCount(content.areas.length);
    await expect(scan.testid(`team-legend-${i + 1}`)).toHaveText(`${i + 1} ${role}`);
  }
  // No column is cut off: the table fits its box.
  const clipped = await page.locator('[data-testid=team-table]').evaluate((t) => t.parentElement.scrollWidth > t.parentElement.clientWidth);
  expect(clipped).toBe(false);
  // At most five disagreements, and no option nobody chose.
  const disputed = page.locator('[data-testid^="disputed-"]:not([data-testid^="disputed-spread-"])');
  expect(await disputed.count()).toBeLessThanOrEqual(5);
  expect(await disputed.count()).toBeGreaterThan(0);
  await expect(page.locator('[data-testid=team-disagreement]')).not.toContainText('0 ×');
  await expectAccessible(page, 'team view with five codes');
});

test('options that share their first or last words show them once, as the sentence each option completes', async ({ page, scan }) => {
  const area = content.areas[0];
  await seed(page, JSON.stringify(knownRecord({ step: `area:${area.id}` })));
  await scan.open();
  await scan.expectStep(area.name.nl);
  const norm = (t) => t.replace(/\s+/g, ' ').trim();
  let shortened = 0;
  for (const s of content.statements.filter((x) => x.area === area.id)) {
    const template = scan.testid(`template-${s.id}`);
    if ((await template.count()) === 0) {
      // Without shared words every label is the whole option.
      for (let k = 1; k <= 5; k += 1) {
        await expect(page.locator(`label[for="zs-answer-${s.id}-${k}"]`)).toHaveText(s.options[k - 1].nl);
      }
      continue;
    }
    shortened += 1;
    const sentence = norm(await template.getByTestId('template-text').textContent());
    expect(sentence).toContain('…');
    await expect(scan.testid(`statement-${s.id}`)).toHaveAttribute('aria-describedby', new RegExp(`zs-template-${s.id}`));
    for (let k = 1; k <= 5; k += 1) {
      const label = norm(await page.locator(`label[for="zs-answer-${s.id}-${k}"]`).textContent());
      expect(label.length, `${s.id} option ${k} shorter`).toBeLessThan(s.options[k - 1].nl.length);
      // The sentence with this option's part in it is the option, word for word.
      expect(norm(sentence.replace('…', label)), `${s.id} option ${k}`).toBe(norm(s.options[k - 1].nl));
    }
  }
  expect(shortened, 'statements on this page with shared words').toBeGreaterThan(0);
  await expectAccessible(page, 'a question page with shared option words');
  // The overview keeps the whole option.
  const withTemplate = content.statements.find((s) => s.id === 'vision-mt-agenda');
  await page.evaluate((key) => {
    const record = JSON.parse(localStorage.getItem(key));
    record.step = 'summary';
    localStorage.setItem(key, JSON.stringify(record));
  }, 'zelfscan');
  await page.reload();
  await scan.expectStep(T.SummaryTitle.nl);
  await expect(scan.testid(`summary-${withTemplate.id}`).locator('dd').first()).toHaveText(withTemplate.options[LEVELS[0] - 1].nl);
});
