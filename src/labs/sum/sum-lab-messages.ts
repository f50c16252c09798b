import type { Bilingual } from '../../ui/lang.ts';

const en = {
  title: 'Chunked summation',
  intro:
    "The article's SummingThread: the sum of range(low, high) split over k workers, exact, checked against the closed form.",
  heading: 'What this lab will let you run',
  planned: [
    'The exact total of any integer range, computed by the loop on k workers and checked against n(n-1)/2.',
    'Message passing or shared memory (SharedArrayBuffer + Atomics) for the partial sums.',
    'A simulated GIL: one lock every worker must hold, handed over every 5 ms, to show why the Python threads gave no speedup.',
    'The same loop on the main thread, with a frame counter that stops while it runs.',
    'A timeline of which worker summed which chunk, and the Python beside the TypeScript that ran.',
  ] as readonly string[],
};

export const sumLabMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '分块求和',
    intro: '文章中的 SummingThread：把 range(low, high) 的求和分给 k 个 Worker，结果精确，并用求和公式核对。',
    heading: '这个实验将让你运行什么',
    planned: [
      '任意整数区间的精确总和：由 k 个 Worker 逐项循环计算，并与 n(n-1)/2 公式核对。',
      '部分和通过消息传递或共享内存（SharedArrayBuffer + Atomics）送回。',
      '模拟 GIL：每个 Worker 必须持有同一把锁，每 5 毫秒交出一次，用来说明 Python 线程为什么没有加速。',
      '同样的循环放在主线程上运行，帧计数器会在运行期间停住。',
      '每个 Worker 计算了哪些块的时间线，以及文章中的 Python 代码和实际运行的 TypeScript 代码对照。',
    ],
  },
};
