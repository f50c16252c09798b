import { describe, expect, test } from 'vitest';
import type { SeedReplay } from './engine/seed-replay.ts';
import { ResultsStore } from '../../ui/pool-panels/results-store.ts';
import { SeedReplayer } from './engine/seed-replay.ts';
import {
  GIL_STEP_WORKERS,
  gilHappened,
  lessonRunOf,
  POOL_LESSONS,
  returnedKind,
  speedupBand,
  type LessonRun,
} from './pool-lessons.ts';
import type { PoolRun, RunSettings } from './use-pool-run.ts';

const base: RunSettings = {
  items: {
    n: 200,
    kind: 'io',
    throwPct: 10,
    hangPct: 0,
    falsyPct: 10,
    ioMinMs: 5,
    ioMaxMs: 40,
    cpuAmount: 150_000,
    seed: 1,
    preset: 'custom',
  },
  workers: 4,
  timeoutMs: 300,
  ordered: true,
  batchSize: 0,
  gil: false,
};

const replay: SeedReplay = {
  preserveOrdering: true,
  returned: 181,
  falsy: 19,
  vanishedErrors: 19,
  hung: 0,
  outOfOrder: 97,
  defaultThreads: 200,
  firstIndices: [3, 0, 12, 5, 9, 1, 2],
};

function lessonRun(over: Partial<LessonRun>): LessonRun {
  return {
    settings: base,
    ms: 1000,
    items: 200,
    handed: 200,
    returned: 200,
    workers: 4,
    errors: 19,
    firstError: { index: 7, message: 'Error: item 7 failed on purpose' },
    replay,
    unorderedReturned: 162,
    gilTurns: 0,
    ...over,
  };
}

const threadedWork = POOL_LESSONS['threaded-work']!;
const ioUnderGil = POOL_LESSONS['io-under-gil']!;

