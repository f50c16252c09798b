// What task code can reach from a pool worker, on real workers served by the test server with the site's
// worker Content-Security-Policy (scripts/worker-csp.mjs): nothing of another origin, no nested workers;
// its own origin's modules still load. The page is on http://localhost:PORT; http://127.0.0.1:PORT is
// another origin answered by the same server (and the other way round), so a request that is not blocked
// really gets through: the page itself, which has no such policy here, reaches it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPool, type Pool } from './index.ts';

/** What a probe task tries: an API and the URL it aims it at. */
interface Probe {
  readonly kind: 'fetch' | 'xhr' | 'websocket' | 'eventsource' | 'import' | 'importScripts' | 'worker';
  readonly url: string;
}

/** What happened, as the task saw it. */
interface Attempt {
  /** The request was answered, the connection opened, the module loaded, the worker ran. */
  readonly reached: boolean;
  readonly detail: string;
  /** The policy violations the worker was told of meanwhile: "directive blocked-url". */
  readonly violations: readonly string[];
}

/** The task every probe runs in a pool worker. Self-contained: it travels as source text. */
async function attempt(probe: Probe): Promise<Attempt> {
  const violations: string[] = [];
  const onViolation = (event: Event) => {
    const e = event as SecurityPolicyViolationEvent;
    violations.push(`${e.effectiveDirective} ${e.blockedURI}`);
  };
  addEventListener('securitypolicyviolation', onViolation);
  type Seen = [reached: boolean, detail: string];
  const within = (work: Promise<Seen>, fallback: Seen) =>
    Promise.race([work, new Promise<Seen>((resolve) => setTimeout(() => resolve(fallback), 3000))]);
  const outcome = async (): Promise<Seen> => {
    switch (probe.kind) {
      case 'fetch': {
        const response = await fetch(probe.url, { mode: 'no-cors', cache: 'no-store' });
        return [true, `a response of type ${response.type}`];
      }
      case 'xhr':
        return within(
          new Promise<Seen>((resolve) => {
            const request = new XMLHttpRequest();
            request.onload = () => resolve([true, `load, status ${request.status}`]);
            request.onerror = () => resolve([false, 'error event']);
            request.open('GET', probe.url);
            request.send();
          }),
          [false, 'no answer in 3 s'],
        );
      case 'websocket':
        return within(
          new Promise<Seen>((resolve) => {
            const socket = new WebSocket(probe.url);
            socket.onopen = () => {
              socket.close();
              resolve([true, 'open']);
            };
            socket.onerror = () => resolve([false, 'error event']);
          }),
          [false, 'no answer in 3 s'],
        );
      case 'eventsource':
        return within(
          new Promise<Seen>((resolve) => {
            const source = new EventSource(probe.url);
            source.onopen = () => {
              source.close();
              resolve([true, 'open']);
            };
            source.onerror = () => {
              source.close();
              resolve([false, 'error event']);
            };
          }),
          [false, 'no answer in 3 s'],
        );
      case 'import': {
        // Through Function: the test server rewrites an import() written in a test module, and a task
        // must not read the helper it adds.
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        const load = new Function('url', 'return import(url)') as (url: string) => Promise<object>;
        const module = (await load(probe.url)) as Record<string, unknown>;
        return [true, `a module exporting ${Object.keys(module).sort().join(', ')}`];
      }
      case 'importScripts':
        // A worker global's; the page realm's types do not have it.
        (self as unknown as { importScripts: (url: string) => void }).importScripts(probe.url);
        return [true, 'the script ran'];
      case 'worker': {
        const source = 'postMessage("nested worker ran")';
        const nested = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
        return within(
          new Promise<Seen>((resolve) => {
            nested.onmessage = (event: MessageEvent<string>) => resolve([true, event.data]);
            nested.onerror = () => resolve([false, 'error event']);
          }),
          [false, 'no message in 3 s'],
        ).finally(() => nested.terminate());
      }
    }
  };
  let result: Seen;
  try {
    result = await outcome();
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    result = [false, `threw ${reason}`];
  }
  // The violation event is queued as a task of its own: let it arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  removeEventListener('securitypolicyviolation', onViolation);
  return { reached: result[0], detail: result[1], violations };
}

/** `url` on the other loopback origin of the same server. */
function otherOrigin(url: string): string {
  const other = new URL(url, location.href);
  other.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return other.href;
}

/** A small module of the pool itself, as the test server serves it. */
const MODULE_URL = new URL('./fifo.ts', import.meta.url).href;

let pool: Pool;
beforeAll(() => {
  pool = createPool({ size: 2 });
});
afterAll(() => pool.terminate());

const run = (probe: Probe) => pool.run(attempt, probe);

describe('another origin, from a pool worker', () => {
  test('the other origin answers a request from the page, which has no worker policy', async () => {
    expect(['localhost', '127.0.0.1']).toContain(location.hostname);
    const response = await fetch(otherOrigin('/'), { mode: 'no-cors', cache: 'no-store' });
    expect(response.type).toBe('opaque');
    const module = (await import(/* @vite-ignore */ otherOrigin(MODULE_URL))) as Record<string, unknown>;
    expect(Object.keys(module)).toContain('Fifo');
  });

  test.each([
    ['fetch (no-cors)', 'fetch', '/', 'connect-src'],
    ['XMLHttpRequest', 'xhr', MODULE_URL, 'connect-src'],
    ['WebSocket', 'websocket', '/', 'connect-src'],
    ['EventSource', 'eventsource', '/', 'connect-src'],
    ['import()', 'import', MODULE_URL, 'script-src'],
  ] as const)('%s is blocked by the worker policy', async (_name, kind, path, directive) => {
    const target = otherOrigin(path);
    const url = kind === 'websocket' ? target.replace(/^http/, 'ws') : target;
    const result = await run({ kind, url });
    expect(result.reached, result.detail).toBe(false);
    expect(result.violations.some((v) => v.startsWith(directive))).toBe(true);
  });

  test('importScripts is refused: a module worker has none', async () => {
    const result = await run({ kind: 'importScripts', url: otherOrigin(MODULE_URL) });
    expect(result.reached, result.detail).toBe(false);
    expect(result.detail).toMatch(/^threw TypeError/);
  });
});

describe('inside a pool worker', () => {
  test('new Worker is blocked by the worker policy', async () => {
    const result = await run({ kind: 'worker', url: '' });
    expect(result.reached, result.detail).toBe(false);
    expect(result.violations.some((v) => v.startsWith('worker-src'))).toBe(true);
  });

  test('a module of its own origin still loads with import(), and a same-origin fetch still answers', async () => {
    expect(await run({ kind: 'import', url: MODULE_URL })).toEqual({
      reached: true,
      detail: 'a module exporting Fifo',
      violations: [],
    });
    const fetched = await run({ kind: 'fetch', url: MODULE_URL });
    expect(fetched).toMatchObject({ reached: true, violations: [] });
  });
});
