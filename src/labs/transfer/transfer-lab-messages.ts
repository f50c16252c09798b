import type { PingPongMode } from './engine/ping-pong.ts';
import type { Transport } from './engine/transfer-protocol.ts';
import type { Bilingual } from '../../ui/lang.ts';

const en = {
  title: 'Message passing vs shared memory',
  intro:
    'Processes talk by messages, which copy; threads share memory, which does not, but then must synchronise. In the browser the same choice is structured clone, transfer, or a SharedArrayBuffer. Measure what each costs, and what it does to the page.',
  costTitle: 'Cost of moving data',
  costHelp:
    'Each round trip sends the payload from the page to a worker and back. Sizes double from the smallest to the largest.',
  from: 'Smallest payload (bytes)',
  to: 'Largest payload (bytes)',
  repeats: 'Repeats per size',
  run: 'Measure',
  cancel: 'Cancel',
  progress: (transport: string, size: string) => `Measuring ${transport} at ${size}…`,
  cancelled: 'Cancelled. The rows measured so far stay below.',
  failed: (message: string) => `Stopped: ${message}. The rows measured so far stay below.`,
  fixInputs: 'Fix the inputs marked below, then run again.',
  toBelowFrom: 'Largest payload must not be below the smallest payload.',
  transports: {
    clone: 'clone (typed array, copied)',
    'clone-object': 'clone (object graph)',
    transfer: 'transfer (ArrayBuffer moved)',
    shared: 'SharedArrayBuffer (only a signal)',
    comlink: 'Comlink (clone through RPC)',
    copy: 'memory copy in the page (reference)',
  } satisfies Record<Transport | 'copy', string>,
  legend: 'Transports',
  timeChart: 'Round-trip time against payload size',
  throughputChart: 'Throughput against payload size',
  chartText: { sizeAxis: 'payload size →', timeAxis: '↑ round trip (ms)', throughputAxis: '↑ GB/s' },
  /** A slide's caption of each chart: what it shows, then the sweep's inputs (`sweep`). */
  figureCaption: {
    time: (sweep: string) => `Round trip, page to worker and back, against payload size: ${sweep}`,
    throughput: (sweep: string) => `Throughput (2 × payload per round trip) against payload size: ${sweep}`,
    sweep: (from: string, to: string, repeats: number, copy: boolean) =>
      `${from} to ${to}, doubling; median of ${repeats} ${repeats === 1 ? 'round trip' : 'round trips'} per point${copy ? '; the in-page memory copy as reference' : ''}`,
  },
  table: 'Measurements',
  tableSummary: (rows: number) =>
    `All measurements (${rows} rows: time split into serialising and deserialising)`,
  columns: {
    size: 'Size',
    transport: 'Transport',
    median: 'Median round trip (ms)',
    throughput: 'GB/s',
    pageSend: 'Page: serialise (ms)',
    pageRead: 'Page: deserialise (ms)',
    workerRead: 'Worker: deserialise (ms)',
  },
  findings: 'What this machine says',
  cloneVsShared: (size: string, ratio: string) =>
    `At ${size}, a clone round trip takes ${ratio}× as long as a shared-memory signal.`,
  transferWins: (size: string) => `Transfer beats clone from ${size} on.`,
  transferNeverWins: 'Transfer did not beat clone at these sizes.',
  copyReference: (gbs: string) =>
    `The page copies memory at ${gbs} GB/s: no message that copies its data can go faster than that. A transfer or a shared buffer can chart above it because it copies nothing: only the message travels.`,
  latencyTitle: 'Latency of a signal',
  latencyHelp:
    'Two workers ping-pong 20,000 times: by postMessage, and by Atomics.wait / Atomics.notify on one shared word.',
  latencyRun: 'Measure latency',
  latencyMode: { message: 'postMessage', atomics: 'Atomics.wait / notify' } satisfies Record<
    PingPongMode,
    string
  >,
  latencyColumns: { mode: 'Signal', median: 'Median (µs)', p99: 'p99 (µs)' },
  freezeTitle: 'What the page feels',
  freezeHelp:
    'The bar moves on every animation frame. Run a workload and watch it: when the page’s own thread is busy, no frame is drawn.',
  loop: 'CPU loop (ms)',
  cloneSize: 'Cloned object graph (bytes)',
  freezeWorkloads: {
    'main-loop': 'CPU loop on the page',
    'worker-loop': 'CPU loop in a worker',
    'large-clone': 'Large clone arriving on the page',
  },
  freezeColumns: {
    workload: 'Workload',
    duration: 'Duration (ms)',
    dropped: 'Dropped frames',
    gap: 'Longest frame gap (ms)',
    longTasks: 'Long tasks',
    read: 'Page deserialise (ms)',
  },
  glossaryTitle: 'In the article’s words',
  glossary: [
    [
      'pipe, socket: send() / recv()',
      'postMessage: the message is serialised, copied, and deserialised on the other side.',
    ],
    ['copy', 'structured clone: the cost grows with the size, and the receiver pays to rebuild objects.'],
    ['handing over a buffer', 'transfer: the memory moves without a copy; the sender can no longer use it.'],
    ['mmap, shared memory', 'SharedArrayBuffer: both threads see the same bytes; only a signal crosses.'],
    [
      'lock, synchronisation',
      'Atomics.wait / notify: the price of sharing is coordinating who touches what when.',
    ],
  ] as const satisfies readonly (readonly [string, string])[],
  notIsolated: 'Shared memory rows are off:',
};

