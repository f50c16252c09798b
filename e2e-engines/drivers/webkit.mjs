// WebKitGTK (Debian's webkit2gtk-driver): WebKitWebDriver drives MiniBrowser, through selenium-webdriver,
// on an X display (MiniBrowser has no headless mode: the suite starts Xvfb when DISPLAY is unset).
// `sharedArrayBuffer: true` starts the driver with the JavaScriptCore option JSC_useSharedArrayBuffer=1,
// which reaches MiniBrowser's web processes and gives an isolated page SharedArrayBuffer, as Safari has.
import { existsSync } from 'node:fs';
import { Builder } from 'selenium-webdriver';
import { DriverService } from 'selenium-webdriver/remote/index.js';
import { freePort } from '../../scripts/free-port.mjs';
import { opExpression } from './session.mjs';

const DRIVER = process.env['WEBKIT_DRIVER_PATH'] ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER_CANDIDATES = [
  process.env['MINIBROWSER_PATH'] ?? '',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
];

/**
 * @param {{ sharedArrayBuffer: boolean, display: string }} options
 * @returns {Promise<import('./session.mjs').Session>}
 */
export async function launchWebKit({ sharedArrayBuffer, display }) {
  const miniBrowser = MINIBROWSER_CANDIDATES.find((path) => path && existsSync(path));
  if (!existsSync(DRIVER) || !miniBrowser)
    throw new Error('No WebKitWebDriver or MiniBrowser: apt-get install -y webkit2gtk-driver');
  const port = await freePort();
  /** @type {Record<string, string>} */
  const env = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  env['DISPLAY'] = display;
  if (sharedArrayBuffer) env['JSC_useSharedArrayBuffer'] = '1';
  else delete env['JSC_useSharedArrayBuffer'];
  const service = new DriverService.Builder(DRIVER)
    .setPort(port)
    .addArguments(`--port=${port}`)
    // The driver listens on loopback only; without this selenium polls the machine's LAN address.
    .setLoopback(true)
    .setEnvironment(env)
    .setStdio('ignore')
    .build();
  const url = await service.start();
  const driver = await new Builder()
    .usingServer(url)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    })
    .build();
  return {
    engine: sharedArrayBuffer ? 'webkit (JSC_useSharedArrayBuffer=1)' : 'webkit',
    goto: async (target) => {
      await driver.get(target);
    },
    op: (op, ...args) => driver.executeScript(`return ${opExpression(op, args)};`),
    nativeProblems: () => [],
    close: async () => {
      try {
        await driver.quit();
      } finally {
        await service.kill();
      }
    },
  };
}
