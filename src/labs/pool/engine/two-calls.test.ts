import { expect, test } from 'vitest';
import type { Outcome } from '../../../lib/pool/index.ts';
import { CALL_A_URLS, CALL_B_URLS, runTwoCalls, type TwoCallsRun } from './two-calls.ts';
import { replayTwoCalls } from './two-calls-replay.ts';

function failedOutcome(index: number, item: string, endMs: number): Outcome<string, unknown> {
  return { index, item, workerId: 1, startMs: endMs - 1, endMs, status: 'timeout' };
}

function ok(index: number, item: string, value: unknown, endMs: number): Outcome<string, unknown> {
  return { index, item, workerId: 1, startMs: endMs - 1, endMs, status: 'ok', value };
}

test('two calls at once on one pool: each gets its own function’s results and tagged log lines', async () => {
  const run = await runTwoCalls(new AbortController().signal);
  expect(run.a.map((o) => o.status === 'ok' && o.value)).toEqual(CALL_A_URLS);
  expect(run.b.map((o) => o.status === 'ok' && o.value)).toEqual(CALL_B_URLS.map((url) => url.length));
  expect(run.logs.filter((line) => line.call === 'a')).toHaveLength(CALL_A_URLS.length);
  expect(run.logs.filter((line) => line.call === 'b')).toHaveLength(CALL_B_URLS.length);
  const replay = replayTwoCalls(run);
  expect(replay.crossed).toBe(0);
  expect(replay.tagged).toBe(replay.lines);
  expect(replay.aWouldGet).toEqual(CALL_A_URLS.map((url) => url.length));
});

test('the replay: the other call’s function on call A’s items, and the lines after the first call ended', () => {
  const run: TwoCallsRun = {
    // Out of input order, and item 1 got call B's function: the pool would have crossed the calls.
    a: [ok(1, 'https://x/1', 11, 40), ok(0, 'https://x/0', 'https://x/0', 30)],
    b: [ok(0, 'https://y/long', 14, 50), ok(1, 'https://y/z', 11, 90)],
    aEndMs: 40,
    bEndMs: 90,
    logs: [
      { call: 'a', t: 29, workerId: 1 },
      { call: 'b', t: 35, workerId: 2 },
      { call: 'a', t: 39, workerId: 1 },
      { call: 'b', t: 49, workerId: 2 },
      { call: 'b', t: 89, workerId: 1 },
    ],
  };
  expect(replayTwoCalls(run)).toEqual({
    aItems: 2,
    bItems: 2,
    crossed: 1,
    failed: 0,
    aShouldGet: ['https://x/0', 'https://x/1'],
    aWouldGet: [11, 11],
    firstEnded: 'a',
    untagged: 2,
    otherLines: 3,
    tagged: 5,
    lines: 5,
  });
  expect(replayTwoCalls({ ...run, aEndMs: 95 }).firstEnded).toBe('b');
  expect(replayTwoCalls({ ...run, aEndMs: 95 }).untagged).toBe(0);
});

test('a failed item is counted as failed, not as the other call’s function', () => {
  const run: TwoCallsRun = {
    a: [ok(0, 'https://x/0', 'https://x/0', 30), failedOutcome(1, 'https://x/1', 40)],
    b: [ok(0, 'https://y/long', 14, 50), ok(1, 'https://y/z', 'https://y/z', 90)],
    aEndMs: 40,
    bEndMs: 90,
    logs: [],
  };
  expect(replayTwoCalls(run)).toMatchObject({ crossed: 1, failed: 1 });
});
