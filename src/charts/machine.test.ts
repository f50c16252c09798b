import { expect, test } from 'vitest';
import { browserName, localDay, machineOf } from './machine.ts';

const AGENTS: readonly (readonly [string, string | undefined])[] = [
  // Chrome on Linux (reduced user agent), headless Chromium, Edge on Windows, Opera, Chrome on Android.
  [
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
    'Chromium 156',
  ],
  [
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/141.0.7390.37 Safari/537.36',
    'Chromium 141',
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0',
    'Chromium 140',
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36 OPR/123.0.0.0',
    'Chromium 139',
  ],
  [
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36',
    'Chromium 138',
  ],
  // Firefox on Linux, macOS and Android.
  ['Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0', 'Firefox 153'],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Firefox/128.0', 'Firefox 128'],
  ['Mozilla/5.0 (Android 14; Mobile; rv:140.0) Gecko/140.0 Firefox/140.0', 'Firefox 140'],
  // Safari on macOS, iPhone and iPad.
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
    'Safari 18',
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
    'Safari 18',
  ],
  [
    'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Safari 17',
  ],
  // WebKit that is not Apple's Safari: Playwright's WebKit on Linux; Chrome and Firefox on iOS.
  [
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15',
    'WebKit (Safari 26)',
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1',
    'WebKit (iOS 17)',
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/140.0 Mobile/15E148 Safari/605.1.15',
    'WebKit (iOS 16)',
  ],
  // Nothing recognisable.
  ['', undefined],
  ['curl/8.5.0', undefined],
];

test.each(AGENTS)('%s -> %s', (userAgent, name) => {
  expect(browserName(userAgent)).toBe(name);
});

test('the day is the local date, zero-padded', () => {
  expect(localDay(new Date(2026, 11, 7, 23, 59))).toBe('2026-12-07');
  expect(localDay(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
});

test('the machine: reported cores, browser and day', () => {
  expect(
    machineOf(
      {
        userAgent:
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
        hardwareConcurrency: 2,
      },
      new Date(2026, 11, 7),
    ),
  ).toEqual({ cores: 2, browser: 'Chromium 156', date: '2026-12-07' });
  // A browser that reports no cores still names at least one.
  expect(machineOf({ userAgent: '', hardwareConcurrency: 0 }, new Date(2026, 0, 2)).cores).toBe(1);
});
