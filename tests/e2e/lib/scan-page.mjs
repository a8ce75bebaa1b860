// The page object: how the tests talk to the widget, by stable data-testids.
import { expect } from '@playwright/test';

export const STORAGE_KEY = 'zelfscan';

export class ScanPage {
  constructor(page) {
    this.page = page;
    this.heading = page.locator('#zs-step-heading');
  }

  async open() {
    await this.page.goto('index.html');
    await expect(this.page.getByTestId('start')).toBeVisible();
  }

  testid(id) {
    return this.page.getByTestId(id);
  }

  async start() {
    await this.testid('start').click();
  }

  async next() {
    await this.testid('next').click();
  }

  async back() {
    await this.testid('back').click();
  }

  /** Chooses option `choice` (1..5, 'dont-know' or 'not-applicable') of a statement. */
  async answer(statementId, choice) {
    await this.testid(`answer-${statementId}-${choice}`).check();
  }

  answerInput(statementId, choice) {
    return this.testid(`answer-${statementId}-${choice}`);
  }

  async statementIds() {
    return this.page
      .locator('[data-testid^="statement-"]')
      .evaluateAll((nodes) => nodes.map((n) => n.dataset.testid.replace(/^statement-/, '')));
  }

  async savedRecord() {
    const text = await this.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    return text === null ? null : JSON.parse(text);
  }
}
