import type { Bilingual } from '../../ui/lang.ts';

const en = {
  title: 'Start here',
  intro:
    'The playground follows a Chinese article on concurrency in Python. Each step below takes one of its ideas: you predict what will happen, run it on real threads in this browser, and read what the measurement means.',
  done: 'Done',
  notDone: 'Not done yet',
  start: (title: string) => `Start: ${title}`,
  again: (title: string) => `Again: ${title}`,
  youWill: 'You will',
  progress: (done: number, total: number) => `${done} of ${total} steps done on this device.`,
  resetProgress: 'Forget my progress',
  labsTitle: 'Or open a lab directly',
  labs: {
    sum: 'Sum a range over k workers, exact, with message passing or shared memory and a simulated GIL.',
    pool: 'The article’s do_threaded_work done right: failures, timeouts, order and cancel, beside its code and a replay of its bugs; a simulated GIL for I/O against CPU work.',
    speedup: 'Sweep 1 to K workers and plot the speedup, with an Amdahl fit and exports.',
    sync: 'Lose updates in a race, fix them with Atomics and a mutex, and find a deadlock.',
    transfer: 'What moving data between threads costs: copy, transfer or share.',
    code: 'Your own work(item) on 1..K workers: its outcomes, its errors by line, its speedup.',
  },
};

export const homeMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '从这里开始',
    intro:
      '本实验场沿着一篇讲 Python 并发的中文文章展开。下面每一步对应文章中的一个观点：先预测会发生什么，再在这个浏览器里用真实的线程运行，最后读懂测量结果的含义。',
    done: '已完成',
    notDone: '尚未完成',
    start: (title: string) => `开始：${title}`,
    again: (title: string) => `再做一次：${title}`,
    youWill: '你将',
    progress: (done: number, total: number) => `在这台设备上已完成 ${done} / ${total} 步。`,
    resetProgress: '清除我的进度',
    labsTitle: '或者直接打开一个实验',
    labs: {
      sum: '用 k 个 Worker 对一个区间求和，结果精确；可选消息传递或共享内存，还可开启模拟的 GIL。',
      pool: '正确实现文章中的 do_threaded_work：失败、超时、顺序与取消；对照文章的代码重放其中的缺陷，还可以在模拟的 GIL 下比较 I/O 任务与 CPU 任务。',
      speedup: '从 1 个到 K 个 Worker 逐一测量并画出加速比，附阿姆达尔定律拟合，可导出数据。',
      sync: '观察竞态条件如何丢失更新，用 Atomics 和互斥锁修复它，再找出一个死锁。',
      transfer: '在线程之间搬运数据的代价：复制、转移还是共享。',
      code: '在 1..K 个工作线程上运行你自己的 work(item)：它的结果、按行指出的错误、它的加速比。',
    },
  },
};
