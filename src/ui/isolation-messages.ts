import type { Bilingual, Dictionary } from './lang.ts';
import type { NoSharedMemoryReason } from './isolation-status.ts';

const en = {
  isolated: 'Cross-origin isolated: SharedArrayBuffer and Atomics are available.',
  notIsolated: 'Not cross-origin isolated, so shared memory is off.',
  isolatedButMissing: 'Cross-origin isolated, but shared memory is off:',
  reasons: {
    'insecure-context': 'The page is not a secure context (use https:// or http://localhost).',
    embedded:
      'The page that embeds this one did not allow isolation (the iframe needs allow="cross-origin-isolated"; Firefox and Safari also need the parent page itself to be isolated).',
    'no-headers':
      'The server did not send the COOP/COEP headers and this browser has no service worker to add them.',
    'service-worker-failed':
      'The server did not send the COOP/COEP headers and the fallback service worker could not start.',
    'service-worker-no-effect':
      'The fallback service worker is installed but the browser still did not isolate the page.',
    'no-shared-array-buffer':
      'this browser provides no SharedArrayBuffer (WebKitGTK turns it on only with the JavaScriptCore option useSharedArrayBuffer). Message passing still works.',
    'no-wait-async':
      'this browser provides no Atomics.waitAsync, which the page needs to wait for its workers without freezing. Message passing still works.',
  } satisfies Record<NoSharedMemoryReason, string>,
  sharedDisabled: 'Needs shared memory, which is off on this page.',
  /** Between a lead sentence and the reason that follows it. */
  join: ' ',
  openInNewTab: 'Open in a new tab',
};

export const isolationMessages: Bilingual<typeof en> = {
  en,
  zh: {
    isolated: '已启用跨源隔离：可以使用 SharedArrayBuffer 和 Atomics。',
    notIsolated: '未启用跨源隔离，共享内存功能已关闭。',
    isolatedButMissing: '已启用跨源隔离，但共享内存功能已关闭：',
    reasons: {
      'insecure-context': '页面不是安全上下文（请使用 https:// 或 http://localhost）。',
      embedded:
        '嵌入本页的页面没有允许跨源隔离（iframe 需要 allow="cross-origin-isolated" 属性；Firefox 和 Safari 还要求父页面本身已隔离）。',
      'no-headers': '服务器没有发送 COOP/COEP 响应头，而且此浏览器没有可以补上它们的 Service Worker。',
      'service-worker-failed': '服务器没有发送 COOP/COEP 响应头，备用的 Service Worker 也无法启动。',
      'service-worker-no-effect': '备用的 Service Worker 已安装，但浏览器仍未隔离此页面。',
      'no-shared-array-buffer':
        '此浏览器没有提供 SharedArrayBuffer（WebKitGTK 只有在打开 JavaScriptCore 选项 useSharedArrayBuffer 时才提供）。消息传递仍然可用。',
      'no-wait-async':
        '此浏览器没有提供 Atomics.waitAsync，而页面需要用它来等待 Worker，同时不让页面卡住。消息传递仍然可用。',
    },
    sharedDisabled: '需要共享内存，而本页的共享内存已关闭。',
    join: '',
    openInNewTab: '在新标签页中打开',
  },
};

/** `lead`, then the reason shared memory is off, joined as the language joins them (no space in Chinese). */
export function leadThenReason(m: Dictionary<typeof en>, lead: string, reason: NoSharedMemoryReason): string {
  return `${lead}${m.join}${m.reasons[reason]}`;
}

/** Why shared memory is off, in one or two sentences: the lead for its kind of cause, then the cause. */
export function whyNoSharedMemory(
  m: Dictionary<typeof en>,
  status: { readonly isolated: boolean; readonly reason: NoSharedMemoryReason },
): string {
  return leadThenReason(m, status.isolated ? m.isolatedButMissing : m.notIsolated, status.reason);
}
