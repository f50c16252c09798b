import { describe, expect, test } from 'vitest';
import { OK_CODE, TraceRing } from './item-trace.ts';

describe('TraceRing', () => {
  test('keeps the most recent rows, oldest first, across growth and wrap-around', () => {
    const capacity = 300; // past the first allocation (256 rows), and not a power of two
    const ring = new TraceRing(capacity);
    const total = 1_000;
    for (let i = 0; i < total; i++) {
      if (i % 2 === 0) ring.add(1, i, 2, 'ok', i, i + 0.25, i + 0.5, i + 1);
      else ring.addCoded(1, i, Number.NaN, 3, i, Number.NaN, Number.NaN, i + 1);
    }
    const rows = ring.entries();
    expect(rows).toHaveLength(capacity);
    expect(rows.map((row) => row.index)).toEqual(
      Array.from({ length: capacity }, (_, k) => total - capacity + k),
    );
    expect(rows[0]).toEqual({
      call: 1,
      index: 700,
      workerId: 2,
      status: 'ok',
      queuedMs: 700,
      dispatchedMs: 700.25,
      startedMs: 700.5,
      finishedMs: 701,
    });
    expect(rows[1]).toMatchObject({ index: 701, workerId: null, status: 'cancelled', startedMs: null });
  });

  test("OK_CODE is the code add() gives 'ok'", () => {
    const ring = new TraceRing(4);
    ring.addCoded(1, 0, 1, OK_CODE, 0, 0, 0, 0);
    expect(ring.entries()[0]!.status).toBe('ok');
  });

  test('a capacity of 0 records nothing', () => {
    const ring = new TraceRing(0);
    ring.add(1, 0, 1, 'ok', 0, 0, 0, 0);
    expect(ring.entries()).toEqual([]);
  });
});
