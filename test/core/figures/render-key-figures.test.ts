// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { KeyFigures } from '../../../src/core/figures/key-figures';
import { renderKeyFigures } from '../../../src/reader/render-key-figures';

const t = (key: string, sub?: string | string[]) => (sub ? `${key}(${sub})` : key);
const figure = (text: string, key: boolean) => ({ text, kind: 'count' as const, key, sentence: `${text}.` });
const render = (figures: KeyFigures) => {
  const root = document.createElement('div');
  root.append(...renderKeyFigures(figures, t, () => {}));
  return root;
};

describe('renderKeyFigures', () => {
  it('shows the key numbers and folds the rest under "All numbers"', () => {
    const root = render({
      people: [],
      numbers: [figure('4,000 jobs', true), figure('$2 billion', true), figure('2019', false), figure('Monday', false)],
    });
    const open = Array.from(root.querySelectorAll('section > ul .figure-name')).map((e) => e.textContent);
    expect(open).toEqual(['4,000 jobs', '$2 billion']);
    const all = root.querySelector('details.figures-all');
    expect(all?.querySelector('summary')?.textContent).toBe('allNumbers(2)');
    expect(Array.from(all?.querySelectorAll('.figure-name') ?? []).map((e) => e.textContent)).toEqual(['2019', 'Monday']);
  });

  it('says people are not detected in the language, instead of that the story names nobody, and still lists numbers', () => {
    const root = render({ people: [], numbers: [figure('45%', true)], peopleUnread: 'ru' });
    expect(root.querySelector('.figures-unread')?.textContent).toBe('peopleNotDetected');
    expect(root.textContent).not.toContain('noFigures');
    expect(root.querySelector('.figure-name')?.textContent).toBe('45%');
    expect(render({ people: [], numbers: [], peopleUnread: 'ja' }).textContent).toBe('peopleNotDetected');
    expect(render({ people: [], numbers: [] }).textContent).toBe('noFigures');
  });
});
