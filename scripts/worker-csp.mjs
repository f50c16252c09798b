// The Content-Security-Policy of the site's worker scripts (docs/pool.md, "What task code can reach"). A
// worker takes its policy from its own script's response, not from the page that starts it: this one lets
// a pool worker compile tasks from source text ('unsafe-eval') and WebAssembly ('wasm-unsafe-eval'), load
// and fetch from the site's own origin only, and start no workers. So code a learner (or a shared link)
// hands the pool cannot send anything to another origin.
//
// It goes on every JavaScript response: a policy on a script that a document loads (classic or module)
// is ignored, so only worker scripts are bound by it. (The fallback service worker never runs where
// these headers are sent: the page is already isolated there.)

/** @type {string} */
export const WORKER_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "worker-src 'none'",
].join('; ');

/** @type {Readonly<Record<string, string>>} The header, as the servers set it. */
export const WORKER_SCRIPT_HEADERS = Object.freeze({
  'Content-Security-Policy': WORKER_CONTENT_SECURITY_POLICY,
});

/**
 * Whether a request asks for a JavaScript file: a built asset (`/assets/pool.worker-abc.js`) or a module of
 * the dev server (`/src/lib/pool/worker/pool.worker.ts?worker_file&type=module`). Decided from the path,
 * so a revalidation answered `304 Not Modified` (which names no content type) gets the header too.
 * @param {string | undefined} url the request's URL: path and query
 */
export function isScriptRequest(url) {
  const path = (url ?? '').split(/[?#]/, 1)[0] ?? '';
  return /\.(?:[cm]?[jt]s|[jt]sx)$/.test(path);
}

/** Where the built site's worker scripts are, as a `_headers` rule (Netlify, Cloudflare Pages). */
export const WORKER_ASSETS_RULE = '/assets/*';
