import { describe, expect, test } from 'vitest';
import {
  oversubscribedWorkers,
  QUEUE_CHUNKS,
  ratioKind,
  speedupKind,
  SUM_LESSONS,
  type SumLesson,
} from './sum-lessons.ts';
import type { SumOutcome, SumRequest } from './sum-run-types.ts';

const base: SumRequest = {
  low: 0,
  high: 200_000_000,
  workers: 3,
  chunksPerWorker: 4,
  transport: 'message',
  gilMs: undefined,
  where: 'main',
};

function outcome(request: SumRequest, ms: number, handoffs?: number): SumOutcome {
  return { request, total: 0n, ms, chunks: [], handoffs };
}

/** The step's planned runs, as if each took the given time. */
function measured(lesson: SumLesson, times: readonly number[], cores = 2, handoffs?: number): SumOutcome[] {
  return lesson.plan(base, cores).map((request, i) => outcome(request, times[i]!, handoffs));
}

const summingThread = SUM_LESSONS['summing-thread']!;
const gil = SUM_LESSONS.gil!;
const timeSlicing = SUM_LESSONS['time-slicing']!;

test('speedups and time ratios are read in the words of the questions', () => {
  expect(speedupKind(1.92)).toBe('half');
  expect(speedupKind(1.6)).toBe('half');
  expect(speedupKind(1.4)).toBe('partly');
  expect(speedupKind(1.0)).toBe('same');
  expect(speedupKind(0.7)).toBe('slower');
  expect(ratioKind(0.7, 0.2)).toBe('faster');
  expect(ratioKind(1.15, 0.2)).toBe('same');
  expect(ratioKind(1.3, 0.2)).toBe('slower');
  expect(ratioKind(1.08, 0.05)).toBe('slower');
});

describe('two threads, one sum', () => {
  test('runs 1 then 2 workers on the same range, one chunk each, on workers, without the GIL', () => {
    const plan = summingThread.plan({ ...base, gilMs: 5 }, 8);
    expect(plan.map((r) => [r.workers, r.chunksPerWorker, r.where, r.gilMs, r.high])).toEqual([
      [1, 1, 'workers', undefined, 200_000_000],
      [2, 1, 'workers', undefined, 200_000_000],
    ]);
  });

  test('the explanation quotes the measured times and sets them against the prediction', () => {
    const runs = measured(summingThread, [100, 52]);
    const [first, verdict, why] = summingThread.explain(runs, 'half', 2, 'en');
    expect(first).toBe(
      'You expected the time to halve. 2 workers took 0.52× the time of 1 (52.0 ms against 100.0 ms: speedup 1.92, efficiency 0.96) on a machine that reports 2 cores.',
    );
    expect(verdict).toBe('That is what happened: the time about halved.');
    expect(why).toContain('no lock between workers');
    expect(summingThread.explain(runs, 'same', 2, 'en')[1]).toBe('Not quite: the time about halved.');
    expect(summingThread.explain(runs, undefined, 2, 'en')[0]).toMatch(/^You skipped the prediction\. /);
    expect(summingThread.explain(runs, 'unsure', 2, 'en')[1]).toBe('What happened: the time about halved.');
  });

  test('one core, and a speedup well short of 2, are explained as such', () => {
    const same = measured(summingThread, [100, 98]);
    expect(summingThread.explain(same, 'half', 1, 'en')[2]).toContain('one core');
    const partly = measured(summingThread, [30, 21]);
    const [, verdict, why] = summingThread.explain(partly, 'half', 4, 'en');
    expect(verdict).toBe('Not quite: it got faster, but by less than 2×.');
    expect(why).toContain('in a run of 30.0 ms');
  });

  test('two workers that took longer than one are not said to be merely short of 2×', () => {
    const [, verdict, why] = summingThread.explain(measured(summingThread, [100, 229]), 'half', 2, 'en');
    expect(verdict).toContain('Not quite');
    expect(why).toContain('No faster at all');
    expect(why).not.toContain('Less than 2×');
  });

  test('in Chinese, times are in 毫秒 and the prediction is answered', () => {
    const [first, verdict] = summingThread.explain(measured(summingThread, [100, 52]), 'half', 2, 'zh');
    expect(first).toContain('52.0 毫秒对 100.0 毫秒');
    expect(first).not.toMatch(/\d ms/);
    expect(verdict).toBe('结果和你预测的一样：用时大约减半。');
  });
});

