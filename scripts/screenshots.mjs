// `npm run screenshots -- [OUT_DIR]`: serves dist/ with the isolation headers and saves a PNG of every
// lab in both languages, light and dark, and embedded, for a person to look at (and the README's picture).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './chromium.mjs';

const outDir = process.argv[2] ?? 'screenshots';
const labs = (process.env['LABS'] ?? 'sum,pool,speedup,sync,transfer').split(',');
const port = 4199;
await mkdir(outDir, { recursive: true });
const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true } });
const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
try {
  for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme });
    for (const lab of labs) {
      for (const lang of ['en', 'zh']) {
        for (const embed of [false, true]) {
          const query = `lab=${lab}&lang=${lang}${embed ? '&embed=1' : ''}`;
          await page.goto(`http://127.0.0.1:${port}/?${query}`);
          await page.getByRole('heading', { level: 2 }).waitFor();
          const file = join(outDir, `${lab}-${lang}-${colorScheme}${embed ? '-embed' : ''}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
