// The words of the article's code panel: each pitfall's title, what goes wrong, what the pool does
// instead, and what this run shows of it. Every number is an argument: the findings quote the runs.
import type { Bilingual } from '../../ui/lang.ts';
import type { Pitfall } from './article-pitfalls.ts';

interface PitfallText {
  readonly title: string;
  readonly what: string;
  readonly fix: string;
}

/** A number or a list already formatted for the page. */
type N = string;

const en = {
  title: 'The article’s code, pitfall by pitfall',
  note: 'do_threaded_work, ThreadedWorker and the two logging helpers, as the article prints them. An edge marks the lines of each pitfall below; “Show in the code” highlights one pitfall’s lines and scrolls to them.',
  codeLabel: 'The article’s threading library (Python)',
  pitfallList: 'Pitfalls of the article’s library',
  showLines: 'Show in the code',
  /** The button's accessible name: its visible text, then the pitfall it shows. */
  showLinesOf: (title: string) => `Show in the code: ${title}`,
  thisRun: 'This run:',
  thePool: 'The pool:',
  /** After a lead in italics. */
  gap: ' ',
  noRun: 'Run the lab above to replay this on real outcomes.',
  whenEnded: 'The run going on is replayed here when it ends.',
  noTwoCalls: 'Run two calls at once (below) to see it.',
  pitfalls: {
    globalFunc: {
      title: 'A global for the wrapped function',
      what: 'Every call assigns the same module-level name, global wrapped_work_func, and each thread is handed whatever it holds when the thread is created: with two calls at once, one call’s threads can run the other call’s function.',
      fix: 'every call carries its own task, shipped by its source text; calls at once on one pool stay apart.',
    },
    threads: {
      title: 'One thread per item',
      what: 'num_threads defaults to len(work_items): a million items would start a million threads.',
      fix: 'the default is the core count (at most 16), and workers start only when there is work for them.',
    },
    logging: {
      title: 'The root logger, rewritten for the whole process',
      what: 'start_logging_with_thread_info() and stop_logging_with_thread_info() replace the formatter of the root logger’s first handler: every thread of the process logs with it, not just this call’s, and the first call to finish takes the thread ids away from the others.',
      fix: 'console.* inside a task arrives as a log event tagged with its worker; nothing global on the page changes.',
    },
    join: {
      title: 'No timeout per task',
      what: 'work_queue.join() waits until every item is marked done, and per_sync_timeout limits only each queue get and put: a task that hangs blocks the caller forever.',
      fix: 'each item has its own timeout, counted from its start; a hung worker is stopped and replaced.',
    },
    falsy: {
      title: '“if result:” drops falsy results',
      what: 'A result of 0, an empty string, None, False or [] is dropped when preserve_result_ordering=False; with True each result is an (index, result) tuple, which is always true, so they survive by accident.',
      fix: 'every item gets an outcome, and falsy values are values.',
    },
    ordering: {
      title: 'Tagged with an index, never sorted',
      what: 'With preserve_result_ordering=True each result is tagged with its index, but the list is only stripped of the tags, never sorted by them: it comes in the order the items finished.',
      fix: 'preserveResultOrdering: true gives input order; false gives completion order, each outcome with its index.',
    },
    emptyRace: {
      title: 'empty(), then get(timeout)',
      what: 'A thread that finds the queue not empty can lose the last item to another thread, then wait a whole per_sync_timeout in get().',
      fix: 'no polling: one dispatcher on the page hands items to idle workers, and nobody waits on an empty queue.',
    },
    errors: {
      title: 'An exception is logged, and the item vanishes',
      what: 'The bare except logs the exception and moves on: the item never reaches the result queue, and the caller cannot tell which item failed.',
      fix: 'the item gets an error outcome with its index, its item, and the error’s name, message and stack.',
    },
    taskDone: {
      title: 'task_done() in finally',
      what: 'finally also runs after get() timed out on an empty queue: task_done() for an item never taken, so join() can return before the work is done, or task_done() raises ValueError: called too many times.',
      fix: 'no counters to get wrong: an item is finished once, by its outcome.',
    },
  } satisfies Record<Pitfall, PitfallText>,
  findings: {
    globalFunc: (
      aItems: number,
      bItems: number,
      crossed: number,
      failed: number,
      wouldGet: N,
      shouldGet: N,
    ) =>
      `Two calls ran at once on one pool: call A’s ${aItems} outcomes came from process_url and call B’s ${bItems} from url_length, ${crossed} from the other call’s function${failed > 0 ? ` (${failed} failed, with no value to tell)` : ''}. In the article’s code, had call B set the global while call A was still creating its threads, A’s caller would have got ${wouldGet} (url_length of its URLs) instead of ${shouldGet}.`,
    threads: (threads: N, workers: N) =>
      `It would start ${threads} threads, one per item; this pool ran at most ${workers} workers at once.`,
    logging: (first: string, other: string, untagged: number, otherLines: number, tagged: number) =>
      untagged > 0
        ? `Call ${first} ended first, and ${untagged} of call ${other}’s ${otherLines} log lines came after it: by then the article’s stop_logging_with_thread_info() had reset the process’s one root handler, so those lines would print without their thread id. Here all ${tagged} lines carry their worker id.`
        : `Call ${first} ended first, after every one of call ${other}’s ${otherLines} log lines this time; when a call ends before another’s lines, they lose their thread id. Here all ${tagged} lines carry their worker id.`,
    hung: (n: N) => `${n} items ran past the per-task timeout: join() would wait for them forever.`,
    noHung: 'No item hung in this run, so join() would have returned.',
    falsyKept: (n: N) =>
      `${n} results were falsy: kept only because each sits in an (index, result) tuple; with ordering off they would be dropped.`,
    falsyDropped: (n: N) => `${n} falsy results would be dropped.`,
    noFalsy: 'No result was falsy in this run.',
    outOfOrder: (n: N, first: N) =>
      `${n} results would come before the result of an item earlier in the input; the list would begin with items ${first}.`,
    inOrder: 'The items happened to finish in input order this time.',
    orderingOff: 'Ordering was off in this run: completion order is what was asked for.',
    race: 'A race between the Python threads, not replayed from outcomes: whether it strikes depends on how they interleave at the queue.',
    errors: (n: N) =>
      `${n} items raised: their exceptions would be logged, and the items gone from the list.`,
    noErrors: 'No item raised in this run.',
  },
  twoCalls: {
    title: 'Two calls at once',
    explain:
      'Two parts of one program each call do_threaded_work at the same time: call A runs the article’s process_url over some URLs, call B a url_length function over others, on one pool of two workers.',
    run: 'Run two calls at once',
    running: 'Running two calls…',
    failed: (message: string) => `The two calls failed: ${message}.`,
  },
};

