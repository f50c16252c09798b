// One place that decides how the cross-engine suite and the bench start Firefox: Debian's firefox-esr (or
// $FIREFOX_PATH), headless, through puppeteer-core over WebDriver BiDi (no geckodriver needed).
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

/** @returns {string} the Firefox binary, or throws saying how to get one */
export function findFirefox() {
  const path = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
  if (!existsSync(path))
    throw new Error(`No Firefox at ${path}: apt-get install -y firefox-esr, or set FIREFOX_PATH.`);
  return path;
}

/** @returns {Promise<import('puppeteer-core').Browser>} */
export function launchFirefox() {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // A bench workload is one evaluate call of minutes; puppeteer's default gives up after 180 s.
    protocolTimeout: 30 * 60_000,
    // On a closed network Firefox keeps asking for remote settings; a data: URL answers at once. Release
    // builds honour that preference only with MOZ_REMOTE_SETTINGS_DEVTOOLS set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
}