describe('the article’s do_threaded_work', () => {
  test('how many results it returns, in the words of the answers', () => {
    expect(returnedKind(replay, 200)).toBe('fewer');
    expect(returnedKind({ ...replay, returned: 200 }, 200)).toBe('all');
    expect(returnedKind({ ...replay, hung: 1 }, 200)).toBe('hangs');
    expect(threadedWork.plan(base)).toEqual([base]);
    expect(threadedWork.needsSharedMemory).toBe(false);
    expect(threadedWork.question(base, 'en').prompt).toContain('these 200 items');
  });

  test('the explanation reads the bugs one by one beside the pool’s outcomes', () => {
    const [first, said, errors, falsy, order, threads] = threadedWork.explain([lessonRun({})], 'fewer', 'en');
    expect(first).toBe(
      'You expected some results to go missing. The article’s library would return 181 results for 200 items; this pool returned 200 outcomes for the 200 items it was handed, one per item.',
    );
    expect(said).toBe('That is what happened: it would return fewer results than items.');
    expect(errors).toContain('19 items raised an exception');
    expect(errors).toContain('(the first: item 7, Error: item 7 failed on purpose)');
    expect(falsy).toContain('19 results were 0, an empty string, None or False');
    expect(falsy).toContain('the list would hold 162 results');
    expect(order).toContain('97 results come before an earlier item’s');
    expect(order).toContain('begin with items 3, 0, 12, 5, 9, 1.');
    expect(threads).toBe(
      'num_threads defaults to len(work_items): it would start 200 threads for 200 items; this pool ran at most 4 workers at once.',
    );
    expect(threadedWork.explain([lessonRun({})], 'all', 'en')[1]).toBe(
      'Not quite: it would return fewer results than items.',
    );
  });

  test('with ordering off, the falsy results are dropped; without errors or falsy values it says so', () => {
    const off = lessonRun({ replay: { ...replay, preserveOrdering: false, outOfOrder: 0 } });
    const sentences = threadedWork.explain([off], undefined, 'en');
    expect(sentences[0]).toMatch(/^You skipped the prediction\. /);
    expect(sentences[3]).toContain('“if result:” dropped them');
    expect(sentences[4]).toContain('Ordering was off');
    const clean = lessonRun({
      errors: 0,
      firstError: undefined,
      replay: { ...replay, falsy: 0, outOfOrder: 0 },
    });
    const [, , noErrors, noFalsy, inOrder] = threadedWork.explain([clean], 'all', 'en');
    expect([noErrors, noFalsy]).toEqual([
      'No item raised this time, so no exception was swallowed.',
      'No result was falsy this time.',
    ]);
    expect(inOrder).toContain('by luck');
  });

  test('with hanging items, join() blocks forever and only the items that ended are counted', () => {
    const hung = lessonRun({ replay: { ...replay, hung: 3, returned: 170 } });
    const [first, said] = threadedWork.explain([hung], 'hangs', 'en');
    expect(first).toBe(
      'You expected it never to return. The article’s library would never return: join() would block forever on the 3 items that hang; of the items that ended it would have collected 170 results. This pool returned 200 outcomes for the 200 items it was handed, one per item.',
    );
    expect(first).not.toContain('would return 170');
    expect(said).toBe('That is what happened: it would never return.');
    const [zh] = threadedWork.explain([hung], 'hangs', 'zh');
    expect(zh).toContain(
      'join() 会一直阻塞在 3 个卡住的任务上；在已经结束的任务中，它本会收集到 170 个结果。',
    );
  });

  test('in Chinese, the same figures, with Chinese quotes around if result:', () => {
    const sentences = threadedWork.explain([lessonRun({})], 'fewer', 'zh');
    expect(sentences[0]).toMatch(/^你预测有些结果会不见。文章中的库会为 200 个任务返回 181 个结果/);
    expect(sentences[3]).toContain('“if result:”');
    expect(sentences.join('')).not.toMatch(/"/);
  });

  test('a finished run is read for the explanation: errors, replays with and without ordering', () => {
    const store = new ResultsStore(3);
    const replayer = new SeedReplayer(store, true);
    const record = (index: number, status: 'ok' | 'error', value?: unknown) => {
      store.record({
        index,
        status,
        workerId: 1,
        startMs: index,
        durationMs: 1,
        ...(status === 'ok' ? { value } : { error: `Error: item ${index} failed on purpose` }),
      });
      replayer.add(index);
    };
    record(0, 'ok', 'a');
    record(1, 'error');
    record(2, 'ok', 0);
    const run = {
      settings: base,
      store,
      replay: replayer,
      endMs: 12.5,
      handed: 3,
      returned: 3,
      events: { maxLiveWorkers: 2 },
      gilTurns: 0,
    };
    const read = lessonRunOf(run as unknown as PoolRun);
    expect(read).toMatchObject({
      ms: 12.5,
      items: 3,
      errors: 1,
      firstError: { index: 1, message: 'Error: item 1 failed on purpose' },
      unorderedReturned: 1,
      workers: 2,
    });
    expect(read.replay.returned).toBe(2);
  });
});

describe('I/O under the GIL', () => {
  test('runs I/O then CPU items, each on 1 worker and on 4, all under the GIL', () => {
    const plan = ioUnderGil.plan({ ...base, items: { ...base.items, preset: 'process_url' } });
    expect(plan.map((s) => [s.items.kind, s.workers, s.gil, s.items.preset])).toEqual([
      ['io', 1, true, 'custom'],
      ['io', GIL_STEP_WORKERS, true, 'custom'],
      ['cpu', 1, true, 'custom'],
      ['cpu', GIL_STEP_WORKERS, true, 'custom'],
    ]);
    expect(ioUnderGil.needsSharedMemory).toBe(true);
    expect([gilHappened(3.8, 1.0), gilHappened(3.8, 1.6), gilHappened(1.2, 0.9), gilHappened(1, 2)]).toEqual([
      'ioOnly',
      'both',
      'neither',
      'cpuOnly',
    ]);
  });

  test('the explanation quotes the four times and speedups, and the GIL’s turns in the 4-worker CPU run', () => {
    const runs = [1600, 420, 500, 530].map((ms, i) => lessonRun({ ms, gilTurns: i === 3 ? 321 : 7 }));
    const [first, said, io, cpu, article] = ioUnderGil.explain(runs, 'ioOnly', 'en');
    expect(first).toBe(
      'You expected only the I/O-bound items to speed up. I/O-bound: 1,600 ms on 1 worker, 420 ms on 4 (speedup 3.81). CPU-bound: 500 ms on 1 worker, 530 ms on 4 (speedup 0.94).',
    );
    expect(said).toBe('That is what happened: the I/O-bound items sped up and the CPU-bound ones did not.');
    expect(io).toContain('releases the GIL for its wait');
    expect(cpu).toContain('321 times taken in the 4-worker run');
    expect(cpu).toMatch(/cannot compute faster than one\. Here they took about as long as one worker\.$/);
    expect(article).toContain('threads scale I/O-bound tasks better');
    expect(ioUnderGil.explain(runs, 'both', 'en')[1]).toBe(
      'Not quite: the I/O-bound items sped up and the CPU-bound ones did not.',
    );
    const surprise = [1600, 420, 500, 250].map((ms) => lessonRun({ ms, gilTurns: 40 }));
    expect(ioUnderGil.explain(surprise, 'ioOnly', 'en')[3]).toContain('still got faster here');
    const slower = [1600, 420, 500, 900].map((ms) => lessonRun({ ms, gilTurns: 40 }));
    expect(ioUnderGil.explain(slower, 'ioOnly', 'en')[3]).toContain(
      'Here they took 1.80× as long as one worker',
    );
  });

  test('its runs never throw, hang or return falsy values, whatever the lab’s inputs', () => {
    const failing = {
      ...base,
      timeoutMs: 0,
      items: { ...base.items, throwPct: 20, hangPct: 5, falsyPct: 30 },
    };
    for (const settings of ioUnderGil.plan(failing)) {
      expect(settings.items).toMatchObject({ throwPct: 0, hangPct: 0, falsyPct: 0 });
    }
  });

  test('the CPU speedup reads in bands: about the same only within 0.9 to 1.1', () => {
    expect([0.5, 0.89, 0.9, 1, 1.1, 1.11, 1.4, 1.49, 1.5, 3].map(speedupBand)).toEqual([
      'slower',
      'slower',
      'same',
      'same',
      'same',
      'somewhat',
      'somewhat',
      'somewhat',
      'faster',
      'faster',
    ]);
    const cpuSentence = (cpu4: number, lang: 'en' | 'zh' = 'en') =>
      ioUnderGil.explain(
        [1600, 420, 500, cpu4].map((ms) => lessonRun({ ms, gilTurns: 40 })),
        'ioOnly',
        lang,
      )[3]!;
    // 500 / 357 = 1.40: the runs table says 1.40x faster, so the step must not call it as long.
    expect(cpuSentence(357)).toMatch(/Here they finished somewhat sooner \(speedup 1\.40\), too little/);
    expect(cpuSentence(357)).not.toContain('about as long');
    expect(cpuSentence(357, 'zh')).toContain('这次它们快了一些（加速比 1.40）');
    expect(cpuSentence(500)).toMatch(/about as long as one worker\.$/);
    expect(cpuSentence(530)).toMatch(/about as long as one worker\.$/);
    expect(cpuSentence(570)).toContain('Here they took 1.14× as long as one worker');
  });

  test('an I/O speedup below the sped-up threshold gets its own sentence', () => {
    const runs = [600, 500, 500, 500].map((ms) => lessonRun({ ms, gilTurns: 40 }));
    const io = ioUnderGil.explain(runs, 'ioOnly', 'en')[2]!;
    expect(io).toContain(
      'so the 4 workers can wait at the same time; here they did not finish much sooner (speedup 1.20)',
    );
    expect(io).not.toContain('wait at the same time, and need');
    expect(ioUnderGil.explain(runs, 'ioOnly', 'zh')[2]).toContain('但这次它们并没有快多少（加速比 1.20）');
  });

  test('in Chinese, times in 毫秒', () => {
    const runs = [1600, 420, 500, 530].map((ms) => lessonRun({ ms, gilTurns: 9 }));
    const [first] = ioUnderGil.explain(runs, 'neither', 'zh');
    expect(first).toContain('1 个 Worker 用了 1,600 毫秒，4 个用了 420 毫秒（加速比 3.81）');
    expect(first).not.toMatch(/\d ms/);
  });
});
