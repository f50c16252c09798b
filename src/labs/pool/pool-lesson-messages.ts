// The words of the task pool lab's lesson steps: questions, what each step runs, and the sentences that
// explain what was measured. Every number in them is an argument: the explanations quote the runs.
import type { Bilingual } from '../../ui/lang.ts';

/** A number already formatted as the page shows it. */
type N = string;

const en = {
  threadedWork: {
    prompt: (n: N) =>
      `The article’s do_threaded_work gets these ${n} items, called as the article calls it; some items throw, and some return 0, an empty string, None or False. How many results will it return?`,
    choices: {
      all: 'All of them, one per item',
      fewer: 'Fewer: some results go missing',
      more: 'More results than items',
      hangs: 'None: it never returns',
    },
    runs: 'Runs the lab once with the inputs below, then replays the article’s library on its outcomes.',
    expected: {
      all: 'You expected one result per item.',
      fewer: 'You expected some results to go missing.',
      more: 'You expected more results than items.',
      hangs: 'You expected it never to return.',
    },
    happened: {
      all: 'it would return one result per item',
      fewer: 'it would return fewer results than items',
      more: 'it would return more results than items',
      hangs: 'it would never return',
    },
    measured: (python: N, items: N, returned: N, handed: N, onePerItem: boolean) =>
      `The article’s library would return ${python} results for ${items} items; this pool returned ${returned} outcomes for the ${handed} items it was handed${onePerItem ? ', one per item' : ''}.`,
    measuredHung: (python: N, hung: N, returned: N, handed: N, onePerItem: boolean) =>
      `The article’s library would never return: join() would block forever on the ${hung} items that hang; of the items that ended it would have collected ${python} results. This pool returned ${returned} outcomes for the ${handed} items it was handed${onePerItem ? ', one per item' : ''}.`,
    errors: (n: N, index: N, message: string) =>
      `${n} items raised an exception: ThreadedWorker’s bare except logs it and the item vanishes, so the list says nothing of them; this pool gave each an error outcome naming its item (the first: item ${index}, ${message}).`,
    noErrors: 'No item raised this time, so no exception was swallowed.',
    falsyKept: (n: N, unordered: N) =>
      `${n} results were 0, an empty string, None or False: they are in the list only because preserve_result_ordering=True wraps each result in an (index, result) tuple, which is always true. With ordering off, “if result:” would drop them and the list would hold ${unordered} results.`,
    falsyDropped: (n: N) =>
      `${n} results were 0, an empty string, None or False, and “if result:” dropped them; with ordering on they would have survived, by accident, inside their tuples.`,
    noFalsy: 'No result was falsy this time.',
    outOfOrder: (n: N, first: N) =>
      `The list would not be in input order, although preserve_result_ordering=True asks for it: ${n} results come before an earlier item’s, because each result is tagged with its index but the list is never sorted. It would begin with items ${first}. This pool’s outcomes came in input order.`,
    inOrder:
      'The items happened to finish in input order, so the list would be in order this time: by luck, not by sorting.',
    unordered:
      'Ordering was off, so the list is in completion order, as asked; this pool gave its outcomes in completion order too, each with its index.',
    threads: (n: N, workers: N) =>
      `num_threads defaults to len(work_items): it would start ${n} threads for ${n} items; this pool ran at most ${workers} workers at once.`,
  },
  ioUnderGil: {
    prompt: (workers: number) =>
      `With the simulated GIL on, what will ${workers} workers do, against 1 worker, to I/O-bound items (they mostly wait) and to CPU-bound items (they compute)?`,
    choices: {
      ioOnly: 'The I/O-bound items finish sooner; the CPU-bound ones do not',
      both: 'Both finish sooner',
      neither: 'Neither: the GIL lets one thread run at a time',
      unsure: 'I am not sure',
    },
    runs: (n: N, workers: number) =>
      `Runs ${n} I/O-bound items on 1 worker and on ${workers}, then ${n} CPU-bound items on 1 worker and on ${workers}, all under the simulated GIL.`,
    needsShared: 'This step needs shared memory for the simulated GIL:',
    expected: {
      ioOnly: 'You expected only the I/O-bound items to speed up.',
      both: 'You expected both kinds of items to speed up.',
      neither: 'You expected neither kind to speed up.',
    },
    happened: {
      ioOnly: 'the I/O-bound items sped up and the CPU-bound ones did not',
      both: 'both kinds sped up',
      neither: 'neither kind sped up',
      cpuOnly: 'the CPU-bound items sped up and the I/O-bound ones did not',
    },
    measured: (workers: number, io1: N, io4: N, ioSpeedup: N, cpu1: N, cpu4: N, cpuSpeedup: N) =>
      `I/O-bound: ${io1} ms on 1 worker, ${io4} ms on ${workers} (speedup ${ioSpeedup}). CPU-bound: ${cpu1} ms on 1 worker, ${cpu4} ms on ${workers} (speedup ${cpuSpeedup}).`,
    whyIo: (workers: number) =>
      `An I/O-bound item releases the GIL for its wait, as CPython releases it around a blocking read: the ${workers} workers wait at the same time, and need the GIL only for the moments between waits.`,
    whyIoSlow: (workers: number, speedup: N) =>
      `An I/O-bound item releases the GIL for its wait, as CPython releases it around a blocking read, so the ${workers} workers can wait at the same time; here they did not finish much sooner (speedup ${speedup}): with waits this short, starting the workers and the moments between waits, which need the GIL, take much of the run. Run the step again, or with longer waits.`,
    whyCpu: (workers: number, switchMs: number, turns: N) =>
      `A CPU-bound item needs the GIL the whole time it computes: only the holder counts primes while the others wait, and it hands the GIL over every ${switchMs} ms (${turns} times taken in the ${workers}-worker run), so ${workers} workers cannot compute faster than one.`,
    cpuSame: 'Here they took about as long as one worker.',
    cpuSomewhat: (speedup: N) =>
      `Here they finished somewhat sooner (speedup ${speedup}), too little to set against the GIL: most likely this machine’s noise; run the step again to see.`,
    cpuSlower: (workers: number, ratio: N) =>
      `Here they took ${ratio}× as long as one worker: every hand-over wakes a sleeping thread, and starting ${workers} workers costs more than starting one. CPython’s CPU-bound threads, too, can run slower than a single thread.`,
    cpuSurprise: (turns: N) =>
      `The CPU-bound items still got faster here, which the GIL should prevent (it was taken ${turns} times): run the step again to see how much of it is this machine’s noise.`,
    article:
      'That is the article’s “threads scale I/O-bound tasks better”: under CPython’s GIL, threads help a program that waits, not one that computes. Without the GIL, as in the lab’s default, the CPU-bound items scale with the cores too: the second link below runs them so.',
  },
};

