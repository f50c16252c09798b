// The words of the summation lab's lesson steps: questions, what the step runs, and the sentences that
// explain what was measured. Every number in them is an argument: the explanation quotes the runs.
import type { Bilingual } from '../../ui/lang.ts';

/** A measured time in ms, a ratio or a speedup, formatted by the caller. */
type N = string;

const en = {
  cores: (n: number) => `${n} ${n === 1 ? 'core' : 'cores'}`,
  expected: {
    half: 'You expected the time to halve.',
    faster: 'You expected it to be faster.',
    same: 'You expected about the same time.',
    slower: 'You expected it to be slower.',
  },
  happened: {
    half: 'the time about halved',
    partly: 'it got faster, but by less than 2×',
    faster: 'it got faster',
    same: 'it took about as long',
    slower: 'it took longer',
  },
  summingThread: {
    prompt: (cores: number) =>
      `On this machine (${cores} ${cores === 1 ? 'core' : 'cores'} reported), what will 2 workers do to the time 1 worker takes?`,
    choices: {
      half: 'Halve it (about 2× faster)',
      same: 'Leave it about the same',
      slower: 'Make it slower',
      unsure: 'I am not sure',
    },
    runs: 'Runs the sum on 1 worker, then on 2, one chunk each as in the article.',
    measured: (ratio: N, t2: N, t1: N, speedup: N, efficiency: N, cores: string) =>
      `2 workers took ${ratio}× the time of 1 (${t2} ms against ${t1} ms: speedup ${speedup}, efficiency ${efficiency}) on a machine that reports ${cores}.`,
    whyParallel:
      'Each worker is an operating-system thread, and JavaScript has no lock between workers: the two halves ran at the same time on two cores. The article’s two Python threads could not do that, because CPython’s GIL lets one thread at a time run Python code. The next step shows it.',
    whyOneCore:
      'This machine reports one core: two threads take turns on it, so they cannot finish sooner than one.',
    whyShort: (t1: N) =>
      `Less than 2× although several cores are reported: starting the workers, handing partial sums back and other programs on this machine take their share, and in a run of ${t1} ms those fixed costs weigh more. A larger range makes them matter less.`,
    whySlower: (t1: N) =>
      `No faster at all, although several cores are reported: the second worker’s start, the hand-back of partial sums and other programs busy on this machine cost more than half of a ${t1} ms sum saves. A larger range, or a quieter machine, shows what the second core can do.`,
  },
  gil: {
    prompt:
      'With a simulated GIL (one lock every worker must hold to compute, handed over every 5 ms as CPython does), how will 2 workers compare with 1 worker without it?',
    choices: { faster: 'Faster', same: 'About the same', slower: 'Slower', unsure: 'I am not sure' },
    runs: 'Runs the sum on 1 worker, on 2 workers, then on 2 workers with the simulated GIL.',
    needsShared: 'This step needs shared memory for the simulated GIL:',
    measured: (tGil: N, ratio: N, t1: N, t2: N, speedup: N) =>
      `With the GIL, 2 workers took ${tGil} ms, ${ratio}× the time of 1 worker without it (${t1} ms); without the GIL the same 2 workers took ${t2} ms (speedup ${speedup}).`,
    why: (handoffs: string, interval: N) =>
      `The lock changed hands ${handoffs} times, each holder keeping it up to ${interval} ms: only the worker that holds it sums, so two threads take about as long as one, plus the hand-offs. That is why the article’s two SummingThreads cannot speed the sum up under CPython, as the article itself says of the GIL.`,
    whyFaster: (handoffs: string, interval: N, t1: N) =>
      `The lock changed hands ${handoffs} times, each holder keeping it up to ${interval} ms, and only the worker that holds it sums: two threads under it do one thread’s work, so they cannot beat one worker. That they came out ahead here says the 1-worker run was slow, not that the GIL helped: it ran first and paid for starting its worker and warming the code, which weighs on a run of ${t1} ms. Run the step again, or with a larger range, and the two times meet.`,
    dated:
      'The article’s “no removal in the foreseeable future” has dated: free-threaded CPython (3.13 and later, PEP 703) runs threads without the GIL.',
  },
  timeSlicing: {
    prompt: (big: number, cores: number, small: number) =>
      `With ${big} workers on ${cores} ${cores === 1 ? 'core' : 'cores'}, each summing one chunk as in the article, how will the time compare with ${small} ${small === 1 ? 'worker' : 'workers'}?`,
    choices: { faster: 'Faster', same: 'About the same', slower: 'Slower', unsure: 'I am not sure' },
    runs: (small: number, big: number, chunks: number) =>
      `Runs the sum on ${small} ${small === 1 ? 'worker' : 'workers'}, then on ${big} with one chunk each, then on ${big} with ${chunks} chunks each taken from a queue.`,
    measured: (
      big: number,
      oneRatio: N,
      tOne: N,
      small: number,
      tSmall: N,
      chunks: number,
      manyRatio: N,
      tMany: N,
    ) =>
      `${big} workers with one chunk each took ${oneRatio}× the time of ${small} (${tOne} ms against ${tSmall} ms); with ${chunks} chunks each from a queue, ${manyRatio}× (${tMany} ms).`,
    why: (big: number, cores: number) =>
      `${big} threads share ${cores} ${cores === 1 ? 'core' : 'cores'}: the operating system gives each a slice of time in turn, as the article describes. The work is the same, so when the slices are shared fairly the time stays about the same; it grows when threads finish at different moments and leave a core idle, or when switching costs show.`,
    costly: (percent: N, manyRatio: N, helped: boolean) =>
      helped
        ? `Here one chunk per thread cost ${percent}% more than one thread per core, and small chunks from a queue brought it back to ${manyRatio}×: a core that finishes early takes the next chunk.`
        : `Here one chunk per thread cost ${percent}% more than one thread per core, and small chunks did not help this time (${manyRatio}×): run the step again to see how much of it is this machine’s noise.`,
    fair: 'Here the scheduler shared the cores fairly: one chunk per thread stayed within 10% of one thread per core.',
  },
};

