// The words of the reading under the pool's results. Every number is an argument, formatted by the caller
// as the page shows it: the sentences quote the run.
import type { Bilingual } from '../../ui/lang.ts';

/** A number already formatted for the page. */
type N = string;

const en = {
  title: 'What the figures say',
  throughput: (ended: N, seconds: N, rate: N, workers: number, perWorker: N) =>
    `${ended} items ended in ${seconds} s: ${rate} items per second on ${workers} ${workers === 1 ? 'worker' : 'workers'}, ${perWorker} per worker.`,
  busy: {
    busy: (pct: N) =>
      `The workers spent ${pct}% of the time they were up running items: they were kept busy.`,
    partly: (pct: N) =>
      `The workers spent ${pct}% of the time they were up running items; the rest went to starting, waiting for the next items and being replaced.`,
    idle: (pct: N) =>
      `The workers spent only ${pct}% of the time they were up running items: much of the time they had nothing to run (starting up, waiting for the next items, or being replaced after a timeout).`,
  },
  ioWaits:
    'For simulated I/O, “running” is mostly waiting: the thread is blocked, not computing, so more workers than cores still finish sooner.',
  queue: (w50: N, w90: N, r50: N, r90: N) =>
    `A typical item waited ${w50} ms in the queue (90th percentile ${w90} ms), then ran for ${r50} ms (90th percentile ${r90} ms).`,
  sampled: (count: N) => `These percentiles are over the last ${count} items.`,
  queueShape: {
    queued: (workers: number) =>
      `Items spent most of their time queued: the input reaches the pool far faster than ${workers} ${workers === 1 ? 'worker takes' : 'workers take'} it, so the wait grows down the list. More workers shorten it only while there are cores, or I/O waits, to run them.`,
    both: 'Items spent about as long queued as running.',
    keptUp: 'Items hardly waited: the workers kept up with the input.',
  },
  noFailures: 'No item failed or timed out.',
  errors: (n: N) => `${n} items threw: each ended at once, with its error as its outcome.`,
  timeouts: (n: N, timeoutMs: N, total: N) =>
    `${n} items timed out: each held its worker for the whole ${timeoutMs} ms before the pool stopped that worker and started another, ${total} ms of worker time in all.`,
  cancelled: (n: N) => `${n} items were cancelled before they ended.`,
  gil: (turns: N, mostHolding: number) =>
    `Under the simulated GIL, an item’s run time includes its waits for the GIL, which was taken ${turns} times in this run, ${mostHolding <= 1 ? 'never by two workers at once' : `at times by ${mostHolding} workers at once: the lock failed`}.`,
};

export const statsReadingMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '这些数字说明了什么',
    throughput: (ended: N, seconds: N, rate: N, workers: number, perWorker: N) =>
      `${ended} 个任务在 ${seconds} 秒内结束：${workers} 个 Worker 每秒处理 ${rate} 个，平均每个 Worker 每秒 ${perWorker} 个。`,
    busy: {
      busy: (pct: N) => `Worker 在存活期间有 ${pct}% 的时间在执行任务：它们一直很忙。`,
      partly: (pct: N) =>
        `Worker 在存活期间有 ${pct}% 的时间在执行任务；其余时间花在启动、等待下一批任务和被替换上。`,
      idle: (pct: N) =>
        `Worker 在存活期间只有 ${pct}% 的时间在执行任务：很多时候它们无事可做（在启动、等待下一批任务，或在超时后被替换）。`,
    },
    ioWaits:
      '对于模拟 I/O，“执行”大多是在等待：线程被阻塞，并没有在计算，所以即使 Worker 多于核心，也仍然能更快完成。',
    queue: (w50: N, w90: N, r50: N, r90: N) =>
      `典型的任务在队列中等待 ${w50} 毫秒（第 90 百分位数为 ${w90} 毫秒），然后运行 ${r50} 毫秒（第 90 百分位数为 ${r90} 毫秒）。`,
    sampled: (count: N) => `这些百分位数基于最近的 ${count} 个任务。`,
    queueShape: {
      queued: (workers: number) =>
        `任务的大部分时间都在排队：输入交给任务池的速度远快于 ${workers} 个 Worker 领取的速度，所以越靠后的任务等得越久。增加 Worker 只有在还有空闲核心（或有 I/O 等待）时才能缩短等待。`,
      both: '任务排队的时间和运行的时间差不多。',
      keptUp: '任务几乎不用排队：Worker 跟得上输入的速度。',
    },
    noFailures: '没有任务失败或超时。',
    errors: (n: N) => `有 ${n} 个任务抛出异常：每个都立即结束，以抛出的错误作为结果。`,
    timeouts: (n: N, timeoutMs: N, total: N) =>
      `有 ${n} 个任务超时：每个都占用它的 Worker 整整 ${timeoutMs} 毫秒，任务池才停止这个 Worker 并启动另一个，总共占用了 ${total} 毫秒的 Worker 时间。`,
    cancelled: (n: N) => `有 ${n} 个任务在结束前被取消。`,
    gil: (turns: N, mostHolding: number) =>
      `在模拟的 GIL 下，任务的运行时间包括等待 GIL 的时间；这次运行中 GIL 被获取了 ${turns} 次，${mostHolding <= 1 ? '从未同时被两个 Worker 持有' : `有时同时被 ${mostHolding} 个 Worker 持有：这把锁失效了`}。`,
  },
};
