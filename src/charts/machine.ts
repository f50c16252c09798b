// The machine a figure was measured on, as its caption names it: the logical cores the browser reports, the
// browser engine with its major version, and the day. Pure (the caller passes the navigator's figures).

export interface Machine {
  /** `navigator.hardwareConcurrency`: logical cores the browser reports (it may report fewer). */
  readonly cores: number;
  /** "Chromium 156", "Firefox 153", "Safari 18", "WebKit (Safari 26)"; undefined when not recognised. */
  readonly browser: string | undefined;
  /** The local day, YYYY-MM-DD. */
  readonly date: string;
}

const major = (pattern: RegExp, userAgent: string): string | undefined => pattern.exec(userAgent)?.[1];

/**
 * The browser engine and its major version from a user agent string. Every browser built on Chromium
 * (Chrome, Edge, Opera, …) names its Chromium version in the `Chrome/` token, and that engine is what the
 * labs measure, so they are all "Chromium". Safari is "Safari" with its `Version/` on Apple's systems;
 * WebKit elsewhere (GNOME Web, Playwright's WebKit) is "WebKit (Safari N)"; the other browsers on iOS
 * (CriOS, FxiOS: WebKit underneath, without `Version/`) are "WebKit (iOS N)".
 */
export function browserName(userAgent: string): string | undefined {
  const firefox = major(/\bFirefox\/(\d+)/, userAgent);
  if (firefox) return `Firefox ${firefox}`;
  const chromium = major(/\b(?:Chrome|Chromium|HeadlessChrome)\/(\d+)/, userAgent);
  if (chromium) return `Chromium ${chromium}`;
  if (!/\bAppleWebKit\//.test(userAgent)) return undefined;
  const version = major(/\bVersion\/(\d+)/, userAgent);
  const apple = /\b(?:Macintosh|iPhone|iPad|iPod)\b/.test(userAgent);
  if (version) return apple ? `Safari ${version}` : `WebKit (Safari ${version})`;
  const ios = major(/\bOS (\d+)_\d+(?:_\d+)? like Mac OS X/, userAgent);
  return ios ? `WebKit (iOS ${ios})` : 'WebKit';
}

/** `date`'s local day as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** The machine from the navigator's figures (pass `navigator`) on the day `now`. */
export function machineOf(
  browser: { readonly userAgent: string; readonly hardwareConcurrency: number },
  now: Date,
): Machine {
  return {
    cores: browser.hardwareConcurrency > 0 ? browser.hardwareConcurrency : 1,
    browser: browserName(browser.userAgent),
    date: localDay(now),
  };
}
