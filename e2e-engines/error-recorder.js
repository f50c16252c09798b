// Loaded first on every page the cross-engine smoke suite opens (its server puts it at the top of <head>):
// records console.error calls, uncaught errors and unhandled rejections where the suite can read them with
// a plain script call, because WebKitWebDriver offers no log or BiDi channel to watch them from outside.
(() => {
  /** @type {string[]} */
  const problems = [];
  Object.defineProperty(window, '__smokeProblems', { value: problems });
  const original = console.error.bind(console);
  console.error = (...args) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    original(...args);
  };
  window.addEventListener('error', (event) => {
    problems.push(`page error: ${event.message || String(event.error)}`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason instanceof Error ? event.reason.message : String(event.reason);
    problems.push(`unhandled rejection: ${reason}`);
  });
})();