export const transferLabMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '消息传递与共享内存',
    intro:
      '进程之间靠消息通信，会复制数据；线程共享内存，不复制，但必须同步。在浏览器中，同样的选择是结构化克隆、转移或 SharedArrayBuffer。测一测它们各自的代价，以及对页面的影响。',
    costTitle: '移动数据的代价',
    costHelp:
      '每次往返都把数据从页面发送到工作线程（Worker）再发回来。数据大小从最小值开始逐次翻倍，直到最大值。',
    from: '最小数据量（字节）',
    to: '最大数据量（字节）',
    repeats: '每个大小的重复次数',
    run: '开始测量',
    cancel: '取消',
    progress: (transport: string, size: string) => `正在测量 ${transport}，大小 ${size}…`,
    cancelled: '已取消。已测得的行仍保留在下方。',
    failed: (message: string) => `已停止：${message}。已测得的行仍保留在下方。`,
    fixInputs: '请先修正下面标出的输入，再运行。',
    toBelowFrom: '最大数据量不能小于最小数据量。',
    transports: {
      clone: '克隆（类型化数组，复制）',
      'clone-object': '克隆（对象图）',
      transfer: '转移（ArrayBuffer 被移走）',
      shared: 'SharedArrayBuffer（只发信号）',
      comlink: 'Comlink（通过 RPC 克隆）',
      copy: '页面内的内存复制（参考线）',
    },
    legend: '传输方式',
    timeChart: '往返时间与数据大小',
    throughputChart: '吞吐量与数据大小',
    chartText: { sizeAxis: '数据大小 →', timeAxis: '↑ 往返时间（毫秒）', throughputAxis: '↑ GB/s' },
    figureCaption: {
      time: (sweep: string) => `往返时间（从页面到 Worker 再返回）与数据大小：${sweep}`,
      throughput: (sweep: string) => `吞吐量（每次往返 2 × 数据大小）与数据大小：${sweep}`,
      sweep: (from: string, to: string, repeats: number, copy: boolean) =>
        `${from} 至 ${to}，逐次翻倍；每个点取 ${repeats} 次往返的中位数${copy ? '；以页面内的内存复制为参考' : ''}`,
    },
    table: '测量结果',
    tableSummary: (rows: number) => `全部测量结果（${rows} 行：时间拆分为序列化和反序列化）`,
    columns: {
      size: '大小',
      transport: '方式',
      median: '往返时间中位数（毫秒）',
      throughput: 'GB/s',
      pageSend: '页面：序列化（毫秒）',
      pageRead: '页面：反序列化（毫秒）',
      workerRead: 'Worker：反序列化（毫秒）',
    },
    findings: '这台机器的测量结论',
    cloneVsShared: (size: string, ratio: string) =>
      `在 ${size} 时，一次克隆往返的用时是共享内存信号的 ${ratio} 倍。`,
    transferWins: (size: string) => `从 ${size} 起，转移比克隆快。`,
    transferNeverWins: '在这些大小上，转移没有比克隆快。',
    copyReference: (gbs: string) =>
      `页面复制内存的速度是 ${gbs} GB/s：凡是要复制数据的消息，都不可能比这更快。转移和共享缓冲区在图中可以高于这条线，因为它们不复制任何数据，传过去的只有消息本身。`,
    latencyTitle: '信号的延迟',
    latencyHelp:
      '两个 Worker 来回互发信号 20,000 次：分别用 postMessage，以及共享内存中同一个字上的 Atomics.wait / Atomics.notify。',
    latencyRun: '测量延迟',
    latencyMode: { message: 'postMessage', atomics: 'Atomics.wait / notify' } satisfies Record<
      PingPongMode,
      string
    >,
    latencyColumns: { mode: '信号方式', median: '中位数（微秒）', p99: 'p99（微秒）' },
    freezeTitle: '页面是否卡顿',
    freezeHelp: '色条每个动画帧都会移动。运行一个工作负载并观察它：页面自己的线程忙碌时，一帧也画不出来。',
    loop: 'CPU 循环（毫秒）',
    cloneSize: '克隆的对象图（字节）',
    freezeWorkloads: {
      'main-loop': '页面上的 CPU 循环',
      'worker-loop': 'Worker 中的 CPU 循环',
      'large-clone': '传到页面的大型克隆对象图',
    },
    freezeColumns: {
      workload: '工作负载',
      duration: '用时（毫秒）',
      dropped: '丢帧数',
      gap: '最长帧间隔（毫秒）',
      longTasks: '长任务',
      read: '页面反序列化（毫秒）',
    },
    glossaryTitle: '对应文章中的说法',
    glossary: [
      ['管道、套接字：send() / recv()', 'postMessage：消息被序列化、复制，在另一边再反序列化。'],
      ['复制', '结构化克隆：代价随数据大小增长，接收方还要花时间重建对象。'],
      ['交出缓冲区', '转移：内存被移走而不复制；发送方之后不能再使用它。'],
      ['mmap、共享内存', 'SharedArrayBuffer：两个线程看到同样的字节；只有信号在两边传递。'],
      ['锁、同步', 'Atomics.wait / notify：共享的代价是协调谁在什么时候访问什么。'],
    ],
    notIsolated: '共享内存相关的行已关闭：',
  },
};
