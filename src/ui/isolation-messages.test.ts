import { expect, test } from 'vitest';
import { isolationMessages, leadThenReason, whyNoSharedMemory } from './isolation-messages.ts';

test('a lead and its reason are joined by a space in English and by nothing in Chinese', () => {
  expect(leadThenReason(isolationMessages.en, 'Off:', 'no-shared-array-buffer')).toBe(
    `Off: ${isolationMessages.en.reasons['no-shared-array-buffer']}`,
  );
  expect(leadThenReason(isolationMessages.zh, '已关闭：', 'no-shared-array-buffer')).toBe(
    `已关闭：${isolationMessages.zh.reasons['no-shared-array-buffer']}`,
  );
});

test('the status sentence leads with isolation when the page is isolated but lacks a feature', () => {
  expect(whyNoSharedMemory(isolationMessages.en, { isolated: true, reason: 'no-wait-async' })).toMatch(
    /^Cross-origin isolated, but shared memory is off: this browser provides no Atomics\.waitAsync/,
  );
  expect(whyNoSharedMemory(isolationMessages.en, { isolated: false, reason: 'no-headers' })).toMatch(
    /^Not cross-origin isolated, so shared memory is off\. The server did not send/,
  );
});
