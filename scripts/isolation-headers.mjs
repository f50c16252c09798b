// The headers that make a page cross-origin isolated (README, "Cross-origin isolation and deployment"). Every response carries them:
// documents, scripts, worker scripts, images. A worker script without COEP does not start on an isolated page.

/** @type {Readonly<Record<string, string>>} */
export const ISOLATION_HEADERS = Object.freeze({
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  // Lets Chromium isolate the app inside a course page's iframe even when that page is not isolated.
  'Document-Isolation-Policy': 'isolate-and-require-corp',
});

/** The same headers in the `_headers` format of Netlify and Cloudflare Pages. */
export function netlifyHeadersFile() {
  const lines = Object.entries(ISOLATION_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}
