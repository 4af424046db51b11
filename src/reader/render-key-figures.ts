import type { Figure, KeyFigures } from '../core/figures/key-figures';
import { foldSpace, foldedText } from './find-text-range';
import { h } from './h';
import type { Translate } from '../core/i18n/translate';

/**
 * What keeps each entry in the list while the reader removes blocks: a
 * number stays while its sentence is in the article; a person while any
 * form of their name is, so someone named in the removed block and
 * elsewhere stays, and someone named only there goes.
 */
type Source = { sentence: string } | { aliases: string[]; mentions?: Mentions };
/** A person's "×N": how many mentions the figures counted, and how many times their names occur in the story they were counted in. */
interface Mentions {
  counted: number;
  occurrences: number;
  label: HTMLElement;
}
const sources = new WeakMap<Element, Source>();

// The panel is a guide to the story, not an index: a reader scans a dozen entries, not fifty.
const MAX_PEOPLE = 15;
// Behind "All numbers": every other figure, up to a bound a reader can still scroll.
const MAX_OTHER_NUMBERS = 60;

/**
 * The key-figures panel: people (name, role, mentions), the key numbers (at
 * most 8, text and kind), and the other numbers folded under "All numbers".
 * Every entry is a button; choosing one asks the reader to show the sentence
 * it comes from. In a language whose people are not looked for, the panel
 * says so rather than that the story names nobody.
 */
export function renderKeyFigures(
  figures: KeyFigures,
  t: Translate,
  onSelect: (sentence: string, button: HTMLButtonElement) => void,
  /** The text the figures were computed from: with it, a person's "×N" follows the reader's removals. */
  storyText?: string,
): HTMLElement[] {
  // The name comes from the visible text (WCAG 2.5.3, label in name); a hidden comma keeps name and role apart when read out.
  const sep = () => h('span', { class: 'visually-hidden' }, ', ');
  const entry = (sentence: string, source: Source, ...content: Array<Node | string | null>) => {
    const button = h('button', { type: 'button', class: 'figure', 'aria-pressed': 'false', title: sentence }, ...content);
    button.addEventListener('click', () => onSelect(sentence, button));
    const li = h('li', {}, button);
    sources.set(li, source);
    return li;
  };
  const numberEntry = (n: Figure) =>
    entry(
      n.sentence,
      { sentence: n.sentence },
      h('span', { class: 'figure-name' }, n.text),
      sep(),
      h('span', { class: 'figure-kind' }, t(`kind_${n.kind}`)),
    );
  const people = figures.people.slice(0, MAX_PEOPLE);
  const key = figures.numbers.filter((n) => n.key);
  const others = figures.numbers.filter((n) => !n.key).slice(0, MAX_OTHER_NUMBERS);
  const unread = figures.peopleUnread ? h('p', { class: 'figures-empty figures-unread' }, t('peopleNotDetected')) : null;
  if (!people.length && !figures.numbers.length) return [unread ?? h('p', { class: 'figures-empty' }, t('noFigures'))];
  const out: HTMLElement[] = [];
  if (unread) out.push(unread);
  if (people.length) {
    out.push(
      h(
        'section',
        { class: 'figures-group', 'aria-labelledby': 'figures-people' },
        h('h2', { id: 'figures-people' }, t('people')),
        h(
          'ul',
          { class: 'figures-list' },
          ...people.map((p) => {
            const aliases = p.aliases.length ? p.aliases : [p.name];
            const count = p.mentions > 1 ? h('span', { class: 'figure-count', 'aria-hidden': 'true' }, `×${p.mentions}`) : null;
            const mentions =
              count && storyText !== undefined
                ? { counted: p.mentions, occurrences: countNames(wordsOf(storyText), aliases), label: count }
                : undefined;
            return entry(
              p.sentence,
              { aliases, mentions },
              h('span', { class: 'figure-name' }, p.name),
              p.role ? sep() : null,
              p.role ? h('span', { class: 'figure-role' }, p.role) : null,
              count,
            );
          }),
        ),
      ),
    );
  }
  if (figures.numbers.length) {
    const all = others.length
      ? h(
          'details',
          { class: 'figures-all' },
          h('summary', { class: 'figures-all-count' }, t('allNumbers', String(others.length))),
          h('ul', { class: 'figures-list' }, ...others.map(numberEntry)),
        )
      : null;
    out.push(
      h(
        'section',
        { class: 'figures-group', 'aria-labelledby': 'figures-numbers' },
        h('h2', { id: 'figures-numbers' }, t('numbers')),
        key.length ? h('ul', { class: 'figures-list' }, ...key.map(numberEntry)) : null,
        all,
      ),
    );
  }
  return out;
}

/**
 * Shows only the entries still in the article (`body`): after the reader
 * removes a block, its numbers and the people named only there leave the
 * list; on undo they come back. A group left empty hides, and "All numbers"
 * counts what is left.
 */
export function showFiguresInBody(panel: ParentNode, body: Node, t: Translate): void {
  const text = foldedText(body);
  const words = wordsOf(text);
  for (const li of Array.from(panel.querySelectorAll('li'))) {
    const source = sources.get(li);
    if (!source) continue;
    if ('sentence' in source) {
      li.hidden = !text.includes(foldSpace(source.sentence));
      continue;
    }
    const left = countNames(words, source.aliases);
    li.hidden = left === 0;
    const m = source.mentions;
    if (m && left > 0) {
      // Each occurrence the removed blocks took away was one of the counted mentions: the count drops by as many,
      // never below one while the person is still named, never above what was counted.
      const n = Math.max(1, Math.min(m.counted, m.counted - (m.occurrences - left)));
      m.label.textContent = `×${n}`;
      m.label.hidden = n < 2;
    }
  }
  const shown = (root: Element) => root.querySelectorAll('li:not([hidden])').length;
  for (const all of Array.from(panel.querySelectorAll<HTMLDetailsElement>('details.figures-all'))) {
    const n = shown(all);
    all.hidden = n === 0;
    const summary = all.querySelector('.figures-all-count');
    if (summary) summary.textContent = t('allNumbers', String(n));
  }
  for (const group of Array.from(panel.querySelectorAll<HTMLElement>('section.figures-group'))) group.hidden = shown(group) === 0;
}

/** Lower-case words separated by single spaces, with a space at each end, so a name matches only as whole words. */
function wordsOf(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

/** How many places in `words` name the person: overlapping forms ("Ana Ruiz", "Ruiz") at one place count once. */
function countNames(words: string, aliases: string[]): number {
  const spans: Array<[number, number]> = [];
  for (const alias of aliases) {
    const name = wordsOf(alias).trim();
    if (!name) continue;
    for (let at = words.indexOf(` ${name} `); at >= 0; at = words.indexOf(` ${name} `, at + 1)) spans.push([at + 1, at + 1 + name.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let count = 0;
  let end = -1;
  for (const [start, stop] of spans) {
    if (start >= end) count++;
    end = Math.max(end, stop);
  }
  return count;
}
