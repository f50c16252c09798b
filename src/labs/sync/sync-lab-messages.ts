import type { Overwrite } from './engine/sim/race-log.ts';
import type { Bilingual } from '../../ui/lang.ts';

const en = {
  title: 'Shared memory & locks',
  intro:
    'Threads share memory, so count += 1 from two threads loses updates: each reads the counter, adds one, and writes it back, and a write can wipe out another thread’s. Watch it happen on real threads, see the exact interleaving, then fix it.',
  raceTitle: 'Lost updates, counted',
  raceHelp:
    'k workers each add 1 to one shared counter m times. Plain read-then-write loses updates; Atomics.add and a mutex do not, at a price measured in nanoseconds per increment.',
  mode: 'How each worker adds 1',
  modes: {
    plain: 'plain: read, (busy work), write',
    atomic: 'Atomics.add: one indivisible step',
    mutex: 'under a mutex (Atomics.wait/notify)',
  } as Record<string, string>,
  workers: 'Workers (k)',
  m: 'Increments per worker (m)',
  window: 'Busy work between read and write (iterations)',
  repeats: 'Repeats for the histogram',
  runOnce: 'Run',
  runRepeats: 'Run repeatedly (histogram)',
  compare: 'Compare the three ways',
  cancel: 'Cancel',
  running: (done: number, total: number) => `Run ${done} of ${total}…`,
  cancelled: 'Cancelled. The results so far stay below.',
  failed: (message: string) => `Stopped: ${message}`,
  fixInputs: 'Fix the inputs marked below, then run again.',
  columns: {
    mode: 'Way',
    expected: 'Expected k × m',
    actual: 'Counter',
    lost: 'Updates lost',
    ns: 'ns per increment',
  },
  histogramTitle: (runs: number) =>
    `Final counts over ${runs} runs: a race gives a distribution, not a number`,
  histogramX: 'final counter value →',
  histogramY: '↑ runs',
  captureTitle: 'The interleaving that lost an update',
  captureHelp:
    'A short plain race, logged: every read and write of the counter takes its place in line in the same atomic step as the access (the counter and a sequence number share one 64-bit word), so the log shows the real order, and each write’s value tells whether it undid other workers’ increments.',
  capture: 'Capture a race',
  counted: (actual: number, expected: number) =>
    actual === expected
      ? `The counter reached ${actual} of ${expected}.`
      : `The counter reached ${actual} of ${expected}: ${expected - actual} update${expected - actual === 1 ? '' : 's'} lost.`,
  noLoss: 'No update was lost in this capture; capture again.',
  explained: (overwrites: number, wiped: number, restored: number, total: number) =>
    `Among ${total} logged accesses, ${overwrites} stale write${overwrites === 1 ? '' : 's'} undid ${wiped} increment${wiped === 1 ? '' : 's'}` +
    (restored > 0 ? `, and late writes put ${restored} back` : '') +
    `: exactly what the counter lost. The first one, step by step:`,
  unexplained: (why: 'incomplete' | 'out-of-order', logged: number, accesses: number) =>
    why === 'incomplete'
      ? `The log holds ${logged} of the ${accesses} accesses, so it cannot show which writes undid the lost updates.`
      : 'A read in the log did not see the latest write before it, so its order cannot show which writes undid the lost updates.',
  step: (i: number, n: number) => `Step ${i} of ${n}`,
  back: 'Back',
  forward: 'Forward',
  toStart: 'To the stale read',
  toOverwrite: 'To the overwrite',
  reads: (value: number) => `reads ${value}`,
  writes: (value: number) => `writes ${value}`,
  lostNote: ({ overwritten, overwrite, staleRead, wiped }: Overwrite) =>
    wiped === 1
      ? `Worker ${overwrite.worker} writes ${overwrite.value} over worker ${overwritten.worker}’s ${overwritten.value}: both built on ${staleRead.value}, so one update lost.`
      : `Worker ${overwrite.worker} writes ${overwrite.value} over worker ${overwritten.worker}’s ${overwritten.value}: it read ${staleRead.value} before the last ${wiped} increments, so ${wiped} updates lost.`,
  workerLane: (n: number) => `worker ${n}`,
  simTitle: 'You are the scheduler',
  simHelp:
    'A simulation, not a real run: you choose which thread runs its next line. Each line is one indivisible step. Try to lose an update, or to make both threads wait forever.',
  program: 'Program',
  programs: {
    increment: 'count += 1 as read, add, write',
    atomic: 'Atomics.add(count, 1)',
    mutex: 'count += 1 under a lock',
    deadlock: 'two locks, taken in opposite order',
  } as Record<string, string>,
  threads: 'Threads',
  runThread: (n: number) => `Run thread ${n}`,
  threadName: (n: number) => `Thread ${n}`,
  undo: 'Undo',
  reset: 'Reset',
  random: 'Random schedule',
  seed: 'Seed',
  shared: 'Shared memory',
  locks: 'Locks',
  free: 'free',
  heldBy: (n: number) => `held by thread ${n}`,
  local: 'tmp',
  done: 'finished',
  blocked: 'waiting for a lock',
  verdictDone: (lost: number) =>
    lost > 0
      ? `All threads finished and ${lost} update${lost === 1 ? ' was' : 's were'} lost!`
      : 'All threads finished and no update was lost.',
  verdictDeadlock:
    'Deadlock: every unfinished thread waits for a lock another one holds. Nobody can move, ever.',
  waitsFor: (thread: number, lock: string, holder: number) =>
    `thread ${thread} waits for ${lock}, held by thread ${holder}`,
  scheduleLink: 'Link to this schedule',
  scheduleCopied: 'Copied: the link replays exactly this interleaving.',
  notIsolated: 'The real-thread experiments need shared memory, which is off:',
  trace: 'Record who holds the lock in mutex runs (its clock reads add to the ns per increment)',
  traced: 'traced',
  lockTimelineHeading: 'Who holds the lock: the latest mutex run',
  lockTimelineTitle: (k: number) => `Who held the mutex, and who waited for it, on ${k} workers`,
  run: 'Run',
  deadlockTitle: 'Deadlock, and the fix',
  deadlockHelp:
    'Each worker takes two mutexes: its own, works a while holding it, then its neighbour’s. In opposite order each ends up holding what the other wants, and both block. A lock timeout notices: the worker that times out reports what it holds and what it waits for, then lets go. Taking the locks in one global order (lowest first) leaves no cycle, and every worker finishes.',
  dlk: 'Workers (one lock each)',
  order: 'Lock order',
  orders: {
    opposite: 'each takes its own lock, then its neighbour’s (opposite order)',
    same: 'one global order: the lower-lettered lock first (the fix)',
  } as Record<string, string>,
  hold: 'Work while holding the first lock (ms)',
  locktimeout: 'Lock timeout (ms)',
  liveTitle: 'Now',
  holdsLock: (worker: number, lock: string) => `worker ${worker} holds ${lock}`,
  waitsLock: (worker: number, lock: string) => `worker ${worker} waits for ${lock}`,
  nobodyWaits: 'nobody waits',
  workerWaitsFor: (worker: number, lock: string, holder: number) =>
    `worker ${worker} waits for ${lock}, held by worker ${holder}`,
  deadlockFound: (by: number, atMs: number) =>
    `Deadlock: found by worker ${by}’s lock timeout, ${Math.round(atMs)} ms after the start. The cycle of waits it saw:`,
  deadlockNoCycle:
    'A lock call timed out, but the waits formed no cycle at that moment (a worker was only slow): raise the timeout.',
  deadlockAfter:
    'The worker that timed out released its lock, so its neighbour could go on: a timeout breaks a deadlock, it does not prevent one.',
  deadlockAllGaveUp:
    'Every worker timed out at about the same moment and let go, so nobody finished. Code that retries after a timeout waits a random back-off first, so that one of them wins next time.',
  orderedDone: (k: number, ms: number) =>
    `All ${k} workers finished in ${Math.round(ms)} ms: with one lock order no cycle of waits can form. Some waited, none forever.`,
  columnsDeadlock: { worker: 'Worker', order: 'Takes', outcome: 'Outcome' },
  outcomes: {
    done: 'got both locks and finished',
    'gave-up': 'gave up at its timeout and released its lock',
  } as Record<string, string>,
  graphTitle: 'Wait-for graph',
  graphHelp:
    'A solid arrow goes from a lock to the worker holding it; a dashed arrow from a worker to the lock it waits for. A loop of arrows is a deadlock.',
  deadlockTimeline: (k: number) => `Holds and waits of ${k} workers, one row per lock`,
  semTitle: 'A semaphore limits connections',
  semHelp:
    'Each worker opens a few “connections” one after another (a blocking wait stands for the I/O). A Semaphore(n) hands out n permits: at most n connections are open at once, however many workers there are; the rest wait their turn.',
  semk: 'Workers',
  permits: 'Permits (n)',
  conns: 'Connections per worker',
  connms: 'Each connection lasts (ms)',
  openNow: (open: number, permits: number) => `Open now: ${open} of ${permits} permits`,
  semResult: (peak: number, permits: number) =>
    `Most connections open at once: ${peak} (permits: ${permits}).`,
  semHold: () => 'connection open (holds a permit)',
  semWait: () => 'waits for a permit',
  semTimeline: (k: number) => `Connections of ${k} workers through a semaphore`,
  barTitle: 'A barrier between phases',
  barHelp:
    'Each worker works through phases of uneven length and waits at a Barrier after each. Nobody starts the next phase until the last worker has finished this one, so the waits end together at each release.',
  bark: 'Workers',
  phases: 'Phases',
  workms: 'Mean work per phase (ms)',
  barOk: (phases: number) =>
    `✓ In all ${phases} phases, no worker began the next phase before the last one arrived at the barrier.`,
  barBad: (n: number) => `✗ ${n} phase starts came before the barrier opened.`,
  barWork: () => 'works on a phase',
  barWait: () => 'waits at the barrier',
  barTimeline: (k: number) => `${k} workers, their phases and their waits at the barrier`,
};