export const articleCodeMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '逐个缺陷细看文章的代码',
    note: '以下是文章中的 do_threaded_work、ThreadedWorker 和两个日志辅助函数，照文章原样引用。下面每个缺陷所在的行都在代码左侧做了标记；点击“在代码中显示”会高亮这个缺陷所在的行，并滚动到那里。',
    codeLabel: '文章中的线程库（Python）',
    pitfallList: '文章中这个库的缺陷',
    showLines: '在代码中显示',
    showLinesOf: (title: string) => `在代码中显示：${title}`,
    thisRun: '这次运行：',
    thePool: '任务池：',
    gap: '',
    noRun: '先运行上面的实验，才能在真实的结果上重放这个缺陷。',
    whenEnded: '当前的运行结束后，会在这里重放。',
    noTwoCalls: '运行下面的“同时发起两次调用”，才能看到这个缺陷。',
    pitfalls: {
      globalFunc: {
        title: '用全局变量保存包装后的函数',
        what: '每次调用都给同一个模块级名字 global wrapped_work_func 赋值，而每个线程拿到的是创建它那一刻这个名字指向的函数：两次调用同时进行时，一次调用的线程可能运行另一次调用的函数。',
        fix: '每次调用都带着自己的任务函数（以源代码文本传送）；在同一个任务池上同时进行的调用互不干扰。',
      },
      threads: {
        title: '每个任务一个线程',
        what: 'num_threads 默认等于 len(work_items)：一百万个任务就会启动一百万个线程。',
        fix: '默认值是核心数（最多 16），而且只有在有任务要做时才启动 Worker。',
      },
      logging: {
        title: '为整个进程改写根日志记录器',
        what: 'start_logging_with_thread_info() 和 stop_logging_with_thread_info() 替换的是根日志记录器第一个处理器的格式：进程中的每个线程都用它记日志，不只是这次调用的线程；最先结束的调用会把其他调用日志里的线程 id 一并去掉。',
        fix: '任务中的 console.* 会变成带 Worker 编号的日志事件传回页面；页面上的全局状态不会有任何改动。',
      },
      join: {
        title: '没有单个任务的超时',
        what: 'work_queue.join() 要等到每个任务都被标记为完成，而 per_sync_timeout 只限制每次队列的 get 和 put：一个卡住的任务会让调用者永远等下去。',
        fix: '每个任务都有自己的超时，从它开始时算起；卡住的 Worker 会被停止并替换。',
      },
      falsy: {
        title: '“if result:”会丢掉假值结果',
        what: '当 preserve_result_ordering=False 时，0、空字符串、None、False 或 [] 这样的结果会被丢掉；为 True 时每个结果都是 (index, result) 元组，元组总为真，所以它们只是碰巧被保留。',
        fix: '每个任务都有一个结果，假值也是值。',
      },
      ordering: {
        title: '带上了索引，却从不排序',
        what: '当 preserve_result_ordering=True 时，每个结果都带上了自己的索引，但列表只是去掉了索引，从未按索引排序：顺序就是任务完成的顺序。',
        fix: 'preserveResultOrdering: true 给出输入顺序；false 给出完成顺序，每个结果都带着它的索引。',
      },
      emptyRace: {
        title: '先 empty()，再 get(timeout)',
        what: '一个线程看到队列不空，最后一个任务却可能被别的线程拿走，于是它要在 get() 里白等一整个 per_sync_timeout。',
        fix: '不轮询：页面上的一个调度器把任务交给空闲的 Worker，没有谁在空队列上等待。',
      },
      errors: {
        title: '异常只被记入日志，任务就消失了',
        what: '裸 except 记下异常就继续：这个任务永远进不了结果队列，调用者无法知道是哪个任务失败了。',
        fix: '这个任务得到一个错误结果，带有它的索引、任务本身，以及错误的名称、消息和调用栈。',
      },
      taskDone: {
        title: '在 finally 中调用 task_done()',
        what: 'get() 在空队列上超时后 finally 也会执行：为一个从未取到的任务调用 task_done()，于是 join() 可能在工作完成之前就返回，或者 task_done() 抛出 ValueError: called too many times。',
        fix: '没有会算错的计数器：每个任务只结束一次，以它的结果为准。',
      },
    },
    findings: {
      globalFunc: (
        aItems: number,
        bItems: number,
        crossed: number,
        failed: number,
        wouldGet: N,
        shouldGet: N,
      ) =>
        `两次调用同时在一个任务池上运行：调用 A 的 ${aItems} 个结果来自 process_url，调用 B 的 ${bItems} 个来自 url_length，来自对方函数的有 ${crossed} 个${failed > 0 ? `（另有 ${failed} 个失败，没有值可以判断）` : ''}。在文章的代码中，如果调用 B 在调用 A 还在创建线程时给全局变量赋了值，A 的调用者拿到的会是 ${wouldGet}（它的 URL 的 url_length），而不是 ${shouldGet}。`,
      threads: (threads: N, workers: N) =>
        `它会启动 ${threads} 个线程，每个任务一个；这个任务池同时最多运行 ${workers} 个 Worker。`,
      logging: (first: string, other: string, untagged: number, otherLines: number, tagged: number) =>
        untagged > 0
          ? `调用 ${first} 先结束，调用 ${other} 的 ${otherLines} 行日志中有 ${untagged} 行写在它之后：那时文章的 stop_logging_with_thread_info() 已经重置了进程中唯一的根处理器，所以这些行打印出来时没有线程 id。这里全部 ${tagged} 行都带着 Worker 编号。`
          : `调用 ${first} 先结束，但这次调用 ${other} 的 ${otherLines} 行日志都写在它之前；一旦某次调用在另一次调用的日志写完之前结束，那些日志就会失去线程 id。这里全部 ${tagged} 行都带着 Worker 编号。`,
      hung: (n: N) => `有 ${n} 个任务超过了单个任务的超时：join() 会永远等它们。`,
      noHung: '这次运行没有任务卡住，所以 join() 会返回。',
      falsyKept: (n: N) =>
        `有 ${n} 个结果是假值：只因为每个结果都装在 (index, result) 元组里才被保留；关闭保序时它们会被丢掉。`,
      falsyDropped: (n: N) => `有 ${n} 个假值结果会被丢掉。`,
      noFalsy: '这次运行没有假值结果。',
      outOfOrder: (n: N, first: N) =>
        `有 ${n} 个结果会排在输入中更靠前的任务的结果之前；列表会以这些任务的结果开头：${first}。`,
      inOrder: '这次任务碰巧按输入顺序完成。',
      orderingOff: '这次运行关闭了保序：要求的就是完成顺序。',
      race: 'Python 线程之间的竞态条件，无法从结果中重放：会不会发生取决于线程在队列上如何交错。',
      errors: (n: N) => `有 ${n} 个任务抛出异常：异常会被记入日志，任务从列表中消失。`,
      noErrors: '这次运行没有任务抛出异常。',
    },
    twoCalls: {
      title: '同时发起两次调用',
      explain:
        '同一个程序的两个部分同时调用 do_threaded_work：调用 A 对一些 URL 运行文章中的 process_url，调用 B 对另一些 URL 运行 url_length 函数，两者共用一个有两个 Worker 的任务池。',
      run: '同时发起两次调用',
      running: '正在运行两次调用…',
      failed: (message: string) => `两次调用失败：${message}。`,
    },
  },
};
