// The words of the reading under the latency table, in English and 简体中文.
import type { Bilingual } from '../../ui/lang.ts';

const en = {
  /** A time as the table shows it (µs, one decimal), with milliseconds beside it from 1 ms on. */
  micros: (us: string, ms: string | undefined) => (ms === undefined ? `${us} µs` : `${us} µs (${ms} ms)`),
  spread: (mode: string, median: string, p99: string, ratio: string) =>
    `${mode}: half the samples took at most ${median} per round trip (the median), and 99% at most ${p99} (p99), ${ratio}× the median:`,
  tails: {
    tight: 'a tight spread, nearly every round trip cost the same.',
    some: 'a modest tail, now and then a round trip took noticeably longer.',
    long: 'a long tail, the slowest 1% were held up by something the median never sees, such as garbage collection, a timer, or another program taking the core.',
  },
  /** The same kind of tail as the signal before: said once. */
  tailsAgain: { tight: 'a tight spread too.', some: 'a modest tail too.', long: 'a long tail too.' },
  atomicsFaster: (ratio: string) =>
    `In the median, a postMessage round trip took ${ratio}× as long as one through Atomics.wait / notify, which wakes a worker blocked on shared memory directly, with no message to copy and queue on the other worker’s event loop.`,
  messageFaster: (ratio: string) =>
    `This time, in the median, a round trip through Atomics.wait / notify took ${ratio}× as long as a postMessage one: waking a worker blocked in Atomics.wait goes through the operating system, which on a busy machine can take longer than a message.`,
  samples: (block: number) =>
    `Each sample is the mean of ${block} round trips, so one slow round trip is spread over its sample: a p99 far above the median means a whole run of round trips was held up.`,
};

export const latencyReadingMessages: Bilingual<typeof en> = {
  en,
  zh: {
    micros: (us: string, ms: string | undefined) =>
      ms === undefined ? `${us} 微秒` : `${us} 微秒（${ms} 毫秒）`,
    spread: (mode: string, median: string, p99: string, ratio: string) =>
      `${mode}：一半样本的每次往返不超过 ${median}（中位数），99% 的样本不超过 ${p99}（p99），是中位数的 ${ratio} 倍：`,
    tails: {
      tight: '分布很集中，几乎每次往返的代价都一样。',
      some: '有一条不长的尾巴，偶尔会有一次往返明显更慢。',
      long: '有一条很长的尾巴，最慢的 1% 被某些中位数反映不出的因素拖慢了，例如垃圾回收、定时器，或者别的程序占用了核心。',
    },
    tailsAgain: { tight: '分布同样很集中。', some: '同样有一条不长的尾巴。', long: '同样有一条很长的尾巴。' },
    atomicsFaster: (ratio: string) =>
      `postMessage 的往返中位数是 Atomics.wait / notify 的 ${ratio} 倍：Atomics.wait / notify 直接唤醒阻塞在共享内存上的 Worker，不需要复制消息，也不需要在另一个 Worker 的事件循环里排队。`,
    messageFaster: (ratio: string) =>
      `这一次 Atomics.wait / notify 的往返中位数反而是 postMessage 的 ${ratio} 倍：唤醒一个阻塞在 Atomics.wait 中的 Worker 要经过操作系统，在繁忙的机器上可能比一条消息还慢。`,
    samples: (block: number) =>
      `每个样本是 ${block} 次往返的平均值，所以单独一次慢的往返会被摊薄到它所在的样本里：p99 远高于中位数，说明有连续一整批往返都被拖慢了。`,
  },
};
