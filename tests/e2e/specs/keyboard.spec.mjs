// Keyboard alone does everything: from the intro to the results with only page.keyboard, and
// every control that receives focus shows a visible focus indicator.
import { test, expect } from '../lib/fixtures.mjs';
import { ScanPage } from '../lib/scan-page.mjs';

const content = ScanPage.content();

/** Presses Tab until the focused element has `testid`, checking each focus stop's indicator. */
async function tabTo(page, testid, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { testid: null, visible: false };
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const ring = style.boxShadow !== 'none';
      return { testid: el.dataset.testid ?? el.id ?? el.tagName, visible: outline || ring };
    });
    expect(focused.visible, `focus indicator on ${focused.testid}`).toBe(true);
    if (focused.testid === testid) return;
  }
  throw new Error(`no focus on ${testid} after ${limit} tabs`);
}

test('a keyboard-only run reaches the results with a visible focus indicator on every control', async ({ page, scan }) => {
  test.setTimeout(180_000);
  await scan.open();
  await tabTo(page, 'start');
  await page.keyboard.press('Enter');
  await scan.expectStep('Vakdomeinen');
  await expect(scan.heading).toBeFocused();

  await tabTo(page, 'domain-soza');
  await page.keyboard.press('Space');
  await tabTo(page, 'domain-soza-not_started');
  await page.keyboard.press('ArrowDown');
  await expect(scan.testid('domain-soza-experimenting')).toBeChecked();
  await tabTo(page, 'next');
  await page.keyboard.press('Enter');

  for (const area of content.areas) {
    await scan.expectStep(area.name.nl);
    await expect(scan.heading).toBeFocused();
    for (const id of await scan.statementIds()) {
      await tabTo(page, `answer-${id}-1`);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(scan.answerInput(id, 3)).toBeChecked();
    }
    await tabTo(page, 'next', 20);
    await page.keyboard.press('Enter');
  }

  // The ambition: a radio group with nothing chosen takes Space, then the arrow keys.
  await scan.expectStep('Uw ambitie per aspectgebied');
  await expect(scan.heading).toBeFocused();
  const first = content.areas[0].id;
  await tabTo(page, `desired-${first}-1`);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(scan.testid(`desired-${first}-2`)).toBeChecked();
  await tabTo(page, `desired-${first}-clear`);
  await page.keyboard.press('Enter');
  await expect(scan.testid(`desired-${first}-2`)).not.toBeChecked();
  // Focus stays in the group the choice was cleared from.
  await expect(scan.testid(`desired-${first}-1`)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(scan.testid(`desired-${first}-4`)).toBeChecked();
  await tabTo(page, 'next', 100);
  await page.keyboard.press('Enter');

  await scan.expectStep('Overzicht van uw antwoorden');
  await tabTo(page, 'next', 200);
  await page.keyboard.press('Enter');
  await scan.expectStep('De uitkomst van uw zelfscan');
  for (const area of content.areas) {
    await expect(scan.testid(`score-${area.id}`)).toHaveText('50');
    await expect(scan.testid(`level-${area.id}`)).toHaveText('3');
  }
  const record = await scan.savedRecord();
  expect(record.domains).toEqual({ soza: 'experimenting' });
  expect(record.desired).toEqual({ [first]: 4 });
  // A section on request opens from the keyboard, with a visible focus indicator.
  await tabTo(page, 'guiding-summary', 120);
  await page.keyboard.press('Enter');
  await expect(scan.testid('guiding')).toHaveAttribute('open', '');
});
