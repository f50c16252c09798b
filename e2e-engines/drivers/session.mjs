// What the smoke suite needs of a browser, whichever engine and automation protocol drive it.
import { pageOp } from '../page-ops.mjs';

/**
 * @typedef {object} Session
 * @property {string} engine        the engine as the suite reports it ("chromium", "firefox", "webkit")
 * @property {(url: string) => Promise<void>} goto   navigates and waits for the load event
 * @property {(op: string, ...args: unknown[]) => Promise<unknown>} op   runs page-ops.mjs's pageOp there
 * @property {() => string[]} nativeProblems   console errors and page errors the protocol reported
 *   itself, since the session began (WebDriver classic reports none: the page's recorder covers it)
 * @property {() => Promise<void>} close   ends the browser and every process it started
 */

/**
 * The expression that runs pageOp(op, ...args) in the page, for drivers that take source text.
 * @param {string} op @param {unknown[]} args
 */
export function opExpression(op, args) {
  return `(${pageOp.toString()})(...${JSON.stringify([op, ...args])})`;
}

/**
 * A session over a page of Playwright or of puppeteer, whose pages answer these calls alike (goto,
 * evaluate of source text, the console and pageerror events); puppeteer's page is typed as Playwright's.
 * @param {string} engine @param {import('playwright').Page} page @param {() => Promise<void>} close
 * @returns {Session}
 */
export function pageSession(engine, page, close) {
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) =>
    problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`),
  );
  return {
    engine,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    op: (op, ...args) => page.evaluate(opExpression(op, args)),
    nativeProblems: () => [...problems],
    close,
  };
}
