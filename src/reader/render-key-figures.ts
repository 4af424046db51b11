import type { KeyFigures } from '../core/figures/key-figures';
import { h } from './h';

export type Translate = (key: string, sub?: string) => string;

// The panel is a guide to the story, not an index: a reader scans a dozen entries, not fifty.
const MAX_PEOPLE = 15;
const MAX_NUMBERS = 12;

/**
 * The key-figures panel: people (name, role, mentions) and numbers (text,
 * kind). Every entry is a button; choosing one asks the reader to show the
 * sentence it comes from.
 */
export function renderKeyFigures(figures: KeyFigures, t: Translate, onSelect: (sentence: string, button: HTMLButtonElement) => void): HTMLElement[] {
  // The name comes from the visible text (WCAG 2.5.3, label in name); a hidden comma keeps name and role apart when read out.
  const sep = () => h('span', { class: 'visually-hidden' }, ', ');
  const entry = (sentence: string, ...content: Array<Node | string | null>) => {
    const button = h('button', { type: 'button', class: 'figure', 'aria-pressed': 'false', title: sentence }, ...content);
    button.addEventListener('click', () => onSelect(sentence, button));
    return h('li', {}, button);
  };
  const people = figures.people.slice(0, MAX_PEOPLE);
  const numbers = figures.numbers.slice(0, MAX_NUMBERS);
  if (!people.length && !numbers.length) return [h('p', { class: 'figures-empty' }, t('noFigures'))];
  const out: HTMLElement[] = [];
  if (people.length) {
    out.push(h('section', { class: 'figures-group', 'aria-labelledby': 'figures-people' },
      h('h2', { id: 'figures-people' }, t('people')),
      h('ul', { class: 'figures-list' }, ...people.map((p) => entry(p.sentence,
        h('span', { class: 'figure-name' }, p.name),
        p.role ? sep() : null,
        p.role ? h('span', { class: 'figure-role' }, p.role) : null,
        p.mentions > 1 ? h('span', { class: 'figure-count', 'aria-hidden': 'true' }, `×${p.mentions}`) : null,
      )))));
  }
  if (numbers.length) {
    out.push(h('section', { class: 'figures-group', 'aria-labelledby': 'figures-numbers' },
      h('h2', { id: 'figures-numbers' }, t('numbers')),
      h('ul', { class: 'figures-list' }, ...numbers.map((n) => entry(n.sentence,
        h('span', { class: 'figure-name' }, n.text),
        sep(),
        h('span', { class: 'figure-kind' }, t(`kind_${n.kind}`)),
      )))));
  }
  return out;
}
