// Firefox through puppeteer-core over WebDriver BiDi, started as scripts/firefox.mjs starts it.
import { launchFirefox as startFirefox } from '../../scripts/firefox.mjs';
import { pageSession } from './session.mjs';

/** @returns {Promise<import('./session.mjs').Session>} */
export async function launchFirefox() {
  const browser = await startFirefox();
  const page = /** @type {import('playwright').Page} */ (/** @type {unknown} */ (await browser.newPage()));
  return pageSession('firefox', page, () => browser.close());
}
