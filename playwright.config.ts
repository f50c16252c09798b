import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import {
  E2E_ORIGIN,
  PLAIN_ORIGIN,
  COURSE_ORIGIN,
  E2E_PORT,
  PLAIN_PORT,
  COURSE_PORT,
} from './e2e/support/origins.ts';

/**
 * End-to-end tests against the built site (`dist/`, built by `npm run test:e2e`):
 * - `vite preview` with the isolation headers, as a host that sends them;
 * - a plain static server without them, as GitHub Pages, which also serves the embedding parent page
 *   from a second origin;
 * - the course page and the slide deck (docs/course, docs/slides, with reveal.js from node_modules), served
 *   without the headers from a third origin, their labs loaded from the first server.
 */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: {
    baseURL: E2E_ORIGIN,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'main', testIgnore: /\.timing\.spec\.ts$/ },
    // Frame and freeze measurements: alone, after everything else, so other tests do not share the cores.
    { name: 'timing', testMatch: /\.timing\.spec\.ts$/, dependencies: ['main'], workers: 1 },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${E2E_PORT} --strictPort`,
      url: E2E_ORIGIN,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `node e2e/support/plain-server.mjs ${PLAIN_PORT}`,
      url: `${PLAIN_ORIGIN}/index.html`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `node scripts/course-server.mjs --port ${COURSE_PORT} --app ${E2E_ORIGIN}/`,
      url: `${COURSE_ORIGIN}/docs/course/`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
