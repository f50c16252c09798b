// The deadlock lesson step's words, in English and 简体中文: its question, and the sentences its
// explanation is built from (deadlock-lessons.ts fills in what the run measured).
import type { Bilingual } from '../../ui/lang.ts';

/** A sentence's first letter in capitals ("worker 1 ..." opening a sentence). */
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const en = {
  prompt: (workers: number, orders: readonly string[], holdMs: number, timeoutMs: number) =>
    `${workers === 2 ? 'Two' : workers} workers share ${workers} locks. ${cap(orders.join('; '))}. Each works ${holdMs} ms holding its first lock before it asks for its second, and a lock call gives up after ${timeoutMs} ms. What happens?`,
  takes: (worker: number, first: string, second: string) => `worker ${worker} takes ${first}, then ${second}`,
  /** The first choice, 'finish': its words depend on how many workers there are. */
  finishChoice: (workers: number) =>
    workers === 2
      ? 'Both finish: one may wait for the other, then goes on'
      : 'All finish: some may wait their turn, then go on',
  choices: {
    forever: 'They deadlock and wait forever',
    timeout: 'They deadlock, and the lock timeout breaks it',
    timing: 'It depends on timing: sometimes they deadlock, sometimes not',
  },
  expected: {
    finish: 'You expected every worker to finish.',
    forever: 'You expected a deadlock that lasts forever.',
    timeout: 'You expected a deadlock that the lock timeout breaks.',
    timing: 'You expected it to depend on timing.',
  },
  happened: {
    finish: 'no cycle of waits formed, and every worker finished',
    timeout: 'the workers deadlocked, and a lock timeout broke it',
    falseAlarm: 'a lock call timed out, but no cycle of waits had formed',
    slipped: 'every worker finished this time, because no loop of waits happened to close',
  },
  runs: (workers: number, ordered: boolean) =>
    `Runs the deadlock demo below with its inputs: ${workers} workers, ${ordered ? 'the locks taken in one global order' : 'the locks taken in opposite order'}.`,
  needsShared: 'This step needs shared memory for its locks:',
  fixInputs: 'Fix the deadlock inputs marked below, then run the step.',
  /** In place of the explanation once the section below has run again on its own. */
  earlierRun:
    'The explanation was of an earlier run: the deadlock demo below has run again since, from its own Run button, and no longer shows that run. Run this step to have the demo’s next run explained.',
  held: (worker: number, held: string, waited: string, holder: number) =>
    `worker ${worker} held ${held} and asked for ${waited}, which worker ${holder} held`,
  heldAll: (items: readonly string[]) => `${cap(items.join('; '))}.`,
  cycle: (path: string) =>
    `These waits close a loop in the wait-for graph, ${path}: nobody on a loop can move, since each waits for a lock that only the next one can release.`,
  brokeIt: (by: number, lock: string, waitedMs: string, atMs: string, timeoutMs: number, released: string) =>
    `Worker ${by} gave up on ${lock} after waiting ${waitedMs} ms (its timeout is ${timeoutMs} ms), ${atMs} ms after the start, and released ${released}.`,
  oneWent: (worker: number, ms: string) =>
    `That let worker ${worker} go on: it got both locks and finished ${ms} ms after the start.`,
  othersWent: (completed: number, workers: number, lastMs: string) =>
    `That let the others go on: ${completed} of ${workers} workers finished, the last ${lastMs} ms after the start.`,
  allGaveUp: 'Every worker timed out at about the same moment and let go, so none of them finished.',
  afterTheFact:
    'A timeout breaks a deadlock after the fact, and the worker that gave up did not do its work: it does not prevent the deadlock. One global lock order does; try it next.',
  foreverAside:
    'Without the timeout you would be right: nothing on the loop could ever move, and the workers would wait forever.',
  timingAside: (holdMs: number) =>
    holdMs > 0
      ? `Timing decides only whether the loop closes: here each worker worked ${holdMs} ms holding its first lock, time enough for every other worker to take its own first lock, so the deadlock was all but certain. With no work in between, one worker may take both locks before another starts, and a run can slip through.`
      : 'Timing decides whether the loop closes: with no work between the two locks, one worker may take both before another starts, so some runs slip through and others deadlock.',
  slipped:
    'This run slipped through: one worker got both locks before another took its first, so no loop of waits closed. The opposite order still allows one; the next run may deadlock.',
  order: (worker: number, first: string, second: string) => `worker ${worker} ${first}, then ${second}`,
  inOrder: (orders: readonly string[]) =>
    `Every worker took its locks in one global order: ${orders.join('; ')}.`,
  noCycle:
    'No cycle of waits can form that way: a worker only ever waits for a lock later in the order than every lock it holds, so the waits all point one way and never close a loop.',
  waited: (worker: number, ms: string, lock: string) => `worker ${worker} waited ${ms} ms for ${lock}`,
  waitsThenDone: (waits: readonly string[], workers: number, runMs: string) =>
    `${waits.length > 0 ? cap(waits.join('; ')) : 'Nobody had to wait'}; ${workers === 2 ? 'both workers' : `all ${workers} workers`} finished in ${runMs} ms.`,
  orderPrice:
    'Some waited, none forever: the price of one order is that a worker sits idle while the first lock it needs is busy.',
  orderTiming:
    'Timing does not matter here: with one lock order, no interleaving of the workers closes a loop.',
  slowNotStuck: (by: number, lock: string, waitedMs: string, timeoutMs: number) =>
    `Worker ${by} gave up on ${lock} after waiting ${waitedMs} ms (its timeout is ${timeoutMs} ms), but no cycle of waits had formed: the lock was only busy, held by a worker still at work. A timeout shorter than the longest hold mistakes a slow worker for a deadlock; raise the timeout and run again.`,
  finishedOf: (completed: number, workers: number, runMs: string) =>
    `${completed} of ${workers} workers finished; the run took ${runMs} ms.`,
};

