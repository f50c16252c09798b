// The kernel-timing API as the bench page sees it: exposed with Comlink on one end of a MessageChannel and
// wrapped on the other, so replies cross structured clone as they do from the real worker.
import { afterEach, expect, test } from 'vitest';
import { sumRange } from '../../src/lib/sum/kernels/sum-range.ts';
import { floatLoop } from './float-loop.ts';
import { kernelTimingApi } from './kernel-timing-api.ts';
import { closeChannels, exposeOverChannel } from '../../src/test-support/comlink-channel.ts';

const connect = () => exposeOverChannel(kernelTimingApi);

afterEach(closeChannels);

test('warmUp answers true', async () => {
  expect(await connect().warmUp()).toBe(true);
});

test('timeSumRange: the exact BigInt total and a non-negative time in ms', async () => {
  const timing = await connect().timeSumRange(2 ** 45, 2 ** 45 + 2_000_000);
  expect(timing.total).toBe(sumRange(2 ** 45, 2 ** 45 + 2_000_000));
  expect(typeof timing.total).toBe('bigint');
  expect(timing.ms).toBeGreaterThanOrEqual(0);
  expect(timing.ms).toBeLessThan(60_000);
});

test('timeFloatLoop: the float loop total, so the loop cannot be dropped, and its time', async () => {
  const timing = await connect().timeFloatLoop(0, 1_000_000);
  expect(timing.total).toBe(floatLoop(0, 1_000_000));
  expect(timing.total).toBe((1_000_000 * 999_999) / 2);
  expect(timing.ms).toBeGreaterThanOrEqual(0);
});
