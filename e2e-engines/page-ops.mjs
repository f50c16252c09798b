// What the smoke suite does inside a page, as one self-contained function: each engine's driver sends its
// source text and runs it there (Playwright and puppeteer evaluate it, WebDriver executes it), so every
// engine is asked exactly the same thing. It finds elements the way a learner does: buttons by their
// visible label, sections by their heading; test ids where the app gives a value its own element.

/**
 * @param {string} op
 * @param {...unknown} args
 * @returns {unknown}
 */
export function pageOp(op, ...args) {
  /** @param {string | null | undefined} region a section's heading; null or undefined: the whole page */
  const scope = (region) => {
    // Arguments cross as JSON, where a missing region becomes null.
    if (region === undefined || region === null) return document;
    for (const section of document.querySelectorAll('section')) {
      const id = section.getAttribute('aria-labelledby');
      const name = section.getAttribute('aria-label') ?? (id ? document.getElementById(id)?.textContent : '');
      if (name?.trim() === region) return section;
    }
    return null;
  };
  /** The recorder's list (error-recorder.js), or undefined where it is missing. */
  const recorded = () =>
    /** @type {{ __smokeProblems?: string[] }} */ (/** @type {unknown} */ (window)).__smokeProblems;
  /** @param {string} label @param {string | null | undefined} region */
  const button = (label, region) =>
    [...(scope(region)?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label);
  switch (op) {
    case 'ready':
      return document.readyState === 'complete' && document.querySelector('h2') !== null;
    case 'text': {
      const [selector] = /** @type {[string]} */ (args);
      return document.querySelector(selector)?.textContent ?? null;
    }
    case 'texts': {
      const [selector] = /** @type {[string]} */ (args);
      return [...document.querySelectorAll(selector)].map((e) => e.textContent ?? '');
    }
    case 'count': {
      const [selector] = /** @type {[string]} */ (args);
      return document.querySelectorAll(selector).length;
    }
    case 'pageText':
      return document.body.innerText;
    case 'button': {
      const [label, region] = /** @type {[string, string | undefined]} */ (args);
      const found = button(label, region);
      return found ? (found.disabled ? 'disabled' : 'enabled') : 'missing';
    }
    case 'click': {
      const [label, region] = /** @type {[string, string | undefined]} */ (args);
      const found = button(label, region);
      if (!found) return 'missing';
      if (found.disabled) return 'disabled';
      found.click();
      return 'clicked';
    }
    case 'counts': {
      /** @type {Record<string, number>} */
      const counts = {};
      for (const b of document.querySelectorAll('[data-testid="counters"] button[data-status]'))
        counts[b.getAttribute('data-status') ?? ''] = Number(b.getAttribute('data-count'));
      return counts;
    }
    case 'facts':
      return {
        crossOriginIsolated: self.crossOriginIsolated,
        sharedArrayBuffer: typeof SharedArrayBuffer,
        cores: navigator.hardwareConcurrency,
        userAgent: navigator.userAgent,
      };
    case 'recorderSelfTest': {
      // Proves the recorder is in place in this engine: an error logged now must be on its list.
      console.error('smoke recorder self-test');
      const list = recorded();
      const at = list?.indexOf('console.error: smoke recorder self-test') ?? -1;
      // Taken off again: the suite's own error is no problem of the page's.
      if (at >= 0) list?.splice(at, 1);
      return at >= 0;
    }
    case 'problems':
      return [...(recorded() ?? ['error recorder missing'])];
    case 'poolProbe': {
      // Starts the built pool worker at `workerPath` and runs one task in it through the pool's own
      // protocol (src/lib/pool/protocol/pool-protocol.ts), as the pool does: the task fetches its own
      // origin, then the other loopback origin of the same server (which answers: every response carries
      // CORP), and tries postMessage. 'poolProbeResult' reads what it found once it has.
      const [workerPath] = /** @type {[string]} */ (args);
      const other = new URL('/favicon.svg', location.href);
      other.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const task = `async ({ own, other }) => {
        const violations = [];
        addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective || e.violatedDirective));
        const attempt = async (url) => {
          try {
            const response = await fetch(url, { mode: 'no-cors', cache: 'no-store' });
            return 'reached (' + response.type + ')';
          } catch (error) {
            return 'failed: ' + error.name + ': ' + error.message;
          }
        };
        const ownOrigin = await attempt(own);
        const otherOrigin = await attempt(other);
        let postMessageCall = 'no error';
        try {
          postMessage({ type: 'closing', runningSeq: 0 });
        } catch (error) {
          postMessageCall = error.name + ': ' + error.message;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
        return { ownOrigin, otherOrigin, postMessageCall, violations };
      }`;
      const state = /** @type {{ __poolProbe?: unknown }} */ (/** @type {unknown} */ (window));
      state.__poolProbe = null;
      const worker = new Worker(workerPath, { type: 'module' });
      /** @param {unknown} result */
      const done = (result) => {
        state.__poolProbe = result;
        worker.terminate();
      };
      worker.onerror = (event) => done({ error: `the pool worker failed: ${event.message}` });
      worker.onmessage = (/** @type {MessageEvent<{ type: string, values?: unknown[] }>} */ event) => {
        const message = event.data;
        if (message.type === 'ready') {
          const arg = { own: new URL('/favicon.svg', location.href).href, other: other.href };
          worker.postMessage({ type: 'batch', taskId: 1, firstSeq: 0, args: [arg], source: task });
        } else if (message.type === 'report' && (message.values?.length ?? 0) > 0) {
          done(message.values?.[0]);
        } else if (message.type !== 'report') {
          done({ error: `unexpected message from the pool worker: ${JSON.stringify(message)}` });
        }
      };
      worker.postMessage({ type: 'init', lockName: null, status: null });
      return 'started';
    }
    case 'poolProbeResult':
      return /** @type {{ __poolProbe?: unknown }} */ (/** @type {unknown} */ (window)).__poolProbe ?? null;
    default:
      throw new Error(`unknown page op ${op}`);
  }
}