export const poolLessonMessages: Bilingual<typeof en> = {
  en,
  zh: {
    threadedWork: {
      prompt: (n: N) =>
        `按文章的调用方式，把这 ${n} 个任务交给文章中的 do_threaded_work；其中有的任务抛出异常，有的返回 0、空字符串、None 或 False。它会返回多少个结果？`,
      choices: {
        all: '全部都有，每个任务一个',
        fewer: '更少：有些结果不见了',
        more: '结果比任务多',
        hangs: '没有：它永远不会返回',
      },
      runs: '用下面的输入运行一次实验，再在它的结果上重放文章中的库。',
      expected: {
        all: '你预测每个任务都有一个结果。',
        fewer: '你预测有些结果会不见。',
        more: '你预测结果会比任务多。',
        hangs: '你预测它永远不会返回。',
      },
      happened: {
        all: '它会为每个任务返回一个结果',
        fewer: '它返回的结果会比任务少',
        more: '它返回的结果会比任务多',
        hangs: '它永远不会返回',
      },
      measured: (python: N, items: N, returned: N, handed: N, onePerItem: boolean) =>
        `文章中的库会为 ${items} 个任务返回 ${python} 个结果；这个任务池收到 ${handed} 个任务，返回了 ${returned} 个结果${onePerItem ? '，每个任务一个' : ''}。`,
      measuredHung: (python: N, hung: N, returned: N, handed: N, onePerItem: boolean) =>
        `文章中的库永远不会返回：join() 会一直阻塞在 ${hung} 个卡住的任务上；在已经结束的任务中，它本会收集到 ${python} 个结果。这个任务池收到 ${handed} 个任务，返回了 ${returned} 个结果${onePerItem ? '，每个任务一个' : ''}。`,
      errors: (n: N, index: N, message: string) =>
        `有 ${n} 个任务抛出异常：ThreadedWorker 的裸 except 只把异常记入日志，任务就此消失，列表里没有它们的任何踪迹；这个任务池则为每个这样的任务给出一个错误结果，并指明是哪个任务（第一个：任务 ${index}，${message}）。`,
      noErrors: '这次没有任务抛出异常，所以没有异常被吞掉。',
      falsyKept: (n: N, unordered: N) =>
        `有 ${n} 个结果是 0、空字符串、None 或 False：它们还留在列表里，只是因为 preserve_result_ordering=True 把每个结果包在 (index, result) 元组里，而元组总为真。关闭保序时，“if result:”会丢掉它们，列表只剩 ${unordered} 个结果。`,
      falsyDropped: (n: N) =>
        `有 ${n} 个结果是 0、空字符串、None 或 False，被“if result:”丢掉了；如果开启保序，它们会装在元组里，碰巧被保留下来。`,
      noFalsy: '这次没有假值结果。',
      outOfOrder: (n: N, first: N) =>
        `尽管 preserve_result_ordering=True 要求保持输入顺序，列表却不是按输入顺序排列的：有 ${n} 个结果排在输入中更靠前的任务的结果之前，因为每个结果虽然带着索引，列表却从未按索引排序。它会以这些任务开头：${first}。这个任务池的结果是按输入顺序给出的。`,
      inOrder: '这次任务碰巧按输入顺序完成，所以列表是有序的：靠的是运气，不是排序。',
      unordered:
        '这次关闭了保序，所以列表按完成顺序排列，正如所要求的；这个任务池也按完成顺序给出结果，每个都带着索引。',
      threads: (n: N, workers: N) =>
        `num_threads 默认等于 len(work_items)：有 ${n} 个任务，它就会启动 ${n} 个线程；这个任务池同时最多运行 ${workers} 个 Worker。`,
    },
    ioUnderGil: {
      prompt: (workers: number) =>
        `开启模拟的 GIL 后，与 1 个 Worker 相比，${workers} 个 Worker 对 I/O 密集型任务（大部分时间在等待）和 CPU 密集型任务（一直在计算）各有什么影响？`,
      choices: {
        ioOnly: 'I/O 密集型任务完成得更快，CPU 密集型任务不会',
        both: '两种都更快',
        neither: '都不会：GIL 同一时刻只让一个线程运行',
        unsure: '不确定',
      },
      runs: (n: N, workers: number) =>
        `依次运行：${n} 个 I/O 密集型任务，先用 1 个 Worker，再用 ${workers} 个；然后 ${n} 个 CPU 密集型任务，同样先 1 个再 ${workers} 个。全部在模拟的 GIL 下运行。`,
      needsShared: '这一步的模拟 GIL 需要共享内存：',
      expected: {
        ioOnly: '你预测只有 I/O 密集型任务会变快。',
        both: '你预测两种任务都会变快。',
        neither: '你预测两种任务都不会变快。',
      },
      happened: {
        ioOnly: 'I/O 密集型任务变快了，CPU 密集型任务没有',
        both: '两种任务都变快了',
        neither: '两种任务都没有变快',
        cpuOnly: 'CPU 密集型任务变快了，I/O 密集型任务没有',
      },
      measured: (workers: number, io1: N, io4: N, ioSpeedup: N, cpu1: N, cpu4: N, cpuSpeedup: N) =>
        `I/O 密集型：1 个 Worker 用了 ${io1} 毫秒，${workers} 个用了 ${io4} 毫秒（加速比 ${ioSpeedup}）。CPU 密集型：1 个 Worker 用了 ${cpu1} 毫秒，${workers} 个用了 ${cpu4} 毫秒（加速比 ${cpuSpeedup}）。`,
      whyIo: (workers: number) =>
        `I/O 密集型任务在等待期间释放 GIL，就像 CPython 在阻塞读取期间释放 GIL 一样：${workers} 个 Worker 同时等待，只在两次等待之间的片刻需要 GIL。`,
      whyIoSlow: (workers: number, speedup: N) =>
        `I/O 密集型任务在等待期间释放 GIL，就像 CPython 在阻塞读取期间释放 GIL 一样，所以 ${workers} 个 Worker 可以同时等待；但这次它们并没有快多少（加速比 ${speedup}）：等待这么短，启动 Worker 以及两次等待之间需要 GIL 的片刻占去了运行的很大一部分。请再运行一次这一步，或把等待时间调长。`,
      whyCpu: (workers: number, switchMs: number, turns: N) =>
        `CPU 密集型任务在整个计算过程中都需要 GIL：只有持有者在数素数，其他 Worker 都在等，而持有者每 ${switchMs} 毫秒把 GIL 交接出去一次（在 ${workers} 个 Worker 的那次运行中，GIL 被获取了 ${turns} 次），所以 ${workers} 个 Worker 不可能比 1 个算得更快。`,
      cpuSame: '这次它们的用时和 1 个 Worker 差不多。',
      cpuSomewhat: (speedup: N) =>
        `这次它们快了一些（加速比 ${speedup}），但幅度太小，不足以说明 GIL 没起作用：多半是这台机器本身的波动；再运行一次这一步看看。`,
      cpuSlower: (workers: number, ratio: N) =>
        `这次它们的用时是 1 个 Worker 的 ${ratio} 倍：每次交接都要唤醒一个正在休眠的线程，而且启动 ${workers} 个 Worker 也比启动 1 个更花时间。在 CPython 中，执行 CPU 密集型任务的多个线程同样可能比单个线程还慢。`,
      cpuSurprise: (turns: N) =>
        `这次 CPU 密集型任务仍然变快了，而 GIL 本应阻止这一点（GIL 被获取了 ${turns} 次）：再运行一次这一步，看看其中有多少是这台机器本身的波动。`,
      article:
        '这正是文章所说的“使用线程能够更好地扩展I/O密集型的任务”：在 CPython 的 GIL 下，线程帮得了在等待的程序，帮不了在计算的程序。不开 GIL 时（实验的默认设置），CPU 密集型任务也会随核心数加速：下面第二个链接就以这种方式运行它们。',
    },
  },
};
