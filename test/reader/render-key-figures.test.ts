// @vitest-environment jsdom
/**
 * The key-figures list follows the reader's removals: a number whose
 * sentence was in a removed block leaves the list, a person named only
 * there goes, one named elsewhere too stays, and undo brings them back.
 * Driven through the real block editor (its Delete key and Ctrl+Z), as a reader does it.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import type { KeyFigures } from '../../src/core/figures/key-figures';
import { blockKeys, readerBlocks } from '../../src/core/rules/reader-blocks';
import { BLOCKS_CHANGED, createBlockEditor } from '../../src/reader/edit-blocks';
import { renderKeyFigures, showFiguresInBody } from '../../src/reader/render-key-figures';

const t = (key: string, sub?: string | string[]) => `${key}${sub ? `(${[sub].flat().join(',')})` : ''}`;

const STORY = [
  'The council met on Monday. Mayor Ana Ruiz said the budget grows by 4 percent.',
  'In a side note, engineer Tom Berg counted 120 new street lights across  the\n  city.',
  'Ruiz added that 30 jobs would follow in 2026.',
  'A last paragraph with nothing to count, long enough to be prose.',
];

const figures: KeyFigures = {
  people: [
    {
      name: 'Ana Ruiz',
      role: 'Mayor',
      aliases: ['Ana Ruiz', 'Ruiz'],
      mentions: 2,
      sentence: 'Mayor Ana Ruiz said the budget grows by 4 percent.',
    },
    { name: 'Tom Berg', role: 'engineer', aliases: ['Tom Berg', 'Berg'], mentions: 1, sentence: STORY[1]!.replace(/\s+/g, ' ').slice(13) },
  ],
  numbers: [
    { text: '4 percent', kind: 'percent', key: true, sentence: 'Mayor Ana Ruiz said the budget grows by 4 percent.' },
    { text: '120', kind: 'count', key: true, sentence: 'engineer Tom Berg counted 120 new street lights across the city.' },
    { text: '30 jobs', kind: 'count', key: false, sentence: 'Ruiz added that 30 jobs would follow in 2026.' },
    { text: '2026', kind: 'year', key: false, sentence: 'Ruiz added that 30 jobs would follow in 2026.' },
  ],
};

function setUp() {
  document.body.innerHTML = `<aside id="panel"></aside><article><div class="reader-body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></article>`;
  const body = document.querySelector<HTMLElement>('.reader-body')!;
  const panel = document.getElementById('panel')!;
  panel.replaceChildren(...renderKeyFigures(figures, t, () => undefined, STORY.join('\n\n')));
  const follow = () => showFiguresInBody(panel, body, t);
  follow();
  body.addEventListener(BLOCKS_CHANGED, follow);
  const blocks = readerBlocks(body);
  const keys = blockKeys(blocks);
  const article = {
    url: 'https://news.example/a',
    blocks: blocks.map((_, i) => ({ key: keys[i]!, shape: { parts: [] } })),
  } as unknown as Article;
  const editor = createBlockEditor({ article, body, t, site: null, rules: null, keys: document });
  const shown = () =>
    Array.from(panel.querySelectorAll('li:not([hidden]) .figure-name'))
      .filter((n) => !n.closest('[hidden]'))
      .map((n) => n.textContent);
  return { body, panel, editor, shown };
}

const key = (target: Element, k: string, extra: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...extra }));

describe('key figures after a removal', () => {
  it('lists everything while the whole story is there', () => {
    const { shown, panel } = setUp();
    expect(shown()).toEqual(['Ana Ruiz', 'Tom Berg', '4 percent', '120', '30 jobs', '2026']);
    expect(panel.querySelector('.figures-all-count')?.textContent).toBe('allNumbers(2)');
  });

  it('drops the numbers of a removed block and the people named only there, and brings them back on undo', () => {
    const { body, editor, shown } = setUp();
    editor.button.click();
    key(body.children[1]!, 'Delete');
    expect(shown()).toEqual(['Ana Ruiz', '4 percent', '30 jobs', '2026']);
    key(document.body, 'z', { ctrlKey: true });
    expect(shown()).toEqual(['Ana Ruiz', 'Tom Berg', '4 percent', '120', '30 jobs', '2026']);
  });

  it('keeps a person named in another block too, and counts what is left under All numbers, hiding it when empty', () => {
    const { body, editor, panel, shown } = setUp();
    editor.button.click();
    // The third paragraph has both "All numbers" entries and a mention of Ruiz; her first sentence is elsewhere.
    key(body.children[2]!, 'Delete');
    expect(shown()).toEqual(['Ana Ruiz', 'Tom Berg', '4 percent', '120']);
    expect(panel.querySelector<HTMLElement>('details.figures-all')?.hidden).toBe(true);
    // The first paragraph goes too: Ruiz is named nowhere now.
    key(body.children[0]!, 'Delete');
    expect(shown()).toEqual(['Tom Berg', '120']);
    key(body.children[0]!, 'Delete');
    // Nothing left in a group: the group hides, heading and all.
    const groups = Array.from(panel.querySelectorAll<HTMLElement>('section.figures-group'));
    expect(groups.map((g) => g.hidden)).toEqual([true, true]);
  });

  it("recounts a person's mentions: a removed block takes its mentions with it, and undo gives them back", () => {
    const { body, editor, panel } = setUp();
    const ruiz = () => panel.querySelector<HTMLElement>('li .figure-count')!;
    const count = () => (ruiz().hidden ? '' : ruiz().textContent);
    expect(count()).toBe('×2');
    editor.button.click();
    // Tom Berg's paragraph names her nowhere: her count stays.
    key(body.children[1]!, 'Delete');
    expect(count()).toBe('×2');
    // The third names her once ("Ruiz added"): one mention is left, and a single mention shows no count.
    key(body.children[1]!, 'Delete');
    expect(count()).toBe('');
    key(document.body, 'z', { ctrlKey: true });
    expect(count()).toBe('×2');
  });

  it('matches a name as a whole word, not inside another', () => {
    const { body, panel } = setUp();
    body.innerHTML = '<p>Ruizdael painted 4 percent of it. Mayor Ana Ruiz said the budget grows by 4 percent.</p>';
    showFiguresInBody(panel, body, t);
    body.innerHTML = '<p>Ruizdael painted it.</p>';
    showFiguresInBody(panel, body, t);
    expect(Array.from(panel.querySelectorAll('li:not([hidden]) .figure-name')).map((n) => n.textContent)).toEqual([]);
  });
});
