import { expect, test } from 'vitest';
import { frameUrl, iframeSnippet, labInputs, scriptSnippet, type SnippetChoices } from './embed-snippets.ts';

const page = 'https://teach.example/playground/index.html?lab=sum&lang=zh&workers=4&chunks=1&embed=0#x';

function choices(over: Partial<SnippetChoices> = {}): SnippetChoices {
  return {
    pageUrl: page,
    lab: 'sum',
    lesson: undefined,
    inputs: labInputs(new URL(page).searchParams),
    lang: undefined,
    theme: undefined,
    title: 'Concurrency Playground: Chunked summation',
    ...over,
  };
}

test('the lab’s own inputs, without the shell’s parameters or the code lab’s code', () => {
  const search = new URLSearchParams(
    'lab=code&lang=en&theme=dark&embed=1&lesson=gil&workers=2&fn=x&items=y&k=3',
  );
  expect(labInputs(search).toString()).toBe('workers=2&k=3');
});

test('embed.js snippet: the script from the site, then the div with inputs, language, theme and lesson', () => {
  expect(scriptSnippet(choices({ lang: 'zh', theme: 'dark', lesson: 'gil' }))).toBe(
    [
      '<script src="https://teach.example/playground/embed.js" async></script>',
      '',
      '<div data-concurrency-lab="sum" data-params="workers=4&amp;chunks=1" data-lang="zh" data-theme="dark" data-lesson="gil"></div>',
    ].join('\n'),
  );
  // Nothing chosen: nothing forced on the course page.
  expect(scriptSnippet(choices({ inputs: new URLSearchParams() }))).toContain(
    '<div data-concurrency-lab="sum"></div>',
  );
});

test('iframe snippet: an embedded, lazy, isolatable frame at the lab’s address', () => {
  const text = iframeSnippet(choices({ lang: 'en' }));
  expect(text).toContain(
    'src="https://teach.example/playground/?lab=sum&amp;embed=1&amp;lang=en&amp;workers=4&amp;chunks=1"',
  );
  expect(text).toContain('loading="lazy"');
  expect(text).toContain('allow="cross-origin-isolated"');
  expect(text).toContain('title="Concurrency Playground: Chunked summation"');
});

test('attribute values cannot close their quotes', () => {
  const inputs = new URLSearchParams({ seed: '"><script>' });
  expect(scriptSnippet(choices({ inputs }))).not.toContain('"><script>');
  expect(frameUrl(choices({ inputs }))).toContain('seed=%22%3E%3Cscript%3E');
});
