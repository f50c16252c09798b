import { describe, expect, it } from 'vitest';
import indexHtml from '../../index.html?raw';
import { bootNoteMessages, showBootNoteIn } from './boot-note.ts';

function pageWithNote(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('boot note', () => {
  it('index.html carries the English line, and no Chinese glyph outside its comments', () => {
    const doc = new DOMParser().parseFromString(indexHtml, 'text/html');
    const note = doc.querySelector('#root > .boot-note');
    expect(note?.textContent).toBe(bootNoteMessages.en.starting);
    expect(note?.getAttribute('lang')).toBe('en');
    const withoutComments = indexHtml.replace(/<!--[\s\S]*?-->/g, '');
    expect(withoutComments).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
  });

  it('shows the Chinese line, marked as Chinese, on a page in Chinese', () => {
    const page = pageWithNote('<div id="root"><p class="boot-note" lang="en">x</p></div>');
    showBootNoteIn('zh', page);
    const note = page.querySelector('.boot-note');
    expect(note?.textContent).toBe('正在启动…');
    expect(note?.getAttribute('lang')).toBe('zh-CN');
  });

  it('leaves a page alone once the app has replaced the note', () => {
    const page = pageWithNote('<div id="root"><h1>Concurrency Playground</h1></div>');
    showBootNoteIn('zh', page);
    expect(page.querySelector('#root')?.innerHTML).toBe('<h1>Concurrency Playground</h1>');
  });
});
