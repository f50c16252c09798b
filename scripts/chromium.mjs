// One place that decides which Chromium the tests and the bench drive, and with which flags.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then Playwright's own downloaded browser.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

/** Flags without which Chromium stalls on a closed network (it keeps trying to reach update and sync hosts). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Path of the Chromium binary to launch, or `undefined` for Playwright's own browser.
 * Throws an error that says how to get one when none exists.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright throws when it has no browser for this platform: treat as not installed.
  }
  if (bundled && existsSync(bundled)) return undefined;
  throw new Error(
    [
      'No Chromium found. The tests and the bench drive a real headless Chromium. Get one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
      "  - Playwright's own: npx playwright install chromium",
      '  - or point CHROMIUM_PATH at any Chromium or Chrome binary.',
    ].join('\n'),
  );
}

/** Launch options for Playwright's `chromium.launch` (also used by Vitest's browser provider). */
export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}
