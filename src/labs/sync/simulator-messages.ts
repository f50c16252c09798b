// The simulator section's words, in English and 简体中文 (the page's shared words are in sync-lab-messages.ts).
import type { ProgramName } from './engine/sim/programs.ts';
import type { Bilingual } from '../../ui/lang.ts';

const en = {
  simTitle: 'You are the scheduler',
  simHelp:
    'A simulation, not a real run: you choose which thread runs its next line. Each line is one indivisible step. Try to lose an update, or to make both threads wait forever.',
  program: 'Program',
  programs: {
    increment: 'count += 1 as read, add, write',
    atomic: 'Atomics.add(count, 1)',
    mutex: 'count += 1 under a lock',
    deadlock: 'two locks, taken in opposite order',
  } satisfies Record<ProgramName, string>,
  threads: 'Threads',
  runThread: (n: number) => `Run thread ${n}`,
  threadName: (n: number) => `Thread ${n}`,
  undo: 'Undo',
  reset: 'Reset',
  random: 'Random schedule',
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
};

export const simulatorMessages: Bilingual<typeof en> = {
  en,
  zh: {
    simTitle: '由你来当调度器',
    simHelp:
      '这是模拟，不是真实运行：由你选择哪个线程执行下一行。每一行都是一个不可分割的步骤。试着让一次更新丢失，或者让两个线程永远等待下去。',
    program: '程序',
    programs: {
      increment: 'count += 1 拆成读、加、写',
      atomic: 'Atomics.add(count, 1)',
      mutex: '用锁保护 count += 1',
      deadlock: '两把锁，以相反顺序获取',
    },
    threads: '线程数',
    runThread: (n: number) => `运行线程 ${n}`,
    threadName: (n: number) => `线程 ${n}`,
    undo: '撤销',
    reset: '重置',
    random: '随机调度',
    shared: '共享内存',
    locks: '锁',
    free: '空闲',
    heldBy: (n: number) => `被线程 ${n} 持有`,
    local: 'tmp',
    done: '已完成',
    blocked: '等待锁',
    verdictDone: (lost: number) =>
      lost > 0 ? `所有线程都已完成，丢失了 ${lost} 次更新！` : '所有线程都已完成，没有丢失更新。',
    verdictDeadlock:
      '死锁：每个未完成的线程都在等待另一个线程持有的锁。所有线程都无法继续执行，会一直僵持下去。',
    waitsFor: (thread: number, lock: string, holder: number) =>
      `线程 ${thread} 在等待锁 ${lock}，而该锁由线程 ${holder} 持有`,
    scheduleLink: '复制这个调度的链接',
    scheduleCopied: '已复制：这个链接会重放完全相同的交错顺序。',
  },
};
