// The headers that make a page cross-origin isolated (README, "Cross-origin isolation and deployment"). Every response carries them:
// documents, scripts, worker scripts, images. A worker script without COEP does not start on an isolated page.
import { WORKER_ASSETS_RULE, WORKER_SCRIPT_HEADERS } from './worker-csp.mjs';

/** @type {Readonly<Record<string, string>>} */
export const ISOLATION_HEADERS = Object.freeze({
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  // Lets Chromium isolate the app inside a course page's iframe even when that page is not isolated.
  'Document-Isolation-Policy': 'isolate-and-require-corp',
});

/**
 * public/_headers, in the format of Netlify and Cloudflare Pages: these headers on every response, and the
 * worker scripts' Content-Security-Policy (worker-csp.mjs) on the built assets, where every worker is.
 */
export function netlifyHeadersFile() {
  /** @param {string} rule @param {Readonly<Record<string, string>>} headers */
  const block = (rule, headers) => [
    rule,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  ];
  return [...block('/*', ISOLATION_HEADERS), ...block(WORKER_ASSETS_RULE, WORKER_SCRIPT_HEADERS), ''].join(
    '\n',
  );
}