export const syncLabMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '共享内存与锁',
    intro:
      '线程共享内存，所以两个线程同时执行 count += 1 会丢失更新：每个线程读出计数器、加一、再写回，一次写入可能抹掉另一个线程的写入。在真实线程上看它发生，看到确切的交错顺序，然后修复它。',
    raceTitle: '统计丢失的更新',
    raceHelp:
      'k 个 Worker 各自把同一个共享计数器加 1，共 m 次。普通的先读后写会丢失更新；Atomics.add 和互斥锁不会，但要付出代价，以每次加一的纳秒数来衡量。',
    mode: '每个 Worker 如何加 1',
    modes: {
      plain: '普通：读，（忙等），写',
      atomic: 'Atomics.add：一个不可分割的步骤',
      mutex: '在互斥锁之下（Atomics.wait/notify）',
    },
    workers: 'Worker 数量（k）',
    m: '每个 Worker 的加一次数（m）',
    window: '读和写之间的忙等（迭代次数）',
    repeats: '直方图的重复次数',
    runOnce: '运行',
    runRepeats: '重复运行（直方图）',
    compare: '比较三种方式',
    cancel: '取消',
    running: (done: number, total: number) => `第 ${done} / ${total} 次运行…`,
    cancelled: '已取消。已有的结果仍保留在下方。',
    failed: (message: string) => `已停止：${message}`,
    fixInputs: '请先修正下面标出的输入，再运行。',
    columns: {
      mode: '方式',
      expected: '期望值 k × m',
      actual: '计数器',
      lost: '丢失的更新',
      ns: '每次加一的纳秒数',
    },
    histogramTitle: (runs: number) => `${runs} 次运行的最终计数：竞争的结果是一个分布，而不是一个数`,
    histogramX: '计数器最终值 →',
    histogramY: '↑ 运行次数',
    captureTitle: '丢失更新的交错顺序',
    captureHelp:
      '一次简短的、带记录的普通竞争：对计数器的每次读和写，都在访问的同一个原子步骤里领取自己的序号（计数器和序号共用一个 64 位字），所以记录显示的就是真实顺序；每次写入的值说明了它是否抹掉了其他 Worker 的加一。',
    capture: '捕获一次竞争',
    counted: (actual: number, expected: number) =>
      actual === expected
        ? `计数器达到 ${actual} / ${expected}。`
        : `计数器达到 ${actual} / ${expected}：丢失了 ${expected - actual} 次更新。`,
    noLoss: '这次捕获没有丢失更新；请再捕获一次。',
    explained: (overwrites: number, wiped: number, restored: number, total: number) =>
      `在 ${total} 次记录的访问中，${overwrites} 次过时的写入抹掉了 ${wiped} 次加一` +
      (restored > 0 ? `，迟到的写入又补回了 ${restored} 次` : '') +
      `：正好是计数器丢失的数量。下面逐步展示第一次：`,
    unexplained: (why: 'incomplete' | 'out-of-order', logged: number, accesses: number) =>
      why === 'incomplete'
        ? `记录只保存了 ${accesses} 次访问中的 ${logged} 次，无法指出是哪些写入抹掉了丢失的更新。`
        : '记录中有一次读取没有读到它之前最新的写入，所以这个顺序无法指出是哪些写入抹掉了丢失的更新。',
    step: (i: number, n: number) => `第 ${i} / ${n} 步`,
    back: '后退',
    forward: '前进',
    toStart: '回到过时的读取',
    toOverwrite: '跳到覆盖写入',
    reads: (value: number) => `读到 ${value}`,
    writes: (value: number) => `写入 ${value}`,
    lostNote: ({ overwritten, overwrite, staleRead, wiped }: Overwrite) =>
      wiped === 1
        ? `worker ${overwrite.worker} 把 ${overwrite.value} 写在 worker ${overwritten.worker} 的 ${overwritten.value} 之上：两者都基于 ${staleRead.value}，所以丢失了一次更新。`
        : `worker ${overwrite.worker} 把 ${overwrite.value} 写在 worker ${overwritten.worker} 的 ${overwritten.value} 之上：它在最近 ${wiped} 次加一之前读到了 ${staleRead.value}，所以丢失了 ${wiped} 次更新。`,
    workerLane: (n: number) => `worker ${n}`,
    simTitle: '由你来当调度器',
    simHelp:
      '这是模拟，不是真实运行：由你选择哪个线程执行下一行。每一行都是一个不可分割的步骤。试着让一次更新丢失，或者让两个线程永远等待下去。',
    program: '程序',
    programs: {
      increment: 'count += 1 拆成读、加、写',
      atomic: 'Atomics.add(count, 1)',
      mutex: '在锁之下执行 count += 1',
      deadlock: '两把锁，以相反顺序获取',
    },
    threads: '线程数',
    runThread: (n: number) => `运行线程 ${n}`,
    threadName: (n: number) => `线程 ${n}`,
    undo: '撤销',
    reset: '重置',
    random: '随机调度',
    seed: '随机种子',
    shared: '共享内存',
    locks: '锁',
    free: '空闲',
    heldBy: (n: number) => `被线程 ${n} 持有`,
    local: 'tmp',
    done: '已完成',
    blocked: '等待锁',
    verdictDone: (lost: number) =>
      lost > 0 ? `所有线程都已完成，丢失了 ${lost} 次更新！` : '所有线程都已完成，没有丢失更新。',
    verdictDeadlock: '死锁：每个未完成的线程都在等待另一个线程持有的锁。谁也动不了，永远如此。',
    waitsFor: (thread: number, lock: string, holder: number) =>
      `线程 ${thread} 等待 ${lock}，它被线程 ${holder} 持有`,
    scheduleLink: '复制这个调度的链接',
    scheduleCopied: '已复制：这个链接会重放完全相同的交错顺序。',
    notIsolated: '真实线程的实验需要共享内存，而它已关闭：',
    trace: '在互斥锁运行中记录谁持有锁（读时钟会计入每次加一的纳秒数）',
    traced: '已记录',
    lockTimelineHeading: '谁持有锁：最近一次互斥锁运行',
    lockTimelineTitle: (k: number) => `${k} 个 Worker 中谁持有互斥锁、谁在等待`,
    run: '运行',
    deadlockTitle: '死锁，以及修复',
    deadlockHelp:
      '每个 Worker 获取两把互斥锁：先拿自己的，持有它工作一会儿，再拿邻居的。以相反的顺序获取时，每个 Worker 都持有对方想要的锁，于是都阻塞了。锁超时会发现这一点：超时的 Worker 报告它持有什么、在等什么，然后放手。按同一个全局顺序（编号小的先拿）获取锁就不会形成环，每个 Worker 都能完成。',
    dlk: 'Worker 数量（每个一把锁）',
    order: '加锁顺序',
    orders: {
      opposite: '先拿自己的锁，再拿邻居的（相反顺序）',
      same: '同一个全局顺序：字母小的锁先拿（修复）',
    },
    hold: '持有第一把锁时的工作时间（毫秒）',
    locktimeout: '锁超时（毫秒）',
    liveTitle: '此刻',
    holdsLock: (worker: number, lock: string) => `worker ${worker} 持有 ${lock}`,
    waitsLock: (worker: number, lock: string) => `worker ${worker} 等待 ${lock}`,
    nobodyWaits: '没有人在等待',
    workerWaitsFor: (worker: number, lock: string, holder: number) =>
      `worker ${worker} 等待 ${lock}，它被 worker ${holder} 持有`,
    deadlockFound: (by: number, atMs: number) =>
      `死锁：由 worker ${by} 的锁超时发现，在开始后 ${Math.round(atMs)} 毫秒。它看到的等待环：`,
    deadlockNoCycle: '有一次加锁超时了，但当时的等待并没有形成环（只是某个 Worker 慢了）：请调大超时。',
    deadlockAfter: '超时的 Worker 释放了它的锁，于是它的邻居得以继续：超时能打破死锁，却不能预防死锁。',
    deadlockAllGaveUp:
      '所有 Worker 几乎同时超时并放手，于是谁也没有完成。超时后重试的代码会先随机退避一段时间，好让下一次有一个能赢。',
    orderedDone: (k: number, ms: number) =>
      `全部 ${k} 个 Worker 在 ${Math.round(ms)} 毫秒内完成：只有一个加锁顺序时，等待不可能形成环。有的等待过，但没有永远等待。`,
    columnsDeadlock: { worker: 'Worker', order: '获取顺序', outcome: '结果' },
    outcomes: {
      done: '拿到两把锁并完成',
      'gave-up': '超时后放弃，并释放了它的锁',
    },
    graphTitle: '等待图',
    graphHelp:
      '实线箭头从锁指向持有它的 Worker；虚线箭头从 Worker 指向它等待的锁。箭头连成一个环，就是死锁。',
    deadlockTimeline: (k: number) => `${k} 个 Worker 的持有与等待，每把锁一行`,
    semTitle: '用信号量限制连接数',
    semHelp:
      '每个 Worker 依次打开几个“连接”（用一次阻塞等待代表 I/O）。Semaphore(n) 发放 n 个许可：无论有多少 Worker，同时打开的连接最多 n 个；其余的排队等待。',
    semk: 'Worker 数量',
    permits: '许可数（n）',
    conns: '每个 Worker 的连接数',
    connms: '每个连接持续（毫秒）',
    openNow: (open: number, permits: number) => `此刻打开：${open} / ${permits} 个许可`,
    semResult: (peak: number, permits: number) => `同时打开的连接最多为 ${peak} 个（许可数：${permits}）。`,
    semHold: () => '连接打开（持有许可）',
    semWait: () => '等待许可',
    semTimeline: (k: number) => `${k} 个 Worker 通过信号量的连接`,
    barTitle: '阶段之间的屏障',
    barHelp:
      '每个 Worker 依次完成长短不一的几个阶段，每个阶段之后在屏障（Barrier）处等待。在最后一个 Worker 完成这一阶段之前，谁也不会开始下一阶段，所以每次放行时，所有等待一起结束。',
    bark: 'Worker 数量',
    phases: '阶段数',
    workms: '每个阶段的平均工作时间（毫秒）',
    barOk: (phases: number) =>
      `✓ 在全部 ${phases} 个阶段中，没有 Worker 在最后一个到达屏障之前开始下一阶段。`,
    barBad: (n: number) => `✗ 有 ${n} 次阶段开始早于屏障放行。`,
    barWork: () => '执行一个阶段',
    barWait: () => '在屏障处等待',
    barTimeline: (k: number) => `${k} 个 Worker 的各个阶段及在屏障处的等待`,
  },
};
