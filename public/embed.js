/*
 * Concurrency Playground: embed.js, the one script a course page includes to embed labs.
 *
 *   <script src="https://your.site/playground/embed.js" async></script>
 *   <div data-concurrency-lab="sum" data-params="workers=4&chunks=1" data-lang="zh" data-theme="dark"
 *        data-lesson="gil"></div>
 *
 * Each such div becomes an iframe of the lab (`?lab=…&embed=1`) from the site this script was loaded from,
 * sized by the lab's resize messages, with a link that opens the same lab in a new tab. Plain JavaScript,
 * no build step: the file is served from public/ as it is. It defines one global,
 * `window.ConcurrencyPlaygroundEmbed`, and nothing else (everything lives in this function's scope).
 */
(function () {
  'use strict';

  /** The page's window, with the one global this script defines. */
  const page = /** @type {Window & { ConcurrencyPlaygroundEmbed?: object }} */ (window);
  // Included twice (two snippets pasted into one page): the first copy already watches the whole page.
  if (page.ConcurrencyPlaygroundEmbed) return;

  /**
   * The stable `?lab=` values (src/ui/lab-ids.ts), with their titles (src/ui/lab-names.ts).
   * @type {Record<string, Record<'en' | 'zh', string>>}
   */
  const LABS = {
    home: { en: 'Start here', zh: '从这里开始' },
    sum: { en: 'Chunked summation', zh: '分块求和' },
    pool: { en: 'Task pool', zh: '任务池' },
    speedup: { en: 'Speedup', zh: '加速比' },
    sync: { en: 'Shared memory & locks', zh: '共享内存与锁' },
    transfer: { en: 'Message passing vs shared memory', zh: '消息传递与共享内存' },
    code: { en: 'Your own code', zh: '你自己的代码' },
  };
  const TEXT = {
    en: {
      title: (/** @type {string} */ lab) => `Concurrency Playground: ${lab}`,
      open: 'Open in a new tab',
      openTitle:
        'Opens the lab on its own page, where it is cross-origin isolated: use it if this browser cannot isolate the embedded lab and shared memory is unavailable in the frame.',
      invalid: (/** @type {string} */ allowed, /** @type {string} */ got) =>
        `Concurrency Playground: data-concurrency-lab must be one of ${allowed}; got "${got}".`,
    },
    zh: {
      title: (/** @type {string} */ lab) => `并发实验场：${lab}`,
      open: '在新标签页中打开',
      openTitle:
        '在单独的页面中打开实验，那里启用了跨源隔离：如果这个浏览器无法隔离嵌入的实验、框架内不能使用共享内存，请用它。',
      invalid: (/** @type {string} */ allowed, /** @type {string} */ got) =>
        `并发实验场：data-concurrency-lab 应为 ${allowed} 之一，收到“${got}”。`,
    },
  };
  const SELECTOR = '[data-concurrency-lab]';
  /** Set on a div once handled ('frame' or 'invalid'), so a second scan skips it. */
  const STATE = 'data-concurrency-lab-state';
  /** The frame's height before the lab reports its own (px), and the range a reported height is clamped to. */
  const INITIAL_HEIGHT = 600;
  const MIN_HEIGHT = 150;
  const MAX_HEIGHT = 20000;
  /** The lab controls these; data-params may not change them. */
  const RESERVED = ['lab', 'embed'];

  // The lab's site is the one this script came from, so the same snippet works for any host and sub-path.
  // document.currentScript is set only while this file first runs (async included); scanning the script
  // tags is the fallback for a loader that runs it some other way.
  const current = document.currentScript;
  const script =
    current instanceof HTMLScriptElement && current.src
      ? current
      : Array.from(document.querySelectorAll('script')).find((s) => /\/embed\.js(?:[?#]|$)/.test(s.src));
  if (!script) {
    console.warn(
      'Concurrency Playground embed.js: cannot tell which site it was loaded from; no lab embedded.',
    );
    return;
  }
  const base = new URL('./', script.src);
  base.search = '';
  base.hash = '';

  /** Frames this script made; a resize message is matched to one by its source window. */
  /** @type {Set<HTMLIFrameElement>} */
  const frames = new Set();

  /** @param {Element} div @returns {'en' | 'zh'} */
  function pageLanguage(div) {
    const lang = div.getAttribute('data-lang') || document.documentElement.lang || '';
    return /^zh\b/i.test(lang) ? 'zh' : 'en';
  }

  /** The lab's URL: lab and embed=1 first, then lang, theme and lesson, then data-params (never lab or embed). */
  /** @param {Element} div @param {string} lab */
  function labUrl(div, lab) {
    const search = new URLSearchParams();
    search.set('lab', lab);
    search.set('embed', '1');
    for (const name of ['lang', 'theme', 'lesson']) {
      const value = div.getAttribute(`data-${name}`);
      if (value) search.set(name, value);
    }
    for (const [name, value] of new URLSearchParams(div.getAttribute('data-params') || '')) {
      if (RESERVED.includes(name)) {
        console.warn(`Concurrency Playground embed.js: data-params may not set "${name}"; ignored.`);
      } else if (!['lang', 'theme', 'lesson'].includes(name) || !search.has(name)) {
        // The data-lang/-theme/-lesson attributes win over the same name in data-params.
        search.append(name, value);
      }
    }
    const url = new URL(base.href);
    url.search = search.toString();
    return url;
  }

  /** @param {Element} div @returns {HTMLIFrameElement | null} */
  function embed(div) {
    const lab = (div.getAttribute('data-concurrency-lab') || '').trim();
    if (!Object.hasOwn(LABS, lab)) {
      // Visible on the page, where the teacher checks it, and in the console; never an exception, so the
      // page's other labs and scripts still run.
      const allowed = Object.keys(LABS).join(', ');
      div.setAttribute(STATE, 'invalid');
      div.textContent = TEXT[pageLanguage(div)].invalid(allowed, lab);
      console.warn(`Concurrency Playground embed.js: ${TEXT.en.invalid(allowed, lab)}`, div);
      return null;
    }
    const lang = pageLanguage(div);
    const text = TEXT[lang];
    const url = labUrl(div, lab);

    const iframe = document.createElement('iframe');
    // `allow` before `src`: the permission policy is fixed when the frame navigates. Chromium isolates the
    // lab's frame itself (Document-Isolation-Policy) only when the embedder allows cross-origin-isolated.
    iframe.setAttribute('allow', 'cross-origin-isolated');
    iframe.setAttribute('loading', 'lazy');
    iframe.title = text.title(LABS[lab][lang]);
    iframe.style.cssText = `display:block;width:100%;height:${INITIAL_HEIGHT}px;border:0`;
    iframe.setAttribute('data-concurrency-lab-frame', lab);
    iframe.src = url.href;

    // Firefox and Safari isolate a frame only inside an isolated page: the lab alone in a tab always is.
    const standalone = new URL(url.href);
    standalone.searchParams.delete('embed');
    const link = document.createElement('a');
    link.href = standalone.href;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = text.open;
    link.title = text.openTitle;
    const line = document.createElement('p');
    line.style.cssText = 'margin:0.25em 0 0;font-size:0.875em;text-align:right';
    line.append(link);

    div.setAttribute(STATE, 'frame');
    // The div's own content is the page's fallback for readers without JavaScript.
    div.replaceChildren(iframe, line);
    frames.add(iframe);
    return iframe;
  }

  /** Turns every lab div in `root` (default: the document), and `root` itself, into a frame; returns the new frames. */
  /** @param {ParentNode} [root] @returns {HTMLIFrameElement[]} */
  function scan(root) {
    const from = root || document;
    const made = [];
    const divs = Array.from(from.querySelectorAll(SELECTOR));
    if (from instanceof Element && from.matches(SELECTOR)) divs.unshift(from);
    for (const div of divs) {
      if (div.hasAttribute(STATE)) {
        // Moved in the page: a reinserted iframe has a new window, so register it again.
        const own = div.querySelector('iframe');
        if (own) frames.add(own);
        continue;
      }
      const iframe = embed(div);
      if (iframe) made.push(iframe);
    }
    return made;
  }

  /**
   * The height a lab's resize message (src/app/use-embed-resize.ts) reports: a finite positive number, else null.
   * @param {unknown} data
   */
  function reportedHeight(data) {
    if (typeof data !== 'object' || data === null || !('type' in data) || !('height' in data)) return null;
    if (data.type !== 'concurrency-playground:resize') return null;
    const height = data.height;
    return typeof height === 'number' && Number.isFinite(height) && height > 0 ? height : null;
  }

  // Only the lab's own messages: from the lab's origin AND from that very frame's window, so neither the
  // course page's other frames nor scripts on the page can resize a lab.
  window.addEventListener('message', (event) => {
    if (event.origin !== base.origin) return;
    const height = reportedHeight(event.data);
    if (height === null) return;
    for (const iframe of frames) {
      const win = iframe.contentWindow;
      if (!win) {
        frames.delete(iframe); // removed from the page
      } else if (win === event.source) {
        const clamped = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
        iframe.style.height = `${clamped}px`;
      }
    }
  });

  page.ConcurrencyPlaygroundEmbed = Object.freeze({ scan, labs: Object.freeze(Object.keys(LABS)) });

  scan(document);
  // Divs added later (the rest of the page still parsing, or a page that renders its content with
  // JavaScript), and a div whose data-concurrency-lab is set or corrected later.
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        const div = record.target;
        if (!(div instanceof Element)) continue;
        if (div.getAttribute(STATE) === 'invalid') div.removeAttribute(STATE);
        scan(div);
      } else {
        for (const node of record.addedNodes) if (node instanceof Element) scan(node);
      }
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-concurrency-lab'],
  });
})();
