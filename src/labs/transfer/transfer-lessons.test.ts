import { expect, test } from 'vitest';
import type { TransferPoint } from './engine/measure-transfers.ts';
import type { Transport } from './engine/transfer-protocol.ts';
import { TRANSFER_LESSONS, transferGain } from './transfer-lessons.ts';

const MB = 1 << 20;

function point(transport: Transport, bytes: number, medianMs: number): TransferPoint {
  return {
    transport,
    bytes,
    ms: [medianMs],
    medianMs,
    bytesPerSecond: (2 * bytes) / (medianMs / 1000),
    pageSendMs: 0,
    pageReadMs: 0,
    workerReadMs: 0,
  };
}

const threads = TRANSFER_LESSONS.threads!;
const messageCost = TRANSFER_LESSONS['message-cost']!;

test('a transfer far faster, somewhat faster, or not, against a copy of the same size', () => {
  expect(transferGain(40)).toBe('much');
  expect(transferGain(10)).toBe('much');
  expect(transferGain(3)).toBe('some');
  expect(transferGain(1.2)).toBe('same');
});

test('processes and threads: the copy and the transfer of 64 MB as the table shows them, and sharing', () => {
  const points = [
    point('clone', 64 * MB, 95.25),
    point('transfer', 64 * MB, 1.125),
    point('shared', 64 * MB, 0.0625),
    point('comlink', 64 * MB, 120),
  ];
  const sentences = threads.explain(points, 'much', 'en')!;
  expect(sentences[0]).toBe(
    'You expected the transfer to be far faster. Copying 64 MB there and back took 95.250 ms; transferring the same buffer took 1.125 ms, 85× faster.',
  );
  expect(sentences[1]).toBe('That is what happened: the transfer was 85× faster.');
  expect(sentences[2]).toContain('took 0.063 ms');
  expect(threads.explain(points, 'same', 'en')![1]).toBe('Not quite: the transfer was 85× faster.');
  // Without shared memory there is no shared row, and no sentence about it.
  expect(
    threads.explain(
      points.filter((p) => p.transport !== 'shared'),
      undefined,
      'en',
    ),
  ).toHaveLength(3);
  expect(threads.explain([point('clone', MB, 1)], 'much', 'en')).toBeUndefined();
  const zh = threads.explain(points, 'much', 'zh')!;
  expect(zh[0]).toContain('95.250 毫秒');
  expect(zh[1]).toBe('结果和你预测的一样：转移的用时只有复制的 1/85。');
});

test('what a message costs: a flat transfer against a growing copy, and where the transfer starts winning', () => {
  const points = [
    point('clone', 1024, 0.05),
    point('transfer', 1024, 0.08),
    point('clone', 2048, 0.06),
    point('transfer', 2048, 0.05),
    point('clone', 16 * MB, 22),
    point('transfer', 16 * MB, 0.09),
  ];
  const [first, verdict, wins] = messageCost.explain(points, 'flat', 'en')!;
  expect(first).toBe(
    'You expected a transfer to cost about the same at every size. From 1 KB to 16 MB, a copy’s round trip went from 0.050 ms to 22.000 ms (440×); a transfer’s from 0.080 ms to 0.090 ms (1.1×).',
  );
  expect(verdict).toBe('That is what happened: a transfer’s round trip changed 1.1× over the whole range.');
  expect(wins).toContain('from 2 KB on');
  const growing = points.map((p) =>
    p.transport === 'transfer' ? { ...p, medianMs: p.medianMs * (p.bytes / 1024) } : p,
  );
  expect(messageCost.explain(growing, 'flat', 'en')![1]).toMatch(/^Not quite: a transfer’s round trip grew/);
  const neverWins = points.map((p) => (p.transport === 'transfer' ? { ...p, medianMs: 100 } : p));
  expect(messageCost.explain(neverWins, undefined, 'en')![2]).toContain(
    'not faster than copying at any size',
  );
  expect(
    messageCost.explain(
      points.filter((p) => p.bytes === 1024),
      'flat',
      'en',
    ),
  ).toBeUndefined();
});
