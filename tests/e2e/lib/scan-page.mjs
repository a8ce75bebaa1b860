// The page object: how the tests talk to the widget, by stable data-testids.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { T } from './texts.mjs';

export const STORAGE_KEY = 'zelfscan';

export class ScanPage {
  constructor(page) {
    this.page = page;
    this.heading = page.locator('#zs-step-heading');
  }

  /** Opens the widget's own page and waits for the live widget (not the static first screen). */
  async open() {
    await this.page.goto('index.html');
    await expect(this.page.locator('[data-testid=widget] #zs-step-heading')).toBeVisible();
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

  /** The ids of the areas, in order, read from the content file the widget ships. */
  static content() {
    return JSON.parse(readFileSync(new URL('../../../crates/content/scan.json', import.meta.url), 'utf8'));
  }

  async expectStep(name) {
    await expect(this.heading).toHaveText(name);
  }

  /**
   * Answers every statement on the current area step with `choose(statementId, index)`, which
   * returns 1..5, 'dont-know', 'not-applicable' or null (leave open).
   */
  async answerStep(choose) {
    const ids = await this.statementIds();
    for (const [index, id] of ids.entries()) {
      const choice = choose(id, index);
      if (choice !== null) await this.answer(id, choice);
    }
    return ids;
  }

  /**
   * From the intro, past the domains step (nothing chosen), through every area (each statement
   * answered 1..5 by its place), the ambition and the summary, to the results.
   */
  async walkToResults() {
    await this.start();
    await this.next();
    for (const _area of ScanPage.content().areas) {
      await this.answerStep((_id, i) => 1 + (i % 5));
      await this.next();
    }
    await this.expectStep(T.AmbitionTitle.nl);
    await this.next();
    await this.expectStep(T.SummaryTitle.nl);
    await this.next();
    await this.expectStep(T.ResultsTitle.nl);
  }

  async chooseDesired(areaId, level) {
    await this.testid(`desired-${areaId}-${level}`).check();
  }

  /** The results table as { areaId: { score, level, desired } } texts. */
  async resultsTable() {
    return this.page.locator('[data-testid=results-table] tbody tr').evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => {
          const id = row.dataset.testid.replace(/^result-/, '');
          const cell = (name) => row.querySelector(`[data-testid=${name}-${id}]`).textContent.trim();
          return [id, { score: cell('score'), level: cell('level'), desired: cell('desired-level') }];
        }),
      ),
    );
  }

  async savedRecord() {
    const text = await this.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    return text === null ? null : JSON.parse(text);
  }
}
