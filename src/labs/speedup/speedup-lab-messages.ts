import type { Bilingual } from '../../ui/lang.ts';

const en = {
  title: 'Speedup',
  intro:
    'How much faster do k workers finish than one? The sweep measures the same work on 1, 2, … K workers, repeats each, and plots speedup against the ideal line, with an Amdahl fit of the serial fraction.',
  inputs: 'Sweep',
  workload: 'Workload',
  workloads: {
    sum: 'Chunked sum (CPU-bound loop)',
    'pool-cpu': 'Task pool, CPU-bound tasks (count primes)',
    tiny: 'Task pool, tiny tasks (overhead)',
  },
  /** The workload's name at the head of a sweep's label. */
  workloadShort: { sum: 'sum', 'pool-cpu': 'pool, CPU', tiny: 'pool, tiny' },
  size: 'Size',
  sizeHint: {
    sum: 'length of the range [0, size)',
    'pool-cpu': 'number of tasks',
    tiny: 'number of no-op tasks',
  },
  max: 'Workers up to (K)',
  maxHint: (cores: number) => `${cores} cores reported; past them workers share cores`,
  repeats: 'Repeats per point',
  grain: 'Granularity',
  grainHint: {
    sum: 'chunks per worker',
    'pool-cpu': 'batch size (0 = auto)',
    tiny: 'batch size (0 = auto)',
  },
  gil: 'Simulated GIL (sum only)',
  gilOn: 'on, switch interval 5 ms',
  gilOff: 'Needs shared memory, which is off:',
  run: 'Run sweep',
  cancel: 'Cancel',
  progress: (workers: number, repeat: number, repeats: number, max: number) =>
    `Measuring ${workers} of ${max} workers, repeat ${repeat} of ${repeats}…`,
  warming: 'Warming up (one untimed run)…',
  cancelled: 'Cancelled. The points measured so far stay on the chart.',
  failed: (message: string) => `The sweep failed: ${message}. The points measured so far stay on the chart.`,
  fixInputs: 'Fix the inputs marked below, then run again.',
  sweeps: 'Sweeps',
  noSweeps:
    'No sweep yet: press “Run sweep”. Each sweep you run is kept and overlaid, so you can compare settings.',
  compareSplit: 'Compare with the article’s split (1 chunk per worker)',
  compareSplitHint:
    'Runs the same sum with one chunk per worker, as the article’s SummingThread does; the tables then give each sweep’s time against the fastest at every worker count.',
  label: (workload: string, grain: string, gil: boolean) => `${workload}, ${grain}${gil ? ', GIL' : ''}`,
  grainLabel: {
    sum: (n: number) => `${n} chunks/worker`,
    pool: (n: number) => (n === 0 ? 'auto batches' : `batch ${n}`),
  },
  /** A sweep's inputs in a slide's caption (the sweep view adds the repeats). */
  describe: {
    sum: (size: string, chunks: number, gilMs: number | undefined) =>
      `the chunked summation, 0..${size}, ${chunks} ${chunks === 1 ? 'chunk' : 'chunks'} per worker, message passing${gilMs === undefined ? '' : `, simulated GIL switching every ${gilMs} ms`}`,
    'pool-cpu': (tasks: string, batch: number) =>
      `the task pool, ${tasks} CPU-bound tasks (counting primes), ${batch === 0 ? 'automatic batches' : `batches of ${batch}`}`,
    tiny: (tasks: string, batch: number) =>
      `the task pool, ${tasks} no-op tasks, ${batch === 0 ? 'automatic batches' : `batches of ${batch}`}`,
  },
};

export const speedupLabMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '加速比',
    intro:
      'k 个工作线程（Worker）比 1 个快多少？扫描会在 1、2……K 个 Worker 上测量同样的工作，每个点重复多次，把加速比与理想直线画在一起，并用阿姆达尔定律拟合串行比例。',
    inputs: '扫描',
    workload: '工作负载',
    workloads: {
      sum: '分块求和（CPU 密集型循环）',
      'pool-cpu': '任务池，CPU 密集型任务（数素数）',
      tiny: '任务池，微小任务（开销）',
    },
    workloadShort: { sum: '求和', 'pool-cpu': '任务池 CPU', tiny: '任务池微小任务' },
    size: '规模',
    sizeHint: {
      sum: '区间 [0, size) 的长度',
      'pool-cpu': '任务数量',
      tiny: '空任务数量',
    },
    max: 'Worker 数量上限（K）',
    maxHint: (cores: number) => `浏览器报告 ${cores} 个核心；超过这个数后，Worker 只能共用核心`,
    repeats: '每个点的重复次数',
    grain: '粒度',
    grainHint: {
      sum: '每个 Worker 的块数',
      'pool-cpu': '批大小（0 = 自动）',
      tiny: '批大小（0 = 自动）',
    },
    gil: '模拟的全局解释器锁（GIL，仅用于求和）',
    gilOn: '开启，切换间隔 5 毫秒',
    gilOff: '需要共享内存，而共享内存已关闭：',
    run: '开始扫描',
    cancel: '取消',
    progress: (workers: number, repeat: number, repeats: number, max: number) =>
      `正在测量 ${workers} 个 Worker（最多 ${max} 个），第 ${repeat} / ${repeats} 次重复…`,
    warming: '预热中（一次不计时的运行）…',
    cancelled: '已取消。已经测得的点仍保留在图上。',
    failed: (message: string) => `扫描失败：${message}。已经测得的点仍保留在图上。`,
    fixInputs: '请先修正下面标出的输入，再运行。',
    sweeps: '扫描结果',
    noSweeps: '还没有扫描：请按“开始扫描”。每次扫描都会保留并叠加显示，方便比较不同设置。',
    compareSplit: '与文章的分法比较（每个 Worker 一块）',
    compareSplitHint:
      '用每个 Worker 一块的方式（即文章中 SummingThread 的做法）再跑一遍同样的求和；之后各表会给出每个扫描在每个 Worker 数下相对最快扫描的用时。',
    label: (workload: string, grain: string, gil: boolean) => `${workload}，${grain}${gil ? '，GIL' : ''}`,
    grainLabel: {
      sum: (n: number) => `每个 Worker ${n} 块`,
      pool: (n: number) => (n === 0 ? '自动批大小' : `批大小 ${n}`),
    },
    describe: {
      sum: (size: string, chunks: number, gilMs: number | undefined) =>
        `分块求和，区间 0..${size}，每个 Worker ${chunks} 块，消息传递${gilMs === undefined ? '' : `，模拟 GIL，每 ${gilMs} 毫秒切换一次`}`,
      'pool-cpu': (tasks: string, batch: number) =>
        `任务池，${tasks} 个 CPU 密集型任务（数素数），${batch === 0 ? '自动批大小' : `批大小 ${batch}`}`,
      tiny: (tasks: string, batch: number) =>
        `任务池，${tasks} 个空任务，${batch === 0 ? '自动批大小' : `批大小 ${batch}`}`,
    },
  },
};
