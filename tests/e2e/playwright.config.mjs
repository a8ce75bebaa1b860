import { defineConfig } from '@playwright/test';
import { chromium } from './chromium.mjs';

// ZELFSCAN_E2E_PORT lets two checkouts run their suites side by side.
export const port = Number(process.env.ZELFSCAN_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './specs',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: chromium,
    trace: 'off',
  },
  webServer: {
    command: `node serve.mjs ${port}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
