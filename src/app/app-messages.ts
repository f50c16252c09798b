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
  embedScriptHelp:
    'Put the script tag once in the page, and the div wherever this lab goes: embed.js turns it into a lazy frame that takes its content’s height, with an “Open in a new tab” link for browsers that cannot isolate it. Chromium isolates the lab inside the frame; in Firefox and Safari the course page itself must be served with COOP/COEP for shared memory to work.',
  embedFormat: 'Snippet',
  embedFormats: { script: 'embed.js (auto-sized)', iframe: 'plain iframe' },
  embedLangPage: 'the course page’s language',
  embedLangReader: 'the reader’s browser language',
  embedTheme: 'Theme',
  embedThemes: { system: 'the reader’s system theme', light: 'light', dark: 'dark' },
  embedWithInputs: 'with this lab’s current inputs',
  embedWithLesson: (lesson: string) => `with the lesson step “${lesson}”`,
  embedRefresh: 'Take the inputs again',
  embedPreview: 'Preview',
  embedFrameTitle: (lab: string) => `Concurrency Playground: ${lab}`,
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
    embedScriptHelp:
      '在页面中放一次 script 标签，再把 div 放在要放这个实验的位置：embed.js 会把它变成按需加载、高度随内容变化的 iframe，并为无法隔离 iframe 的浏览器附上“在新标签页中打开”的链接。Chromium 会在 iframe 内隔离实验；在 Firefox 和 Safari 中，课程页面本身必须带 COOP/COEP 响应头，共享内存才能使用。',
    embedFormat: '代码片段',
    embedFormats: { script: 'embed.js（自动调整高度）', iframe: '普通 iframe' },
    embedLangPage: '课程页面的语言',
    embedLangReader: '读者浏览器的语言',
    embedTheme: '主题',
    embedThemes: { system: '读者系统的主题', light: '浅色', dark: '深色' },
    embedWithInputs: '带上这个实验当前的输入',
    embedWithLesson: (lesson: string) => `带上课程步骤“${lesson}”`,
    embedRefresh: '重新读取输入',
    embedPreview: '预览',
    embedFrameTitle: (lab: string) => `并发实验场：${lab}`,
    copy: '复制',
    copied: '已复制',
    shellNotices: '提示',
  },
};
