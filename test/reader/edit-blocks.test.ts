// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article';
import type { BlockShape } from '../../src/core/rules/block-shape';
import { blockKeys, readerBlocks } from '../../src/core/rules/reader-blocks';
import { createBlockEditor } from '../../src/reader/edit-blocks';
import { createOutline } from '../../src/reader/mount-outline';

const t = (key: string, sub?: string | string[]) => `${key}${sub ? `(${[sub].flat().join(',')})` : ''}`;
const story = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Story paragraph ${i} with words enough to count as prose here.</p>`).join('');
const promo: BlockShape = { parts: [{ tag: 'div', classes: ['promo'], id: null }] };
const plain: BlockShape = { parts: [{ tag: 'p', classes: [], id: null }] };

function setUp(html: string, shapeFor: (block: Element) => BlockShape) {
  document.body.innerHTML = `<article><div class="reader-body">${html}</div></article>`;
  const body = document.querySelector<HTMLElement>('.reader-body')!;
  const blocks = readerBlocks(body);
  const keys = blockKeys(blocks);
  const article = { url: 'https://news.example/a', blocks: blocks.map((b, i) => ({ key: keys[i]!, shape: shapeFor(b) })) } as Article;
  const rules = { save: vi.fn(async () => undefined), remove: vi.fn(async () => undefined) };
  const editor = createBlockEditor({ article, body, t, site: 'news.example', rules, keys: document });
  document.querySelector('article')!.prepend(editor.button);
  return { body, editor, rules, status: () => editor.strip.querySelector('[role=status]')!.textContent };
}

const key = (target: Element, k: string, extra: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...extra }));

describe('Remove this block', () => {
  it('makes every block focusable in edit mode, removes one with Delete and remembers its shape for the site', async () => {
    const { body, editor, rules, status } = setUp(`${story(4)}<div class="promo">Subscribe to our letters today</div>${story(2)}`, (b) =>
      b.classList.contains('promo') ? promo : plain,
    );
    editor.button.click();
    expect(editor.button.getAttribute('aria-pressed')).toBe('true');
    expect(editor.strip.hidden).toBe(false);
    const blocks = readerBlocks(body);
    expect(blocks.every((b) => b.getAttribute('tabindex') === '0')).toBe(true);
    const box = body.querySelector('.promo')!;
    key(box, 'Delete');
    expect(body.querySelector('.promo')).toBeNull();
    expect(rules.save).toHaveBeenCalledWith(promo);
    await Promise.resolve();
    await Promise.resolve();
    expect(status()).toBe('editRemovedRemembered(1,news.example)');
    // Focus went on to the next block.
    expect(document.activeElement?.textContent).toContain('Story paragraph 0');
  });

  it('puts it back with Undo and with Ctrl+Z, forgetting the rule', async () => {
    const { body, editor, rules, status } = setUp(`${story(4)}<div class="promo">Subscribe</div>${story(2)}`, (b) =>
      b.classList.contains('promo') ? promo : plain,
    );
    editor.button.click();
    key(body.querySelector('.promo')!, 'Delete');
    key(document.body, 'z', { ctrlKey: true });
    expect(body.children[4]?.className).toContain('promo');
    expect(rules.remove).toHaveBeenCalledWith(promo);
    expect(status()).toBe('editUndoneForgotten');
    (body.querySelector('.promo') as HTMLElement).click();
    expect(body.querySelector('.promo')).toBeNull();
    (editor.strip.querySelector('.edit-undo') as HTMLButtonElement).click();
    expect(body.querySelector('.promo')).not.toBeNull();
  });

  it('removes a block with no shape of its own, or one most of the story shares, from this page only', () => {
    const { body, editor, rules, status } = setUp(story(6), () => plain);
    editor.button.click();
    key(body.querySelector('p')!, 'Delete');
    expect(body.querySelectorAll('p')).toHaveLength(5);
    expect(rules.save).not.toHaveBeenCalled();
    expect(status()).toBe('editRemovedPlain');
    const shared: BlockShape = { parts: [{ tag: 'p', classes: ['text'], id: null }] };
    const second = setUp(story(6), () => shared);
    second.editor.button.click();
    key(second.body.querySelector('p')!, 'Delete');
    expect(second.body.querySelectorAll('p')).toHaveLength(5);
    expect(second.rules.save).not.toHaveBeenCalled();
    expect(second.status()).toBe('editRemovedTooMuch');
  });

  it('ends editing with Esc, giving focus back to the Edit button', () => {
    const { body, editor } = setUp(story(3), () => plain);
    editor.button.click();
    key(body.querySelector('p')!, 'Escape');
    expect(editor.strip.hidden).toBe(true);
    expect(body.querySelector('[tabindex]')).toBeNull();
    expect(document.activeElement).toBe(editor.button);
  });

  it('leaves links alone outside edit mode, and Delete does nothing there', () => {
    const { body } = setUp(`${story(3)}<div class="promo">Subscribe</div>`, (b) => (b.classList.contains('promo') ? promo : plain));
    key(body.querySelector('.promo')!, 'Delete');
    (body.querySelector('.promo') as HTMLElement).click();
    expect(body.querySelector('.promo')).not.toBeNull();
  });
});

describe('the outline', () => {
  it('lists three or more subheadings, with links to them, in a labelled nav', () => {
    document.body.innerHTML = `<div class="reader-body">${story(1)}<h2>One</h2>${story(1)}<h2>Two</h2><h3>Two a</h3>${story(1)}</div>`;
    const outline = createOutline({ body: document.querySelector('.reader-body')!, t, scroller: null })!;
    const nav = outline.element.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('outlineLabel');
    const links = Array.from(nav.querySelectorAll('a'));
    expect(links.map((a) => a.textContent)).toEqual(['One', 'Two', 'Two a']);
    expect(links.map((a) => document.querySelector(a.getAttribute('href')!)?.textContent)).toEqual(['One', 'Two', 'Two a']);
    expect(links[2]!.className).toContain('outline-level-1');
  });

  it('is not there with fewer than three', () => {
    document.body.innerHTML = `<div class="reader-body">${story(1)}<h2>One</h2>${story(1)}<h2>Two</h2></div>`;
    expect(createOutline({ body: document.querySelector('.reader-body')!, t, scroller: null })).toBeNull();
  });
});
