// Firefox through puppeteer-core over WebDriver BiDi, started as scripts/firefox.mjs starts it.
import { launchFirefox as startFirefox } from '../../scripts/firefox.mjs';
import { pageOp } from '../page-ops.mjs';
import { opExpression } from './session.mjs';

/** @returns {Promise<import('./session.mjs').Session>} */
export async function launchFirefox() {
  const browser = await startFirefox();
  const page = await browser.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) =>
    problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`),
  );
  return {
    engine: 'firefox',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    op: (op, ...args) => page.evaluate(opExpression(pageOp, op, args)),
    nativeProblems: () => [...problems],
    close: () => browser.close(),
  };
}
