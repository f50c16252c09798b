// Firefox (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi: no geckodriver needed.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { pageOp } from '../page-ops.mjs';
import { opExpression } from './session.mjs';

const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

/** @returns {Promise<import('./session.mjs').Session>} */
export async function launchFirefox() {
  if (!existsSync(FIREFOX))
    throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr, or set FIREFOX_PATH.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // On a closed network Firefox keeps asking for remote settings; a data: URL answers at once. Release
    // builds honour that preference only with MOZ_REMOTE_SETTINGS_DEVTOOLS set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
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
