import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/fixtures.ts';

// A small sum so a 1..3 sweep with 2 repeats takes a few seconds on two cores.
const SMALL = '/?lab=speedup&lang=en&workload=sum&size=20000000&max=3&repeats=2&grain=4';

/** Width and height from a PNG's header: the signature, then the IHDR chunk (big-endian words). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function downloaded(page: Page, button: ReturnType<Page['getByRole']>, saveAs?: string) {
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  if (saveAs) await download.saveAs(saveAs);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path()) ?? '') };
}

test('the speedup lab exports its chart as a 1920 x 1080 slide PNG, and the slide SVG names the inputs and the machine', async ({
  page,
}, testInfo) => {
  await page.goto(SMALL);
  await page.getByRole('button', { name: 'Run sweep' }).click();
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(3, { timeout: 60_000 });
  const exports = page.getByRole('group', { name: 'Export', exact: true });

  const png = await downloaded(
    page,
    exports.getByRole('button', { name: 'Slide PNG' }),
    testInfo.outputPath('speedup-slide.png'),
  );
  expect(png.name).toMatch(/^speedup-slide-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.png$/);
  expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });

  const svg = await downloaded(page, exports.getByRole('button', { name: 'Slide SVG' }));
  expect(svg.name).toMatch(/^speedup-slide-.*\.svg$/);
  const source = svg.bytes.toString('utf8');
  expect(source).toMatch(/^<svg [^>]*width="1920" height="1080" viewBox="0 0 1920 1080"/);
  const { cores, major } = await page.evaluate(() => ({
    cores: navigator.hardwareConcurrency,
    major: /Chrome\/(\d+)/.exec(navigator.userAgent)?.[1],
  }));
  // The caption: the sweep's inputs, then the machine. (Its lines wrap: read them from the <title>.)
  const title = /<title>([^<]*)<\/title>/.exec(source)?.[1] ?? '';
  expect(title).toContain(
    'Speedup of the chunked summation, 0..20,000,000, 4 chunks per worker, message passing, 2 repeats per point',
  );
  expect(title).toMatch(
    new RegExp(`\\n${cores} logical cores? reported, Chromium ${major}, \\d{4}-\\d\\d-\\d\\d$`),
  );

  // The page-size exports are still there, under their old names.
  const pagePng = await downloaded(page, exports.getByRole('button', { name: 'PNG', exact: true }));
  expect(pagePng.name).toMatch(/^speedup-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.png$/);
  expect(pngSize(pagePng.bytes).width).toBeLessThan(1920);

  // The efficiency chart has its own row, with a slide of its own.
  const efficiency = page.getByRole('group', { name: 'Export the chart “Efficiency (speedup / workers)”' });
  const efficiencyPng = await downloaded(page, efficiency.getByRole('button', { name: 'Slide PNG' }));
  expect(efficiencyPng.name).toMatch(/^speedup-efficiency-slide-.*\.png$/);
  expect(pngSize(efficiencyPng.bytes)).toEqual({ width: 1920, height: 1080 });
});