export const sumLessonMessages: Bilingual<typeof en> = {
  en,
  zh: {
    cores: (n: number) => `${n} 个核心`,
    expected: {
      half: '你预测用时会减半。',
      faster: '你预测会更快。',
      same: '你预测用时差不多。',
      slower: '你预测会更慢。',
    },
    happened: {
      half: '用时大约减半',
      partly: '变快了，但不到 2 倍',
      faster: '变快了',
      same: '用时差不多',
      slower: '用时更长',
    },
    summingThread: {
      prompt: (cores: number) =>
        `在这台机器上（浏览器报告 ${cores} 个核心），与 1 个 Worker 相比，2 个 Worker 的用时会怎样？`,
      choices: {
        half: '减半（大约快一倍）',
        same: '差不多',
        slower: '变慢',
        unsure: '不确定',
      },
      runs: '先用 1 个 Worker 求和，再用 2 个，每个 Worker 像文章那样只算一块。',
      measured: (ratio: N, t2: N, t1: N, speedup: N, efficiency: N, cores: string) =>
        `2 个 Worker 的用时是 1 个的 ${ratio} 倍（${t2} 毫秒对 ${t1} 毫秒：加速比 ${speedup}，效率 ${efficiency}），这台机器报告有 ${cores}。`,
      whyParallel:
        '每个 Worker 都是一个操作系统线程，而 JavaScript 在 Worker 之间没有锁：两半在两个核心上同时计算。文章中的两个 Python 线程做不到这一点，因为 CPython 的全局解释器锁（GIL）同一时刻只让一个线程执行 Python 代码。下一步就来演示。',
      whyOneCore: '这台机器只报告了一个核心：两个线程只能轮流使用它，所以不可能比一个线程更快完成。',
      whyShort: (t1: N) =>
        `虽然报告了多个核心，加速却不到 2 倍：启动 Worker、传回部分和，以及这台机器上的其他程序都要占用时间；在只有 ${t1} 毫秒的运行中，这些固定开销的比重更大。把区间调大，它们的影响就会变小。`,
      whySlower: (t1: N) =>
        `虽然报告了多个核心，却一点也没有变快：启动第二个 Worker、传回部分和，以及这台机器上正在忙的其他程序，花掉的时间超过了一次 ${t1} 毫秒的求和分出一半所能省下的。把区间调大，或在更空闲的机器上运行，才能看出第二个核心的作用。`,
    },
    gil: {
      prompt:
        '开启模拟的 GIL（每个 Worker 必须持有同一把锁才能计算，并像 CPython 一样每 5 毫秒交接一次）后，2 个 Worker 与不开 GIL 的 1 个 Worker 相比会怎样？',
      choices: { faster: '更快', same: '差不多', slower: '更慢', unsure: '不确定' },
      runs: '依次运行：1 个 Worker，2 个 Worker，再开启模拟 GIL 运行 2 个 Worker。',
      needsShared: '这一步的模拟 GIL 需要共享内存：',
      measured: (tGil: N, ratio: N, t1: N, t2: N, speedup: N) =>
        `开启 GIL 后，2 个 Worker 用了 ${tGil} 毫秒，是不开 GIL 的 1 个 Worker（${t1} 毫秒）的 ${ratio} 倍；不开 GIL 时，同样的 2 个 Worker 用了 ${t2} 毫秒（加速比 ${speedup}）。`,
      why: (handoffs: string, interval: N) =>
        `这把锁交接了 ${handoffs} 次，每次最多持有 ${interval} 毫秒：只有持有锁的 Worker 在求和，所以两个线程的用时和一个差不多，还要加上交接的开销。这就是文章中的两个 SummingThread 在 CPython 下无法加快求和的原因，正如文章自己谈到 GIL 时所说。`,
      whyFaster: (handoffs: string, interval: N, t1: N) =>
        `这把锁交接了 ${handoffs} 次，每次最多持有 ${interval} 毫秒，而只有持有锁的 Worker 在求和：在它之下，两个线程只做了一个线程的工作，不可能胜过一个 Worker。这次反而更快，说明的是 1 个 Worker 的那次运行偏慢，而不是 GIL 帮了忙：它最先运行，承担了启动 Worker 和代码预热的开销，这在只有 ${t1} 毫秒的运行中很明显。再运行一次这一步，或把区间调大，两个时间就会接近。`,
      dated:
        '文章所说的“在可预见的未来却没有将其移除的可能”已经过时：自由线程版 CPython（3.13 及以后，PEP 703）可以在没有 GIL 的情况下运行线程。',
    },
    timeSlicing: {
      prompt: (big: number, cores: number, small: number) =>
        `在 ${cores} 个核心上启动 ${big} 个 Worker，每个 Worker 像文章那样只算一块，用时与 ${small} 个 Worker 相比会怎样？`,
      choices: { faster: '更快', same: '差不多', slower: '更慢', unsure: '不确定' },
      runs: (small: number, big: number, chunks: number) =>
        `先用 ${small} 个 Worker 求和，再用 ${big} 个 Worker、每个只算一块，最后用 ${big} 个 Worker、每个从队列中领取 ${chunks} 块。`,
      measured: (
        big: number,
        oneRatio: N,
        tOne: N,
        small: number,
        tSmall: N,
        chunks: number,
        manyRatio: N,
        tMany: N,
      ) =>
        `${big} 个 Worker 各算一块时，用时是 ${small} 个 Worker 的 ${oneRatio} 倍（${tOne} 毫秒对 ${tSmall} 毫秒）；每个从队列领取 ${chunks} 块时，是 ${manyRatio} 倍（${tMany} 毫秒）。`,
      why: (big: number, cores: number) =>
        `${big} 个线程共用 ${cores} 个核心：操作系统轮流给每个线程一个时间片，正如文章所说。总工作量不变，所以只要时间片分得公平，用时就基本不变；如果线程结束得有早有晚、让某个核心空闲，或者切换的开销显现出来，用时就会变长。`,
      costly: (percent: N, manyRatio: N, helped: boolean) =>
        helped
          ? `在这里，每个线程一块比每个核心一个线程多花了 ${percent}% 的时间，而改为从队列领取小块后，又回到了 ${manyRatio} 倍：先算完的核心会接着领取下一块。`
          : `在这里，每个线程一块比每个核心一个线程多花了 ${percent}% 的时间，而这次小块没有帮上忙（${manyRatio} 倍）：再运行一次这一步，看看其中有多少是这台机器本身的波动。`,
      fair: '在这里，调度器把核心分得很公平：每个线程一块与每个核心一个线程相比，用时相差不到 10%。',
    },
  },
};
