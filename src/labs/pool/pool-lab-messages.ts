import type { PRESETS, WorkKind } from './pool-params.ts';
import type { Bilingual } from '../../ui/lang.ts';
import { formatInteger } from '../../ui/format-integer.ts';
import type { Failure } from './engine/work-items.ts';

/** What an item was made to do, after its work in the table's Item column. */
const enFailures = { throw: 'throws', hang: 'hangs', falsy: 'falsy' } satisfies Record<
  NonNullable<Failure>,
  string
>;

const en = {
  title: 'Task pool',
  intro:
    "The article's do_threaded_work done right: workers pull items from a queue, every item gets exactly one outcome (value, error, timeout or cancelled), order is kept when asked, and a hung task is stopped by its timeout.",
  inputs: 'Work items',
  preset: 'Preset',
  presets: {
    custom: 'Custom mix',
    process_url: 'Article: process_url',
  } satisfies Record<(typeof PRESETS)[number], string>,
  presetNote:
    'As in the article, do_threaded_work(urls_to_process, process_url): each task stands for fetching one URL (a simulated wait: nothing is fetched) and returns the URL; results in input order, as its preserve_result_ordering=True default asks.',
  n: 'Items',
  kind: 'Kind of work',
  kinds: { cpu: 'CPU (count primes)', io: 'simulated I/O (wait)', mixed: 'mixed' } satisfies Record<
    WorkKind,
    string
  >,
  throwPct: 'Items that throw (%)',
  hangPct: 'Items that hang (%)',
  falsyPct: 'Items that return a falsy value (%)',
  workers: 'Workers',
  timeout: 'Per-task timeout (ms, 0 = none)',
  batch: 'Batch size (0 = auto)',
  ordered: 'Preserve input order',
  gil: 'Simulated GIL',
  gilChoice: 'on: one lock every worker must hold to compute, released during I/O waits',
  gilNeedsShared: 'The simulated GIL needs shared memory:',
  gilNote: (switchMs: number) =>
    `As in CPython: a CPU item holds the GIL while it computes and hands it to a waiting worker every ${switchMs} ms; an I/O item releases it for its wait, as CPython does around blocking I/O.`,
  ioRange: 'I/O wait from / to (ms)',
  ioMin: 'I/O wait from (ms)',
  ioMax: 'I/O wait to (ms)',
  cpu: 'CPU work: count primes below',
  ratesTooHigh: 'The shares of throwing, hanging and falsy items add up to more than 100%.',
  ioOrder: 'The I/O wait "to" must not be below "from".',
  hangNeedsTimeout: 'Hanging items need a timeout, or the run can only end with Cancel.',
  run: 'Run',
  cancel: 'Cancel',
  progress: (done: number, total: number, rate: number, left: number) =>
    `${formatInteger(done)} / ${formatInteger(total)} done · ${formatInteger(Math.round(rate))} items/s · about ${left < 1 ? '<1' : Math.round(left)} s left`,
  finished: (total: number, s: number) => `${formatInteger(total)} items in ${s.toFixed(2)} s.`,
  cancelled: 'Cancelled: items not finished are marked cancelled; the results so far stay.',
  failed: (message: string) => `The run failed: ${message}. The results so far stay.`,
  fixInputs: 'Fix the inputs marked below, then run again.',
  itemLabel: (kind: string, amount: number, fail: Failure) =>
    `${kind === 'io' ? `wait ${amount} ms` : `primes < ${formatInteger(amount)}`}${fail ? ` · ${enFailures[fail]}` : ''}`,
  failures: enFailures,
  replayTitle: "The article's library, replayed on this run",
  replayNote: (preserve: boolean) =>
    `A replay of the Python do_threaded_work's logic on the outcomes above, not a run of Python: what its caller would have got back, called as the article calls it (num_threads left at its default, preserve_result_ordering=${preserve ? 'True' : 'False'} as the "Preserve input order" box says).`,
  replayReturned: (python: number, items: number, returned: number, handed: number) =>
    `It would return ${formatInteger(python)} results for ${formatInteger(items)} items; this pool returned ${formatInteger(returned)} outcomes for the ${formatInteger(handed)} items it was handed${returned === handed ? ', one per item' : ''}.`,
  replayNeverReturns: (python: number, items: number, returned: number, handed: number) =>
    `It would never return (see the next line); the items that did finish would give ${formatInteger(python)} results for ${formatInteger(items)} items. This pool returned ${formatInteger(returned)} outcomes for the ${formatInteger(handed)} items it was handed${returned === handed ? ', one per item' : ''}.`,
  replayHung: (n: number) =>
    `${formatInteger(n)} items ran past the per-task timeout, and this pool stopped them. The Python library has no per-task timeout (per_sync_timeout only limits each queue get and put), so work_queue.join() would wait for them, forever for an item that hangs.`,
  replayFalsy: (n: number) =>
    `${formatInteger(n)} results dropped by "if result:" because they were 0, '', None or False.`,
  replayFalsyKept: (n: number) =>
    `${formatInteger(n)} results were 0, '', None or False, and they survive only by accident: with preserve_result_ordering=True each result is an (index, result) tuple, which is always true, so "if result:" keeps it. With ordering off, it would drop them.`,
  replayErrors: (n: number) =>
    `${formatInteger(n)} items raised: the exception was logged and the item vanished, so the caller cannot tell which failed.`,
  replayOrder: (n: number) =>
    `${formatInteger(n)} results would be listed ahead of the result of an item earlier in the input, despite preserve_result_ordering=True: each result is tagged with its index, but the list is never sorted by it, so it is in the order the items finished.`,
  replayThreads: (n: number, workers: number) =>
    `num_threads defaults to len(work_items): it would start ${formatInteger(n)} threads; this pool ran at most ${formatInteger(workers)} workers at a time (the most seen alive at once).`,
  replayFirst: (indices: string, more: boolean) =>
    `Its list would begin with the results of items ${indices}${more ? ', …' : ''}: the order they finished in.`,
  replayRace:
    'And a race it has on any run: a thread that finds the queue not empty can lose the last item to another thread, wait per_sync_timeout (1 s) in get(), and then call task_done() for an item it never took, so join() can return before the work is done, or task_done() raises ValueError: called too many times.',
  replayCorrect:
    'This pool: every item has exactly one outcome, falsy values are values, errors and timeouts say which item, order is kept when asked, and the worker count is bounded.',
  history: 'Runs this visit',
  historyCaption:
    'Each run against the newest 1-worker run of the same items with the same GIL setting, at or before it.',
  historyRun: 'Run',
  historyKind: 'Items',
  historyCount: 'Count',
  historyWorkers: 'Workers',
  historyGil: 'GIL',
  historyTime: 'Time (ms)',
  historyVsOne: 'Against 1 worker',
  historyGilOn: 'on',
  historyGilOff: 'off',
  historyBaseline: '1-worker baseline',
  historyNoBaseline: 'no 1-worker run yet',
  historyFaster: (x: string) => `${x}× faster`,
  historySlower: (x: string) => `${x}× slower`,
};

