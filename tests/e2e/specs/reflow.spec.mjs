// Reflow at 320 CSS pixels (WCAG 1.4.10): no screen scrolls sideways.
import { test, expect } from '../lib/fixtures.mjs';
import { ScanPage } from '../lib/scan-page.mjs';

const content = ScanPage.content();

test.use({ viewport: { width: 320, height: 640 } });

async function expectNoSidewaysScroll(page, screen) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `scrollWidth on ${screen}`).toBeLessThanOrEqual(320);
}

test('at 320 px wide no screen is wider than the viewport', async ({ page, scan }) => {
  test.setTimeout(120_000);
  await scan.open();
  await expectNoSidewaysScroll(page, 'intro');
  await scan.start();
  for (const domain of content.domains) await scan.testid(`domain-${domain.id}`).check();
  await expectNoSidewaysScroll(page, 'domains');
  await scan.next();
  for (const [i, area] of content.areas.entries()) {
    await scan.expectStep(area.name.nl);
    await scan.answerStep((id, index) => ((index + i) % 5) + 1);
    await expectNoSidewaysScroll(page, `area ${area.id}`);
    await scan.next();
  }
  await scan.expectStep('Uw ambitie per aspectgebied');
  for (const area of content.areas) await scan.chooseDesired(area.id, 4);
  await expectNoSidewaysScroll(page, 'ambition');
  await scan.next();
  await expectNoSidewaysScroll(page, 'summary');
  await scan.next();
  await scan.expectStep('De uitkomst van uw zelfscan');
  await expectNoSidewaysScroll(page, 'results');
  for (const summary of await page.locator('.zs-results details > summary').all()) await summary.click();
  await expectNoSidewaysScroll(page, 'results, every section open');
});
