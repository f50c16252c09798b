// What the home page and each lesson panel say about a step: its title, the article's section it teaches
// (quoted in Chinese as the article has it, paraphrased in English), what the learner does, and where to go
// next. Loaded with the home page and the labs, never by the shell's early start.
import type { Bilingual } from '../lang.ts';
import type { LessonId } from './lesson-steps.ts';

interface StepText {
  readonly title: string;
  /** The article's section heading. */
  readonly section: string;
  /** In English: a paraphrase of the passage; in Chinese: the article's own words. */
  readonly passage: string;
  readonly task: string;
}

const en = {
  path: 'The path through the article',
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  allSteps: 'All steps',
  fromArticle: (section: string) => `From the article, “${section}”`,
  panel: {
    predict: 'Predict',
    run: 'Run',
    explain: 'Explain',
    tryNext: 'Try next',
    runStep: 'Run this step',
    skip: 'Skip the prediction',
    skipped: 'Prediction skipped.',
    waiting: 'After the run, this says what was measured and what it means.',
    stale:
      'The lab below has run again since this step: the explanation is of the step’s own runs, not of what the lab shows now. Run this step again to have the new numbers explained.',
    runProgress: (n: number, total: number) => `Run ${n} of ${total}…`,
    stopped: 'The step stopped before its last run; run it again to see the explanation.',
    done: 'Step done.',
  },
  steps: {
    threads: {
      title: 'Processes and threads',
      section: 'Introduction',
      passage:
        'Like a process, a thread has its own flow of control and its own stack, but it runs inside the process that created it and shares all of that process’s data. Processes talk by passing messages, or through memory mapped into both.',
      task: 'Predict how moving 64 MB to a worker compares with copying it, then measure copy, transfer and shared memory.',
    },
    'summing-thread': {
      title: 'Two threads, one sum',
      section: 'Threading module example',
      passage:
        'To add up a large range of numbers, the article splits it in two and gives each half to a SummingThread, so that the halves are summed in parallel.',
      task: 'Predict whether 2 workers halve the time of 1, then run the sum on 1 and on 2 workers.',
    },
    gil: {
      title: 'The GIL',
      section: 'Concurrent programming in Python',
      passage:
        'Python protects its threads with a global interpreter lock (GIL) that lets only one thread run at a time, so a Python program uses one processor even on a multi-core machine.',
      task: 'Turn on a simulated GIL and see what it does to the same two workers.',
    },
    'time-slicing': {
      title: 'More threads than cores',
      section: 'Introduction',
      passage:
        'The operating system gives each thread a small slice of time and cycles quickly through all active tasks; with several cores it spreads them over the cores.',
      task: 'Start twice as many workers as cores, with one chunk each, then with many small chunks.',
    },
    amdahl: {
      title: 'Speedup, and where it stops',
      section: 'Introduction',
      passage:
        'When the system has more than one core, the operating system schedules processes on different cores, balancing the load so that they run in parallel.',
      task: 'Sweep 1 to 2 × cores workers, see where the speedup curve bends, and read what a fitted serial fraction means for a loop with no serial part.',
    },
    races: {
      title: 'Lost updates',
      section: 'Introduction',
      passage:
        'When several tasks try to update the same data structure at once, the data goes bad and the program’s state inconsistent (formally, a race). A mutex or a similar synchronisation primitive protects the critical parts of the program.',
      task: 'Predict how many updates two threads lose on a shared counter, then pay for Atomics.add and for a mutex, measured per increment.',
    },
    deadlock: {
      title: 'Deadlock',
      section: 'Introduction',
      passage:
        'If several threads try to write to the same file at once, a mutex makes the writes happen one after another: while one thread writes, the others must wait until it releases the resource.',
      task: 'The article stops at waiting for a lock; it does not discuss deadlock. Predict what two workers do when each holds the lock the other waits for, see the lock timeout break the cycle, then take the locks in one global order.',
    },
    'threaded-work': {
      title: 'The article’s do_threaded_work',
      section: 'A custom threading library',
      passage:
        'The author offers a small library that makes threads easy to use: do_threaded_work hands a list of work items to a function on a pool of threads (in no set order), and ThreadedWorker is a thread that pulls items from a synchronised work queue and puts its results on a synchronised result queue.',
      task: 'Predict how many results the article’s library returns for 200 items, some failing and some falsy, then read its bugs one by one beside the pool’s outcomes.',
    },
    'io-under-gil': {
      title: 'I/O under the GIL',
      section: 'Concurrent programming in Python',
      passage:
        'The threading module offers high-level, object-oriented concurrency: Thread objects run concurrently inside one process and share its memory. Threads scale I/O-bound tasks better.',
      task: 'Predict what 4 workers do to I/O-bound and to CPU-bound items under a simulated GIL, then run both on 1 worker and on 4.',
    },
    'message-cost': {
      title: 'What a message costs',
      section: 'Introduction',
      passage:
        'A typical form of inter-process communication is message passing: a buffer of bytes sent and received with send() and recv() over a pipe or a network socket.',
      task: 'Send messages from 1 KB to 16 MB and see how copying and transferring grow with the size.',
    },
    'your-race': {
      title: 'A race in your own code',
      section: 'Introduction',
      passage:
        'When several tasks try to update the same data structure at once, the data goes bad and the program’s state inconsistent (formally, a race). A mutex or a similar synchronisation primitive protects the critical parts of the program.',
      task: 'Read a racy counter written in JavaScript, predict what it counts on 2 workers, run it, then fix it with Atomics.add and change it as you like.',
    },
  } satisfies Record<LessonId, StepText>,
  /** Labels of the try-next links that open a lab (lesson-steps.ts, LESSON_NEXT). */
  labLinks: {
    speedupPool: 'Sweep the task pool’s CPU items instead of the sum',
    syncRace: 'Let two threads update one shared counter in the locks lab',
    simulatorByHand: 'Lose an update by hand in the scheduler simulator',
    deadlockFixed: 'Fix it: the same two workers, taking the locks in one global order',
    simulatorDeadlock: 'Deadlock two threads by hand in the scheduler simulator',
    threadedWorkUnordered: 'The same step with ordering off: see “if result:” drop the falsy results',
    poolCpuWithoutGil: 'The same CPU items without the GIL, on 4 workers',
    raceFixed: 'Fix it: the same step with Atomics.add',
    codeIo: 'Your own code again: sweep an await-based task over 1 to 4 workers',
  },
};

