// Command-line parsing for bench/driver/run.mjs. Numbers are validated here so a typo fails before any build.

export const USAGE = `usage: npm run bench -- --workload NAME [options]

  --workload NAME     which measurement to run (--list shows them)
  --browser NAME      chromium (default) or firefox (Debian's firefox-esr; bench-page workloads only)
  --max-workers K     sweep workers 1..K (worker-count workloads)       integer 1..64
  --repeats R         repeats per point; the median is reported          integer 1..100
  --size N            problem size; its unit is the workload's           integer 1..2^53
  --json FILE         write the full result (the envelope of bench/page/bench-types.ts)
  --csv FILE          write the points as CSV
  --svg FILE          write the speedup chart (worker-count workloads), as the speedup lab draws it
  --no-build          reuse the existing dist/ instead of building
  --check             exit 3 when the workload misses a budget (docs/budgets.md)
  --list              list the workloads
  --KEY VALUE         any other option is passed to the workload as text`;

/** @param {string} flag @param {string | undefined} value @param {number} max */
function integer(flag, value, max) {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 1 || n > max) {
    throw new RangeError(`${flag}: expected an integer from 1 to ${max}, got ${value ?? 'nothing'}`);
  }
  return n;
}

/**
 * @param {readonly string[]} argv
 */
export function parseBenchArgs(argv) {
  let workload = '';
  /** @type {{ maxWorkers?: number, repeats?: number, size?: number, extra: Record<string, string> }} */
  const options = { extra: {} };
  /** @type {string | undefined} */
  let json;
  /** @type {string | undefined} */
  let csv;
  /** @type {string | undefined} */
  let svg;
  let build = true;
  let list = false;
  let help = false;
  let check = false;
  /** @type {'chromium' | 'firefox'} */
  let browser = 'chromium';
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const value = argv[i + 1];
    const takeValue = () => {
      if (value === undefined || value.startsWith('--')) throw new RangeError(`${flag}: expected a value`);
      i++;
      return value;
    };
    switch (flag) {
      case '--workload':
        workload = takeValue();
        break;
      case '--max-workers':
        options.maxWorkers = integer(flag, takeValue(), 64);
        break;
      case '--repeats':
        options.repeats = integer(flag, takeValue(), 100);
        break;
      case '--size':
        options.size = integer(flag, takeValue(), Number.MAX_SAFE_INTEGER);
        break;
      case '--json':
        json = takeValue();
        break;
      case '--csv':
        csv = takeValue();
        break;
      case '--svg':
        svg = takeValue();
        break;
      case '--browser': {
        const name = takeValue();
        if (name !== 'chromium' && name !== 'firefox')
          throw new RangeError(`--browser: expected chromium or firefox, got ${name}`);
        browser = name;
        break;
      }
      case '--no-build':
        build = false;
        break;
      case '--list':
        list = true;
        break;
      case '--check':
        check = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        if (!flag.startsWith('--') || flag.length < 3) throw new RangeError(`unexpected argument "${flag}"`);
        options.extra[flag.slice(2)] = takeValue();
    }
  }
  if (!workload && !list && !help) throw new RangeError('--workload: required (try --list)');
  return { workload, options, json, csv, svg, build, list, help, check, browser };
}
