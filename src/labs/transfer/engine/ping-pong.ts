// Ping-pong between two workers, the "latency of a signal": postMessage over a MessagePort against
// Atomics.wait / Atomics.notify on one shared word. Realm-neutral: runs inside the ping-pong worker.

export type PingPongMode = 'message' | 'atomics';

export type PingPongRequest =
  | {
      readonly role: 'ping';
      readonly mode: PingPongMode;
      /** Round trips to time. */
      readonly rounds: number;
      /** Round trips per timed block: the timer's resolution (5 µs isolated) is too coarse for one. */
      readonly block: number;
      readonly port?: MessagePort;
      readonly flag?: Int32Array;
    }
  | {
      readonly role: 'pong';
      readonly mode: PingPongMode;
      readonly port?: MessagePort;
      readonly flag?: Int32Array;
    };

/** What the ping side reports: µs per round trip, one value per block. */
export interface PingPongResult {
  readonly mode: PingPongMode;
  readonly microsPerRoundTrip: readonly number[];
}

/** Word 0 of the flag: who may go. */
const IDLE = 0;
const PING = 1;
const PONG = 2;
const STOP = 3;

export function pingAtomics(flag: Int32Array, rounds: number, block: number): number[] {
  const samples: number[] = [];
  for (let done = 0; done < rounds;) {
    const n = Math.min(block, rounds - done);
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      Atomics.store(flag, 0, PING);
      Atomics.notify(flag, 0);
      while (Atomics.load(flag, 0) === PING) Atomics.wait(flag, 0, PING);
    }
    samples.push(((performance.now() - start) * 1000) / n);
    done += n;
  }
  Atomics.store(flag, 0, STOP);
  Atomics.notify(flag, 0);
  return samples;
}

export function pongAtomics(flag: Int32Array): void {
  for (;;) {
    let value = Atomics.load(flag, 0);
    while (value === IDLE || value === PONG) {
      Atomics.wait(flag, 0, value);
      value = Atomics.load(flag, 0);
    }
    if (value === STOP) return;
    Atomics.store(flag, 0, PONG);
    Atomics.notify(flag, 0);
  }
}

export async function pingMessages(port: MessagePort, rounds: number, block: number): Promise<number[]> {
  const samples: number[] = [];
  const next = () =>
    new Promise<void>((resolve) => {
      port.onmessage = () => resolve();
    });
  for (let done = 0; done < rounds;) {
    const n = Math.min(block, rounds - done);
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const reply = next();
      port.postMessage(PING);
      await reply;
    }
    samples.push(((performance.now() - start) * 1000) / n);
    done += n;
  }
  port.postMessage(STOP);
  return samples;
}

export function pongMessages(port: MessagePort): void {
  port.onmessage = (event: MessageEvent<number>) => {
    if (event.data === STOP) port.close();
    else port.postMessage(PONG);
  };
}