export const lessonTexts: Bilingual<typeof en> = {
  en,
  zh: {
    path: '沿着文章学习',
    stepOf: (n: number, total: number) => `第 ${n} 步，共 ${total} 步`,
    allSteps: '全部步骤',
    fromArticle: (section: string) => `出自文章“${section}”`,
    panel: {
      predict: '预测',
      run: '运行',
      explain: '解释',
      tryNext: '接下来试试',
      runStep: '运行这一步',
      skip: '跳过预测',
      skipped: '已跳过预测。',
      waiting: '运行之后，这里会说明测到了什么、意味着什么。',
      stale:
        '在这一步之后，下面的实验又运行过：这段解释针对的是这一步自己的运行，而不是实验现在显示的结果。再运行一次这一步，就能得到对新数据的解释。',
      runProgress: (n: number, total: number) => `第 ${n} 次运行，共 ${total} 次…`,
      stopped: '这一步在最后一次运行之前停止了；再运行一次才能看到解释。',
      done: '这一步已完成。',
    },
    steps: {
      threads: {
        title: '进程与线程',
        section: '一、简介',
        passage:
          '同进程类似,线程也有其自己的控制流以及执行栈,但线程在创建它的进程之内运行,分享其父进程的所有数据和系统资源。',
        task: '先预测把 64 MB 转移给工作线程（Worker）与复制给它相比如何，再测量复制、转移和共享内存。',
      },
      'summing-thread': {
        title: '两个线程，一个和',
        section: 'Threading模块示例',
        passage: '以threading模块为例,思考这样一个简单的问题:如何使用分段并行的方式完成一个大数的累加。',
        task: '先预测 2 个 Worker 能否把 1 个 Worker 的用时减半，然后分别用 1 个和 2 个 Worker 运行求和。',
      },
      gil: {
        title: '全局解释器锁（GIL）',
        section: 'Python中的并发编程',
        passage:
          'Python使用了内部全局解释器锁(GIL)来保证线程安全,GIL同时只允许一个线程执行。这使得Python程序就算在多核系统上也只能在单个处理器上运行。',
        task: '开启模拟的 GIL，看看它对同样两个 Worker 有什么影响。',
      },
      'time-slicing': {
        title: '线程多于核心',
        section: '一、简介',
        passage:
          '当使用多进程或多线程时,操作系统负责调度。这是通过给每个进程(或线程)一个很小的时间片并且在所有活动任务之间快速循环切换来实现的。',
        task: '启动两倍于核心数的 Worker，先让每个 Worker 只算一块，再改成许多小块。',
      },
      amdahl: {
        title: '加速比，以及它在哪里停下',
        section: '一、简介',
        passage:
          '当系统不止有一个CPU核时,操作系统能够将进程调度到不同的CPU核上,保持系统负载平均以实现并行执行。',
        task: '扫描 1 到 2 倍核心数的 Worker，看加速比曲线在哪里弯折，并读懂拟合出的串行比例对一个没有串行部分的循环意味着什么。',
      },
      races: {
        title: '丢失的更新',
        section: '一、简介',
        passage:
          '通常情况下,多个任务同时试图更新同一个数据结构会造成脏数据和程序状态不一致的问题(正式的说法是资源竞争的问题)。为了解决这个问题,需要使用互斥锁或是其他相似的同步原语来标识并保护程序中的关键部分。',
        task: '先预测两个线程在一个共享计数器上会丢失多少次更新，再测量 Atomics.add 和互斥锁各自的代价（按每次加一计）。',
      },
      deadlock: {
        title: '死锁',
        section: '一、简介',
        passage:
          '举个例子,如果多个不同的线程正在试图同时向同一个文件写入数据,那么你需要一个互斥锁使这些写操作依次执行,当一个线程在写入时,其他线程必须等待直到当前线程释放这个资源。',
        task: '文章只讲到等待锁，没有讨论死锁。先预测当两个 Worker 各自持有对方在等的锁时会发生什么，看锁超时如何打破这个环，再改为按同一个全局顺序加锁。',
      },
      'threaded-work': {
        title: '文章中的 do_threaded_work',
        section: '自定义Threading类库',
        passage:
          '我写了一个易于使用threads的小型Python类库,包含了一些有用的类和函数。do_threaded_work – 该函数将一系列给定的任务分配给对应的处理函数(分配顺序不确定)',
        task: '先预测文章中的库对 200 个任务（有的失败，有的返回假值）会返回多少个结果，再逐个对照它的缺陷与任务池给出的结果。',
      },
      'io-under-gil': {
        title: '全局解释器锁（GIL）下的 I/O',
        section: 'Python中的并发编程',
        passage:
          'threading模块为并发操作提供了一系列高级的,面向对象的API。Thread对象们在一个进程内并发地运行,分享内存资源。使用线程能够更好地扩展I/O密集型的任务。',
        task: '先预测在模拟的 GIL 下，4 个 Worker 对 I/O 密集型和 CPU 密集型任务各有什么影响，再分别用 1 个和 4 个 Worker 运行这两种任务。',
      },
      'message-cost': {
        title: '一条消息的代价',
        section: '一、简介',
        passage:
          '一个典型的模式是基于消息传递,可以将其简单地理解为一个纯字节的缓冲区,而send()或recv()操作原语可以通过诸如管道(pipe)或是网络套接字(network socket)等I/O通道传输或接收消息。',
        task: '发送从 1 KB 到 16 MB 的消息，看看复制和转移的代价如何随大小增长。',
      },
      'your-race': {
        title: '你自己代码中的竞态',
        section: '一、简介',
        passage:
          '通常情况下,多个任务同时试图更新同一个数据结构会造成脏数据和程序状态不一致的问题(正式的说法是资源竞争的问题)。为了解决这个问题,需要使用互斥锁或是其他相似的同步原语来标识并保护程序中的关键部分。',
        task: '读一段用 JavaScript 写的有竞态的计数器，预测它在 2 个工作线程上数到多少，运行它，再用 Atomics.add 修复它，并随意修改。',
      },
    },
    labLinks: {
      speedupPool: '改为扫描任务池的 CPU 任务',
      syncRace: '到共享内存与锁实验中，让两个线程更新同一个共享计数器',
      simulatorByHand: '在调度模拟器中亲手丢失一次更新',
      deadlockFixed: '修复它：同样两个 Worker，按同一个全局顺序加锁',
      simulatorDeadlock: '在调度模拟器中亲手让两个线程陷入死锁',
      threadedWorkUnordered: '关闭保序再做一次这一步：看“if result:”丢掉假值结果',
      poolCpuWithoutGil: '不开 GIL，用 4 个 Worker 运行同样的 CPU 任务',
      raceFixed: '修复它：用 Atomics.add 再做一次这一步',
      codeIo: '再写你自己的代码：在 1 到 4 个工作线程上扫描一个基于 await 的任务',
    },
  },
};