describe('the GIL', () => {
  test('runs 1 worker, 2 workers, then 2 with the GIL at the form’s switch interval (5 ms by default)', () => {
    expect(gil.plan(base, 2).map((r) => [r.workers, r.gilMs])).toEqual([
      [1, undefined],
      [2, undefined],
      [2, 5],
    ]);
    expect(gil.plan({ ...base, gilMs: 2 }, 2)[2]!.gilMs).toBe(2);
    expect(gil.needsSharedMemory).toBe(true);
  });

  test('the explanation compares the GIL run with 1 worker without it and counts the hand-offs', () => {
    const runs = measured(gil, [100, 51, 104], 2, 40);
    const sentences = gil.explain(runs, 'faster', 2, 'en');
    expect(sentences[0]).toBe(
      'You expected it to be faster. With the GIL, 2 workers took 104.0 ms, 1.04× the time of 1 worker without it (100.0 ms); without the GIL the same 2 workers took 51.0 ms (speedup 1.96).',
    );
    expect(sentences[1]).toBe('Not quite: it took about as long.');
    expect(sentences[2]).toContain('changed hands 40 times');
    expect(sentences[3]).toContain('PEP 703');
    expect(gil.explain(runs, 'same', 2, 'en')[1]).toBe('That is what happened: it took about as long.');
  });

  test('a GIL run that beat 1 worker is explained as a slow 1-worker run, not as two threads taking as long', () => {
    const runs = measured(gil, [88.7, 50, 63.8], 2, 12);
    const [first, verdict, why] = gil.explain(runs, 'same', 2, 'en');
    expect(first).toContain('0.72× the time of 1 worker');
    expect(verdict).toContain('Not quite');
    expect(why).toContain('cannot beat one worker');
    expect(why).toContain('a run of 88.7 ms');
    expect(why).not.toContain('take about as long as one');
    expect(gil.explain(runs, 'same', 2, 'zh')[2]).toContain('88.7 毫秒');
  });
});

describe('more threads than cores', () => {
  test('one worker per core, then twice as many with one chunk each and with a queue of chunks', () => {
    expect(oversubscribedWorkers(2)).toEqual({ small: 2, big: 4 });
    expect(oversubscribedWorkers(1)).toEqual({ small: 1, big: 2 });
    expect(oversubscribedWorkers(128)).toEqual({ small: 32, big: 64 });
    expect(timeSlicing.plan(base, 2).map((r) => [r.workers, r.chunksPerWorker])).toEqual([
      [2, 1],
      [4, 1],
      [4, QUEUE_CHUNKS],
    ]);
  });

  test('a fair share, a costly one that the queue fixes, and one it does not', () => {
    const fair = timeSlicing.explain(measured(timeSlicing, [100, 103, 101]), 'same', 2, 'en');
    expect(fair[0]).toContain(
      '4 workers with one chunk each took 1.03× the time of 2 (103.0 ms against 100.0 ms)',
    );
    expect(fair[1]).toBe('That is what happened: it took about as long.');
    expect(fair[3]).toContain('shared the cores fairly');
    const fixed = timeSlicing.explain(measured(timeSlicing, [100, 130, 102]), 'same', 2, 'en');
    expect(fixed[1]).toBe('Not quite: it took longer.');
    expect(fixed[3]).toContain('cost 30% more');
    expect(fixed[3]).toContain('brought it back to 1.02×');
    const notFixed = timeSlicing.explain(measured(timeSlicing, [100, 130, 129]), 'slower', 2, 'en');
    expect(notFixed[3]).toContain('did not help this time (1.29×)');
  });
});
