// What the smoke suite needs of a browser, whichever engine and automation protocol drive it.

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
 * @param {Function} pageOp @param {string} op @param {unknown[]} args
 */
export function opExpression(pageOp, op, args) {
  return `(${pageOp.toString()})(...${JSON.stringify([op, ...args])})`;
}

export {};
