import type { Bilingual } from '../ui/lang.ts';
import { appLabNames } from '../ui/lab-names.ts';

const en = {
  title: 'Concurrency Playground',
  tagline: 'Learn concurrency by running it: real threads, real shared memory, real measurements.',
  labsNav: 'Labs',
  labs: appLabNames.en.labs,
  cores: (n: number) => `${n} logical ${n === 1 ? 'core' : 'cores'} reported by the browser`,
  coresNote: 'browsers may clamp or round this number',
  language: 'Language',
  loadingLab: 'Loading the lab…',
  labFailed: 'This lab could not be loaded. Reload the page to try again.',
  enablingIsolation: 'Enabling cross-origin isolation…',
  embedTitle: 'Embed this lab in a course page',
  embedHelp:
    'Paste this into the page. Chromium isolates the lab inside the iframe; in Firefox and Safari the course page itself must be served with COOP/COEP for shared memory to work.',
  copy: 'Copy',
  copied: 'Copied',
  shellNotices: 'Notices',
};

export const appMessages: Bilingual<typeof en> = {
  en,
  zh: {
    title: '并发实验场',
    tagline: '通过运行来学习并发：真实的线程、真实的共享内存、真实的测量。',
    labsNav: '实验',
    labs: appLabNames.zh.labs,
    cores: (n: number) => `浏览器报告 ${n} 个逻辑核心`,
    coresNote: '浏览器可能会给这个数字设上限或取整',
    language: '语言',
    loadingLab: '正在加载实验…',
    labFailed: '无法加载这个实验。请刷新页面重试。',
    enablingIsolation: '正在启用跨源隔离…',
    embedTitle: '把这个实验嵌入课程页面',
    embedHelp:
      '把下面的代码粘贴到课程页面中。Chromium 会在 iframe 内隔离实验；在 Firefox 和 Safari 中，课程页面本身必须带 COOP/COEP 响应头，共享内存才能使用。',
    copy: '复制',
    copied: '已复制',
    shellNotices: '提示',
  },
};
