// The locks page's own words and those its sections share (the demo forms' field labels, Run, Cancel);
// each section's words are in the <section>-messages.ts beside it.
import type { Bilingual } from '../../ui/lang.ts';

const en = {
  title: 'Shared memory & locks',
  intro:
    'Threads share memory, so count += 1 from two threads loses updates: each reads the counter, adds one, and writes it back, and a write can wipe out another thread’s. Watch it happen on real threads, see the exact interleaving, then fix it.',
  cancel: 'Cancel',
  failed: (message: string) => `Stopped: ${message}`,
  fixInputs: 'Fix the inputs marked below, then run again.',
  workerLane: (n: number) => `worker ${n}`,
  seed: 'Seed',
  notIsolated: 'The real-thread experiments need shared memory, which is off:',
  run: 'Run',
  dlk: 'Workers (one lock each)',
  hold: 'Work while holding the first lock (ms)',
  locktimeout: 'Lock timeout (ms)',
  semk: 'Workers',
  permits: 'Permits (n)',
  conns: 'Connections per worker',
  connms: 'Each connection lasts (ms)',
  bark: 'Workers',
  phases: 'Phases',
  workms: 'Mean work per phase (ms)',
};

export const syncLabMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '共享内存与锁',
    intro:
      '线程共享内存，所以两个线程同时执行 count += 1 会丢失更新：每个线程读出计数器、加一、再写回，一次写入可能抹掉另一个线程的写入。在真实的工作线程（Worker）上观察它发生，查看确切的交错顺序，然后修复它。',
    cancel: '取消',
    failed: (message: string) => `已停止：${message}`,
    fixInputs: '请先修正下面标出的输入，再运行。',
    workerLane: (n: number) => `Worker ${n}`,
    seed: '随机种子',
    notIsolated: '真实线程的实验需要共享内存，而共享内存已关闭：',
    run: '运行',
    dlk: 'Worker 数量（每个一把锁）',
    hold: '持有第一把锁时的工作时间（毫秒）',
    locktimeout: '锁超时（毫秒）',
    semk: 'Worker 数量',
    permits: '许可数（n）',
    conns: '每个 Worker 的连接数',
    connms: '每个连接持续（毫秒）',
    bark: 'Worker 数量',
    phases: '阶段数',
    workms: '每个阶段的平均工作时间（毫秒）',
  },
};
