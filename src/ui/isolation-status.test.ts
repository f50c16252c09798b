import { describe, expect, test } from 'vitest';
import { isolationStatus, type IsolationFacts } from './isolation-status.ts';

const isolatedChromium: IsolationFacts = {
  crossOriginIsolated: true,
  hasSharedArrayBuffer: true,
  hasWaitAsync: true,
  isSecureContext: true,
  inIframe: false,
  hasServiceWorker: true,
  fallback: 'not-tried',
};

describe('isolationStatus', () => {
  test('shared memory needs isolation, SharedArrayBuffer and Atomics.waitAsync together', () => {
    expect(isolationStatus(isolatedChromium)).toEqual({ sharedMemory: true });
    // WebKitGTK as shipped: isolated, and no SharedArrayBuffer. The flag alone would have said yes.
    expect(isolationStatus({ ...isolatedChromium, hasSharedArrayBuffer: false })).toEqual({
      sharedMemory: false,
      isolated: true,
      reason: 'no-shared-array-buffer',
    });
    expect(isolationStatus({ ...isolatedChromium, hasWaitAsync: false })).toEqual({
      sharedMemory: false,
      isolated: true,
      reason: 'no-wait-async',
    });
  });

  test('a page that is not isolated says why, most basic cause first', () => {
    const notIsolated = { ...isolatedChromium, crossOriginIsolated: false, hasSharedArrayBuffer: false };
    const reason = (facts: Partial<IsolationFacts>) => {
      const status = isolationStatus({ ...notIsolated, ...facts });
      return status.sharedMemory ? 'available' : `${String(status.isolated)} ${status.reason}`;
    };
    expect(reason({})).toBe('false no-headers');
    expect(reason({ isSecureContext: false, inIframe: true })).toBe('false insecure-context');
    expect(reason({ inIframe: true, fallback: 'failed' })).toBe('false embedded');
    expect(reason({ fallback: 'failed' })).toBe('false service-worker-failed');
    expect(reason({ fallback: 'reloaded-without-effect' })).toBe('false service-worker-no-effect');
    // Some browsers define SharedArrayBuffer on pages that are not isolated: still no shared memory.
    expect(reason({ hasSharedArrayBuffer: true })).toBe('false no-headers');
  });
});
