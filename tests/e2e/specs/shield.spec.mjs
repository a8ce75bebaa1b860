// The shield (style/zelfscan.css: every element inside the widget reverts to the browser's own
// styles, so that a host page's element rules cannot reach in) is left out on the widget's own
// pages, `body.zs-page`, where there are no host rules and the revert only costs time. Leaving
// it out must change nothing there: on every step of a scan, and on the workbench, every
// computed style of every element and pseudo-element of the widget is the same as with the
// shield (lib/shield.mjs; make engines checks the same in WebKit and Firefox).
import { test, expect } from '../lib/fixtures.mjs';
import { ScanPage } from '../lib/scan-page.mjs';
import { T } from '../lib/texts.mjs';
import { compareWithShield } from '../lib/shield.mjs';

const content = ScanPage.content();

async function expectSameAsShielded(page, screen, root = '[data-testid=widget]') {
  const { differences, compared, elements } = await page.evaluate(compareWithShield, root);
  // A page whose widget was not found, or not styled, would compare nothing.
  expect(elements, `elements on ${screen}`).toBeGreaterThan(10);
  expect(compared, `styles compared on ${screen}`).toBeGreaterThan(elements * 100);
  expect(differences, `computed styles that the shield changes on ${screen}`).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('on the widget\'s own page, leaving the shield out changes no computed style on any step', async ({ page, scan }) => {
  test.setTimeout(180_000);
  await scan.open();
  await page.evaluate(() => localStorage.clear());
  await scan.open();
  await expect(scan.heading).toHaveText(content.texts.intro_title.nl);
  await expectSameAsShielded(page, 'the intro');
  await scan.start();
  await scan.expectStep(T.DomainsTitle.nl);
  await page.locator('[data-testid=domains] input').first().check();
  await expectSameAsShielded(page, 'the domains step');
  await scan.next();
  const choices = [1, 2, 3, 4, 5, 'dont-know', 'not-applicable'];
  for (const [a, area] of content.areas.entries()) {
    await scan.expectStep(area.name.nl);
    await scan.answerStep((id, i) => (i === 0 && a === 1 ? null : choices[(a + i) % choices.length]));
    await expectSameAsShielded(page, `area ${area.id}`);
    await scan.next();
  }
  await scan.expectStep(T.AmbitionTitle.nl);
  await expectSameAsShielded(page, 'the ambition');
  await scan.next();
  await scan.expectStep(T.SummaryTitle.nl);
  await expectSameAsShielded(page, 'the summary');
  await scan.next();
  await scan.expectStep(T.ResultsTitle.nl);
  await expect(page.getByTestId('radar-chart')).toBeVisible();
  await expectSameAsShielded(page, 'the results');
  // The printed report and forced colours have rules of their own after the shield.
  await page.emulateMedia({ media: 'print' });
  await expectSameAsShielded(page, 'the results, printed');
  await page.emulateMedia({ media: 'screen', forcedColors: 'active' });
  await expectSameAsShielded(page, 'the results in forced colours');
});

test('on the workbench page, leaving the shield out changes no computed style', async ({ page, scan }) => {
  await page.goto('workbench.html#view=team');
  await scan.expectStep(T.TeamTitle.nl);
  await expectSameAsShielded(page, 'the team view', '[data-testid=workbench]');
  await page.goto('workbench.html#view=history');
  await page.reload();
  await scan.expectStep(T.HistoryTitle.nl);
  await expectSameAsShielded(page, 'the history', '[data-testid=workbench]');
});
