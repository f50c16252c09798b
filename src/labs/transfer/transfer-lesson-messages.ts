// The words of the message-passing lab's lesson steps. Every number in them is an argument: the explanation
// quotes the medians the lab's table shows.
import type { Bilingual } from '../../ui/lang.ts';

const en = {
  threads: {
    prompt: (size: string) =>
      `A worker has a heap of its own, like a process. Sending ${size} to it and back: how will moving the buffer (transfer) compare with copying it (structured clone)?`,
    choices: {
      much: 'Transfer is far faster (10× or more)',
      some: 'Transfer is somewhat faster',
      same: 'About the same',
      unsure: 'I am not sure',
    },
    expected: {
      much: 'You expected the transfer to be far faster.',
      some: 'You expected the transfer to be somewhat faster.',
      same: 'You expected about the same time.',
    },
    happened: {
      much: (x: string) => `the transfer was ${x}× faster`,
      some: (x: string) => `the transfer was ${x}× faster`,
      same: (x: string) => `they took about as long (${x}×)`,
    },
    runs: (size: string) =>
      `Sends ${size} to a worker and back by every transport the lab measures, a few times each.`,
    measured: (size: string, clone: string, transfer: string, x: string) =>
      `Copying ${size} there and back took ${clone} ms; transferring the same buffer took ${transfer} ms, ${x}× faster.`,
    shared: (shared: string) =>
      `Through a SharedArrayBuffer nothing moved at all: the round trip, a signal, took ${shared} ms.`,
    why: 'A worker is an operating-system thread with a heap of its own, so a message is copied into that heap, as bytes are copied between processes through a pipe. A transfer moves the buffer instead: nothing is copied, and the sender’s buffer is left empty (detached). A SharedArrayBuffer is memory both sides see at once, like the threads of one process, or the article’s memory-mapped IPC: nothing moves, and the threads must then coordinate with Atomics.',
  },
  messageCost: {
    prompt: (from: string, to: string) =>
      `From ${from} to ${to}, a copied message costs more as it grows. What about a transferred one?`,
    choices: {
      flat: 'It costs about the same at every size',
      grows: 'It grows with the size, like a copy',
      unsure: 'I am not sure',
    },
    expected: {
      flat: 'You expected a transfer to cost about the same at every size.',
      grows: 'You expected a transfer to grow with the size.',
    },
    happened: {
      flat: (x: string) => `a transfer’s round trip changed ${x}× over the whole range`,
      grows: (x: string) => `a transfer’s round trip grew ${x}× over the range`,
    },
    runs: (from: string, to: string) =>
      `Sends messages from ${from} to ${to}, doubling, by every transport the lab measures.`,
    measured: (
      from: string,
      to: string,
      c1: string,
      c2: string,
      cx: string,
      t1: string,
      t2: string,
      tx: string,
    ) =>
      `From ${from} to ${to}, a copy’s round trip went from ${c1} ms to ${c2} ms (${cx}×); a transfer’s from ${t1} ms to ${t2} ms (${tx}×).`,
    winsFrom: (size: string) =>
      `Transferring was faster than copying from ${size} on: below that, the fixed cost of a message (waking the worker, running its handler) is most of the time, and a transfer has to set up the move.`,
    neverWins:
      'Transferring was not faster than copying at any size measured here: at these sizes the fixed cost of a message (waking the worker, running its handler) is most of the time.',
    why: 'A copy costs time in proportion to the bytes; a transfer only hands the buffer over, so its cost barely depends on the size. To share data without moving it at all, both threads need the same memory: a SharedArrayBuffer.',
  },
};

export const transferLessonMessages: Bilingual<typeof en> = {
  en,
  zh: {
    threads: {
      prompt: (size: string) =>
        `Worker 像进程一样有自己的堆。把 ${size} 发给它再发回来：转移缓冲区（transfer）与复制它（结构化克隆）相比会怎样？`,
      choices: {
        much: '转移快得多（10 倍以上）',
        some: '转移快一些',
        same: '差不多',
        unsure: '不确定',
      },
      expected: {
        much: '你预测转移会快得多。',
        some: '你预测转移会快一些。',
        same: '你预测两者用时差不多。',
      },
      happened: {
        much: (x: string) => `转移的用时只有复制的 1/${x}`,
        some: (x: string) => `转移的用时只有复制的 1/${x}`,
        same: (x: string) => `两者用时相近（复制是转移的 ${x} 倍）`,
      },
      runs: (size: string) => `用实验测量的每一种方式把 ${size} 发给 Worker 再发回来，每种重复几次。`,
      measured: (size: string, clone: string, transfer: string, x: string) =>
        `复制 ${size} 往返一次用了 ${clone} 毫秒；转移同一个缓冲区用了 ${transfer} 毫秒，只有前者的 1/${x}。`,
      shared: (shared: string) =>
        `通过 SharedArrayBuffer 则什么都不用搬：往返一次只是一个信号，用了 ${shared} 毫秒。`,
      why: 'Worker 是一个有自己堆的操作系统线程，所以消息要被复制到它的堆里，就像进程之间通过管道复制字节一样。转移则是把缓冲区移交过去：不复制任何东西，发送方的缓冲区随之变空（被分离，detached）。SharedArrayBuffer 是双方同时可见的内存，就像同一进程中的线程，或文章中的内存映射 IPC：什么都不用搬，但线程之间随后必须用 Atomics 协调。',
    },
    messageCost: {
      prompt: (from: string, to: string) =>
        `从 ${from} 到 ${to}，复制一条消息的代价随大小增长。转移一条消息呢？`,
      choices: {
        flat: '每种大小的代价都差不多',
        grows: '像复制一样随大小增长',
        unsure: '不确定',
      },
      expected: {
        flat: '你预测转移的代价在每种大小下都差不多。',
        grows: '你预测转移的代价会随大小增长。',
      },
      happened: {
        flat: (x: string) => `在整个范围内，转移一次往返的用时只变化了 ${x} 倍`,
        grows: (x: string) => `在整个范围内，转移一次往返的用时增长了 ${x} 倍`,
      },
      runs: (from: string, to: string) =>
        `从 ${from} 到 ${to}，大小逐次翻倍，用实验测量的每一种方式发送消息。`,
      measured: (
        from: string,
        to: string,
        c1: string,
        c2: string,
        cx: string,
        t1: string,
        t2: string,
        tx: string,
      ) =>
        `从 ${from} 到 ${to}，复制一次往返的用时从 ${c1} 毫秒变为 ${c2} 毫秒（${cx} 倍）；转移从 ${t1} 毫秒变为 ${t2} 毫秒（${tx} 倍）。`,
      winsFrom: (size: string) =>
        `从 ${size} 起，转移比复制快：小于这个大小时，一条消息的固定开销（唤醒 Worker、运行它的处理函数）占了大部分时间，而转移还要为移交缓冲区做准备。`,
      neverWins:
        '在这里测量的所有大小下，转移都不比复制快：在这些大小下，一条消息的固定开销（唤醒 Worker、运行它的处理函数）占了大部分时间。',
      why: '复制的用时与字节数成正比；转移只是把缓冲区交出去，所以它的代价几乎与大小无关。要想完全不搬运数据就能共享，两个线程需要访问同一块内存：SharedArrayBuffer。',
    },
  },
};
