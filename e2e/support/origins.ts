// Ports of the servers the e2e tests use; E2E_PORT / E2E_PLAIN_PORT / E2E_COURSE_PORT override them. The
// course server's port follows E2E_PORT (two above it) unless given, so runs on other ports keep apart.
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4173);
export const PLAIN_PORT = Number(process.env['E2E_PLAIN_PORT'] ?? 4174);
export const COURSE_PORT = Number(process.env['E2E_COURSE_PORT'] ?? E2E_PORT + 2);
/** `vite preview` of dist/ with the isolation headers. */
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
/** The same dist/ with no isolation headers, as a host like GitHub Pages serves it. */
export const PLAIN_ORIGIN = `http://localhost:${PLAIN_PORT}`;
/**
 * docs/course and docs/slides as a course site serves them (scripts/course-server.mjs): no isolation headers,
 * another origin than the app's, the pages' app address pointed at E2E_ORIGIN.
 */
export const COURSE_ORIGIN = `http://localhost:${COURSE_PORT}`;