const zhFailures = { throw: '抛出异常', hang: '卡住', falsy: '返回假值' } satisfies Record<
  NonNullable<Failure>,
  string
>;

export const poolLabMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '任务池',
    intro:
      '正确实现文章中的 do_threaded_work：工作线程（Worker）从队列中领取任务，每个任务都恰好有一个结果（值、错误、超时或已取消），需要时保持输入顺序，卡住的任务会被超时终止。',
    inputs: '任务',
    preset: '预设',
    presets: { custom: '自定义组合', process_url: '文章：process_url' },
    presetNote:
      '与文章中的 do_threaded_work(urls_to_process, process_url) 一样：每个任务代表抓取一个 URL（模拟的等待，并不真的抓取），并返回这个 URL；结果按输入顺序排列，正如它的默认值 preserve_result_ordering=True 所要求的。',
    n: '任务数',
    kind: '工作类型',
    kinds: { cpu: 'CPU（数素数）', io: '模拟 I/O（等待）', mixed: '混合' },
    throwPct: '抛出异常的任务（%）',
    hangPct: '卡住的任务（%）',
    falsyPct: '返回假值的任务（%）',
    workers: 'Worker 数量',
    timeout: '单个任务超时（毫秒，0 = 不限）',
    batch: '批大小（0 = 自动）',
    ordered: '保持输入顺序',
    gil: '模拟的全局解释器锁（GIL）',
    gilChoice: '开启：每个 Worker 必须持有同一把锁才能计算，I/O 等待期间释放',
    gilNeedsShared: '模拟 GIL 需要共享内存：',
    gilNote: (switchMs: number) =>
      `与 CPython 一样：CPU 任务计算时持有 GIL，每 ${switchMs} 毫秒把它交接给一个正在等待的 Worker；I/O 任务在等待期间释放 GIL，正如 CPython 在阻塞 I/O 期间所做的那样。`,
    ioRange: 'I/O 等待范围（毫秒）',
    ioMin: 'I/O 等待下限（毫秒）',
    ioMax: 'I/O 等待上限（毫秒）',
    cpu: 'CPU 任务：统计小于该数的素数个数',
    ratesTooHigh: '抛出异常、卡住和返回假值的比例加起来超过了 100%。',
    ioOrder: 'I/O 等待上限不能小于下限。',
    hangNeedsTimeout: '有卡住的任务时需要设置超时，否则只能用“取消”结束运行。',
    run: '运行',
    cancel: '取消',
    progress: (done: number, total: number, rate: number, left: number) =>
      `已完成 ${formatInteger(done)} / ${formatInteger(total)} · 每秒 ${formatInteger(Math.round(rate))} 个 · 约剩 ${left < 1 ? '<1' : Math.round(left)} 秒`,
    finished: (total: number, s: number) => `${formatInteger(total)} 个任务，用时 ${s.toFixed(2)} 秒。`,
    cancelled: '已取消：未完成的任务标记为已取消；已有结果仍保留。',
    failed: (message: string) => `运行失败：${message}。已有结果仍保留。`,
    fixInputs: '请先修正下面标出的输入，再运行。',
    itemLabel: (kind: string, amount: number, fail: Failure) =>
      `${kind === 'io' ? `等待 ${amount} 毫秒` : `素数 < ${formatInteger(amount)}`}${fail ? ` · ${zhFailures[fail]}` : ''}`,
    failures: zhFailures,
    replayTitle: '在这次运行上重放文章中的库',
    replayNote: (preserve: boolean) =>
      `这里按 Python 版 do_threaded_work 的逻辑，在上面的结果上重放一遍（并没有运行 Python），看看按文章的方式调用它（num_threads 取默认值，preserve_result_ordering=${preserve ? 'True' : 'False'}，与“保持输入顺序”复选框一致）时，调用者会拿到什么。`,
    replayReturned: (python: number, items: number, returned: number, handed: number) =>
      `它会为 ${formatInteger(items)} 个任务返回 ${formatInteger(python)} 个结果；这个任务池收到 ${formatInteger(handed)} 个任务，返回了 ${formatInteger(returned)} 个结果${returned === handed ? '，每个任务一个' : ''}。`,
    replayNeverReturns: (python: number, items: number, returned: number, handed: number) =>
      `它永远不会返回（见下一条）；${formatInteger(items)} 个任务中已完成的那些会给出 ${formatInteger(python)} 个结果。这个任务池收到 ${formatInteger(handed)} 个任务，返回了 ${formatInteger(returned)} 个结果${returned === handed ? '，每个任务一个' : ''}。`,
    replayHung: (n: number) =>
      `有 ${formatInteger(n)} 个任务超过了单个任务的超时，被这个任务池停止。Python 版的库没有单个任务的超时（per_sync_timeout 只限制每次队列的 get 和 put），所以 work_queue.join() 会一直等它们；遇到卡住的任务，就会永远等下去。`,
    replayFalsy: (n: number) =>
      `有 ${formatInteger(n)} 个结果是 0、空字符串、None 或 False，被“if result:”丢掉了。`,
    replayFalsyKept: (n: number) =>
      `有 ${formatInteger(n)} 个结果是 0、空字符串、None 或 False，它们只是碰巧被保留：preserve_result_ordering=True 时每个结果都是 (index, result) 元组，元组总为真，所以“if result:”会保留它。关闭保序时，这些结果就会被丢掉。`,
    replayErrors: (n: number) =>
      `有 ${formatInteger(n)} 个任务抛出异常：异常只被记录到日志，任务就消失了，调用者无法知道是哪个失败了。`,
    replayOrder: (n: number) =>
      `尽管设置了 preserve_result_ordering=True，仍有 ${formatInteger(n)} 个结果会排在输入中更靠前的任务的结果之前：每个结果都带着索引，但列表从未按索引排序，所以顺序就是任务完成的顺序。`,
    replayThreads: (n: number, workers: number) =>
      `num_threads 默认等于 len(work_items)：它会启动 ${formatInteger(n)} 个线程；这个任务池同时最多运行 ${formatInteger(workers)} 个 Worker（同时存活的最多个数）。`,
    replayFirst: (indices: string, more: boolean) =>
      `它返回的列表会以这些任务的结果开头：${indices}${more ? '，…' : ''}（即完成的顺序）。`,
    replayRace:
      '另外，每次运行都可能出现一个竞态条件：线程看到队列不空，最后一个任务却被别的线程拿走，它在 get() 里等满 per_sync_timeout（1 秒）后，又为一个从未取到的任务调用 task_done()，于是 join() 可能在工作完成之前就返回，或者 task_done() 抛出 ValueError: called too many times。',
    replayCorrect:
      '这个任务池：每个任务恰好一个结果，假值也是值，错误和超时会指明是哪个任务，需要时保持顺序，Worker 数量有上限。',
    history: '本次访问的运行',
    historyCaption:
      '每次运行都与截至它为止（含它自己）最近一次任务相同、GIL 设置也相同的单 Worker 运行相比。',
    historyRun: '运行',
    historyKind: '任务',
    historyCount: '数量',
    historyWorkers: 'Worker 数量',
    historyGil: 'GIL',
    historyTime: '用时（毫秒）',
    historyVsOne: '与 1 个 Worker 相比',
    historyGilOn: '开启',
    historyGilOff: '关闭',
    historyBaseline: '单 Worker 基准',
    historyNoBaseline: '还没有单 Worker 的运行',
    historyFaster: (x: string) => `加速比 ${x}`,
    historySlower: (x: string) => `用时为 ${x} 倍`,
  },
};
