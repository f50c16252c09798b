// Chromium through Playwright, with the project's one set of Chromium flags (scripts/chromium.mjs).
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { pageSession } from './session.mjs';

/** @returns {Promise<import('./session.mjs').Session>} */
export async function launchChromium() {
  const browser = await chromium.launch(chromiumLaunchOptions());
  return pageSession('chromium', await browser.newPage(), () => browser.close());
}
