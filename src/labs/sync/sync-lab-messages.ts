import type { Bilingual } from '../../ui/lang.ts';

const en = {
  title: 'Shared memory & locks',
  intro:
    'Threads share memory, so count += 1 from two threads loses updates. See it happen on real threads, then fix it.',
  heading: 'What this lab will let you run',
  planned: [
    'Lost updates counted: plain read-then-write against Atomics.add and a mutex, with the price of each in nanoseconds.',
    'The interleaving that lost an update, captured from the real run and replayed step by step.',
    'You are the scheduler: pick which thread runs next and make an update get lost or a deadlock happen.',
    'A deadlock with two locks taken in opposite order, detected by a timeout, and its fix.',
  ] as readonly string[],
};

export const syncLabMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '共享内存与锁',
    intro: '线程共享内存，所以两个线程同时执行 count += 1 会丢失更新。在真实线程上看到它发生，然后修复它。',
    heading: '这个实验将让你运行什么',
    planned: [
      '统计丢失的更新：普通的先读后写、Atomics.add 和互斥锁三种方式，以及各自每次操作的纳秒开销。',
      '从真实运行中捕获丢失更新的交错顺序，并逐步重放。',
      '由你来当调度器：选择下一步运行哪个线程，让更新丢失或造成死锁。',
      '两个线程以相反顺序获取两把锁造成死锁，通过超时检测出来，再演示修复方法。',
    ],
  },
};
