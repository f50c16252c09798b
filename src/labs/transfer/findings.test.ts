import { expect, test } from 'vitest';
import type { TransferPoint } from './engine/measure-transfers.ts';
import { findings } from './findings.ts';

function point(transport: TransferPoint['transport'], bytes: number, medianMs: number): TransferPoint {
  return {
    transport,
    bytes,
    medianMs,
    ms: [medianMs],
    bytesPerSecond: 0,
    pageSendMs: 0,
    pageReadMs: 0,
    workerReadMs: 0,
  };
}

test('finds the clone/shared ratio at the largest size and where transfer starts to win for good', () => {
  const points = [
    point('clone', 1024, 0.05),
    point('transfer', 1024, 0.06),
    point('shared', 1024, 0.04),
    point('clone', 2048, 0.07),
    point('transfer', 2048, 0.05),
    point('shared', 2048, 0.04),
    point('clone', 4096, 0.06),
    point('transfer', 4096, 0.07),
    point('clone', 8192, 0.2),
    point('transfer', 8192, 0.05),
    point('shared', 8192, 0.05),
    point('clone', 16384, 0.4),
    point('transfer', 16384, 0.05),
  ];
  const result = findings(points, [{ bytes: 1024, medianMs: 0.001, bytesPerSecond: 5e9 }]);
  expect(result.cloneOverShared).toEqual({ bytes: 8192, ratio: 4 });
  expect(result.transferWinsFrom).toBe(8192);
  expect(result.copyBytesPerSecond).toBe(5e9);
});

test('says so when transfer never wins, and says nothing it did not measure', () => {
  expect(findings([point('clone', 1, 1), point('transfer', 1, 2)], []).transferWinsFrom).toBeNull();
  expect(findings([], [])).toEqual({});
});
