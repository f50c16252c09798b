// The code lab's starting points, each showing one idea. The code is the learner's to change; these are
// only what the editor holds before they do (and after Reset).

export const ITEM_SOURCES = ['range', 'json', 'generator'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

export const PRESET_IDS = ['summing', 'primes', 'io', 'race', 'race-fixed', 'process_url'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/**
 * The languages the learner's code is written in. JavaScript runs as it is in each worker; Python runs on a
 * CPython (Pyodide) of each worker's own, so k workers are k interpreters, as k processes are: no GIL is
 * shared between them.
 */
export const CODE_LANGUAGES = ['js', 'python'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/**
 * A preset's Python version: the program, the items generator when the preset's items come from one, and
 * the range's end when a Python loop over the JavaScript one would take too long (Python runs such loops
 * tens of times slower).
 */
export interface PythonPreset {
  readonly fn: string;
  readonly items?: string;
  readonly high?: number;
}

export interface CodePreset {
  readonly id: PresetId;
  /** The program: it declares `work(item)` (and `work(item, shared)` when `shared` > 0). */
  readonly fn: string;
  readonly from: ItemSource;
  /** The JSON array or the items() generator, for those sources. */
  readonly items: string;
  readonly low: number;
  readonly high: number;
  readonly parts: number;
  /** Int32 elements of shared memory handed to every item; 0 = none. */
  readonly shared: number;
  readonly workers: number;
  /** ms; 0 = none. */
  readonly timeout: number;
  readonly python: PythonPreset;
}

const RANGE_ITEMS = '';

/**
 * The race and its fix count the same 40,000,000 increments in 4 items on 2 workers, on one shared Int32.
 * Items of 10,000,000 each take tens of ms, so both workers are counting at once (a worker takes about as
 * long to start: with small items the first would count them all alone and lose nothing).
 */
const RACE_INPUTS = {
  from: 'range',
  items: RANGE_ITEMS,
  low: 0,
  high: 40_000_000,
  parts: 4,
  shared: 1,
  workers: 2,
  timeout: 10_000,
} as const;

/**
 * The race in Python counts fewer increments: each reaches the shared memory through Pyodide's bridge to
 * JavaScript (measured on a 2-core machine: 0.4 µs a read and write, 2.5 µs an Atomics.add), and 4 items of
 * 500,000 still keep both workers counting at once for a few hundred ms.
 */
const PYTHON_RACE_HIGH = 2_000_000;

export const PRESETS: Readonly<Record<PresetId, CodePreset>> = {
  summing: {
    id: 'summing',
    fn: `// The article's SummingThread: each item sums its part of a range.
// An item is { low, high }: the integers low, low + 1, ..., high - 1.
function work(item) {
  let total = 0;
  for (let i = item.low; i < item.high; i++) total += i;
  return total;
}
`,
    from: 'range',
    items: RANGE_ITEMS,
    low: 0,
    high: 100_000_000,
    parts: 8,
    shared: 0,
    workers: 2,
    timeout: 10_000,
    python: {
      fn: `# The article's SummingThread: each item sums its part of a range.
# An item is a dict {"low": ..., "high": ...}: the integers low, low + 1, ..., high - 1.
# Every worker runs a Python of its own, like a process: no GIL is shared between them.
def work(item):
    total = 0
    for i in range(item["low"], item["high"]):
        total += i
    return total
`,
      high: 20_000_000,
    },
  },
  primes: {
    id: 'primes',
    fn: `// CPU-bound: count the primes in each part of the range, by trial division.
function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

function work(item) {
  let count = 0;
  for (let n = item.low; n < item.high; n++) if (isPrime(n)) count++;
  return count;
}
`,
    from: 'range',
    items: RANGE_ITEMS,
    low: 0,
    high: 2_000_000,
    parts: 32,
    shared: 0,
    workers: 2,
    timeout: 10_000,
    python: {
      fn: `# CPU-bound: count the primes in each part of the range, by trial division.
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True

def work(item):
    return sum(1 for n in range(item["low"], item["high"]) if is_prime(n))
`,
      high: 500_000,
    },
  },
  io: {
    id: 'io',
    fn: `// I/O-bound: each item waits (a simulated network call) and uses no CPU meanwhile,
// so more workers than cores still help.
async function work(item) {
  await new Promise((resolve) => setTimeout(resolve, item.waitMs));
  console.log('item', item.id, 'waited', item.waitMs, 'ms');
  return item.id;
}
`,
    from: 'generator',
    items: `// Runs in a worker of its own; every value it yields is one item.
function* items() {
  for (let id = 0; id < 32; id++) {
    yield { id, waitMs: 40 + (id % 4) * 20 };
  }
}
`,
    low: 0,
    high: 32,
    parts: 32,
    shared: 0,
    workers: 4,
    timeout: 2_000,
    python: {
      fn: `# I/O-bound: each item waits (a simulated network call) and uses no CPU meanwhile,
# so more workers than cores still help.
import asyncio

async def work(item):
    await asyncio.sleep(item["wait_ms"] / 1000)
    print("item", item["id"], "waited", item["wait_ms"], "ms")
    return item["id"]
`,
      items: `# Runs in a worker of its own; every value it yields is one item.
def items():
    for id in range(32):
        yield {"id": id, "wait_ms": 40 + (id % 4) * 20}
`,
    },
  },
  race: {
    id: 'race',
    fn: `// A race: every item adds 1 to shared[0] once per integer of its part.
// shared is an Int32Array on one SharedArrayBuffer, the same memory in every worker.
function work(item, shared) {
  for (let i = item.low; i < item.high; i++) {
    shared[0] = shared[0] + 1; // read, add, write: another worker can write in between
    // The fix: Atomics.add(shared, 0, 1);
  }
  return item.high - item.low;
}
`,
    ...RACE_INPUTS,
    python: {
      fn: `# A race: every item adds 1 to shared[0] once per integer of its part.
# shared is a JavaScript Int32Array on one SharedArrayBuffer, the same memory in every worker.
def work(item, shared):
    for i in range(item["low"], item["high"]):
        shared[0] = shared[0] + 1  # read, add, write: another worker can write in between
        # The fix: Atomics.add(shared, 0, 1), after: from js import Atomics
    return item["high"] - item["low"]
`,
      high: PYTHON_RACE_HIGH,
    },
  },
  'race-fixed': {
    id: 'race-fixed',
    fn: `// The race fixed: Atomics.add reads, adds and writes as one step no worker can split.
function work(item, shared) {
  for (let i = item.low; i < item.high; i++) {
    Atomics.add(shared, 0, 1);
  }
  return item.high - item.low;
}
`,
    ...RACE_INPUTS,
    python: {
      fn: `# The race fixed: Atomics.add reads, adds and writes as one step no worker can split.
from js import Atomics

def work(item, shared):
    for i in range(item["low"], item["high"]):
        Atomics.add(shared, 0, 1)
    return item["high"] - item["low"]
`,
      high: PYTHON_RACE_HIGH,
    },
  },
  process_url: {
    id: 'process_url',
    fn: `// The article's process_url, run by do_threaded_work over its list of URLs.
function work(url) {
  // TODO: Do some work with the url
  console.log('processing', url);
  return url;
}
`,
    from: 'json',
    items: `["http://url1.com", "http://url2.com", "http://site1.com", "http://site2.com"]
`,
    low: 0,
    high: 4,
    parts: 4,
    shared: 0,
    workers: 2,
    timeout: 2_000,
    python: {
      fn: `# The article's process_url, run by do_threaded_work over its list of URLs.
def work(url):
    # TODO: Do some work with the url
    print("processing", url)
    return url
`,
    },
  },
};