export const deadlockLessonMessages: Bilingual<typeof en> = {
  en,
  zh: {
    prompt: (workers: number, orders: readonly string[], holdMs: number, timeoutMs: number) =>
      `${workers} 个 Worker 共用 ${workers} 把锁：${orders.join('；')}。每个 Worker 先持有第一把锁工作 ${holdMs} 毫秒，再请求第二把；一次加锁最多等 ${timeoutMs} 毫秒，超时就放弃。会发生什么？`,
    takes: (worker: number, first: string, second: string) =>
      `Worker ${worker} 先拿 ${first}，再拿 ${second}`,
    finishChoice: (workers: number) =>
      workers === 2
        ? '两个都能完成：一个可能要等另一个，然后继续'
        : '全部都能完成：有的可能要排队等待，然后继续',
    choices: {
      forever: '它们陷入死锁，永远等下去',
      timeout: '它们陷入死锁，由锁超时打破',
      timing: '取决于时机：有时死锁，有时不会',
    },
    expected: {
      finish: '你预测每个 Worker 都能完成。',
      forever: '你预测会发生死锁，并且永远持续下去。',
      timeout: '你预测会发生死锁，并由锁超时打破。',
      timing: '你预测结果取决于时机。',
    },
    happened: {
      finish: '等待没有形成环，每个 Worker 都完成了',
      timeout: '发生了死锁，由一次锁超时打破',
      falseAlarm: '有一次加锁超时了，但等待并没有形成环',
      slipped: '这一次每个 Worker 都完成了，因为等待碰巧没有连成环',
    },
    runs: (workers: number, ordered: boolean) =>
      `用下方死锁演示的输入运行这个演示：${workers} 个 Worker，${ordered ? '按同一个全局顺序加锁' : '以相反的顺序加锁'}。`,
    needsShared: '这一步的锁需要共享内存：',
    fixInputs: '请先修正下面死锁演示中标出的输入，再运行这一步。',
    earlierRun:
      '这里的解释针对的是较早的一次运行：下方的死锁演示之后又用它自己的“运行”按钮运行过，显示的已不是那次运行。请再运行这一步，让它解释演示的下一次运行。',
    held: (worker: number, held: string, waited: string, holder: number) =>
      `Worker ${worker} 持有 ${held}，又去请求 ${waited}，而 ${waited} 由 Worker ${holder} 持有`,
    heldAll: (items: readonly string[]) => `${items.join('；')}。`,
    cycle: (path: string) =>
      `这些等待在等待图中连成了一个环（${path}）：环上没有一个 Worker 能继续，因为每个 Worker 等的锁只有下一个 Worker 才能释放。`,
    brokeIt: (
      by: number,
      lock: string,
      waitedMs: string,
      atMs: string,
      timeoutMs: number,
      released: string,
    ) =>
      `Worker ${by} 等 ${lock} 等了 ${waitedMs} 毫秒后放弃（超时设为 ${timeoutMs} 毫秒），这时距开始 ${atMs} 毫秒；它随即释放了 ${released}。`,
    oneWent: (worker: number, ms: string) =>
      `Worker ${worker} 因此得以继续：它拿到两把锁，在开始后 ${ms} 毫秒完成。`,
    othersWent: (completed: number, workers: number, lastMs: string) =>
      `其他 Worker 因此得以继续：${workers} 个 Worker 中有 ${completed} 个完成，最后一个在开始后 ${lastMs} 毫秒完成。`,
    allGaveUp: '所有 Worker 几乎同时超时并释放了锁，所以一个也没有完成。',
    afterTheFact:
      '超时只能在死锁发生之后打破它，而放弃的 Worker 也没有做完它的工作：超时并不能预防死锁。同一个全局加锁顺序才能预防，接下来就试试。',
    foreverAside: '如果没有超时，你就说对了：环上没有一个 Worker 能继续，它们会永远等下去。',
    timingAside: (holdMs: number) =>
      holdMs > 0
        ? `时机只决定这个环会不会闭合：这里每个 Worker 持有第一把锁工作 ${holdMs} 毫秒，足够其他 Worker 各自拿到自己的第一把锁，所以死锁几乎必然发生。如果两把锁之间没有工作，一个 Worker 可能在别人开始之前就拿到两把锁，这次运行就可能躲过死锁。`
        : '时机决定这个环会不会闭合：两把锁之间没有工作时，一个 Worker 可能在别人开始之前就拿到两把锁，所以有的运行躲过了死锁，有的则陷入死锁。',
    slipped:
      '这次运行躲过了死锁：一个 Worker 在别人拿到第一把锁之前就拿到了两把锁，所以等待没有连成环。相反的顺序仍然可能形成环，下一次运行就可能死锁。',
    order: (worker: number, first: string, second: string) =>
      `Worker ${worker} 先拿 ${first}，再拿 ${second}`,
    inOrder: (orders: readonly string[]) => `每个 Worker 都按同一个全局顺序加锁：${orders.join('；')}。`,
    noCycle:
      '这样等待不可能形成环：一个 Worker 只会等待在顺序上排在它已持有的所有锁之后的锁，所以等待都指向同一个方向，永远连不成环。',
    waited: (worker: number, ms: string, lock: string) => `Worker ${worker} 等 ${lock} 等了 ${ms} 毫秒`,
    waitsThenDone: (waits: readonly string[], workers: number, runMs: string) =>
      `${waits.length > 0 ? waits.join('；') : '没有 Worker 需要等待'}；${workers === 2 ? '两个' : `全部 ${workers} 个`} Worker 在 ${runMs} 毫秒内都完成了。`,
    orderPrice:
      '有的 Worker 等待过，但没有一个永远等下去：统一加锁顺序的代价是，一个 Worker 需要的第一把锁被占用时，它只能空等。',
    orderTiming: '在这里时机无关紧要：只有一个加锁顺序时，无论 Worker 怎样交错执行，都连不成环。',
    slowNotStuck: (by: number, lock: string, waitedMs: string, timeoutMs: number) =>
      `Worker ${by} 等 ${lock} 等了 ${waitedMs} 毫秒后放弃（超时设为 ${timeoutMs} 毫秒），但等待并没有形成环：那把锁只是被一个仍在工作的 Worker 占用。超时比最长的持有时间还短，就会把慢的 Worker 误当成死锁；请调大超时再运行。`,
    finishedOf: (completed: number, workers: number, runMs: string) =>
      `${workers} 个 Worker 中有 ${completed} 个完成；这次运行用了 ${runMs} 毫秒。`,
  },
};
