// Chromium through Playwright, with the project's one set of Chromium flags (scripts/chromium.mjs).
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { pageOp } from '../page-ops.mjs';
import { opExpression } from './session.mjs';

/** @returns {Promise<import('./session.mjs').Session>} */
export async function launchChromium() {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    engine: 'chromium',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    op: (op, ...args) => page.evaluate(opExpression(pageOp, op, args)),
    nativeProblems: () => [...problems],
    close: () => browser.close(),
  };
}
