import { defineConfig } from '@playwright/test';
import { chromium } from './chromium.mjs';

// ZELFSCAN_E2E_PORT lets two checkouts run their suites side by side.
export const port = Number(process.env.ZELFSCAN_E2E_PORT ?? 4173);
// The host pages of the embed-*.spec.mjs specs, on another site (localhost, not 127.0.0.1).
export const hostPort = Number(process.env.ZELFSCAN_HOST_PORT ?? 4175);

export default defineConfig({
  testDir: './specs',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Every web-first assertion waits on its condition; on a loaded machine (make e2e-loaded) the
  // default five seconds is too short for a wasm start, so they may wait up to fifteen.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: chromium,
    trace: 'off',
  },
  webServer: {
    // Every page runs under the Content-Security-Policy README.md documents, and may be framed
    // by the embed specs' host site, or by a page of its own site (this Chromium denies a frame
    // of another site its storage, which some specs need); /pages/ serves the host pages they
    // generate (lib/host-pages.mjs).
    command: `node serve.mjs ${port} --csp "--frame-ancestors=http://localhost:${hostPort} 'self'" --pages=../../target/e2e-pages`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
