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
    default:
      throw new Error(`unknown page op ${op}`);
  }
}
