import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { rangeInBlock, wordSpan } from '../../src/reader/word-highlight';

const { document } = new JSDOM('').window;

function block(html: string): HTMLElement {
  const p = document.createElement('p');
  p.append(JSDOM.fragment(html));
  return p;
}
const spoken = (el: HTMLElement) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('wordSpan', () => {
  const text = 'The mayor’s plan costs €4.5 million, officials said.';
  it('takes the span the engine gives', () => {
    expect(wordSpan(text, 4, 7)).toEqual({ start: 4, end: 11 });
  });
  it('runs to the end of the word when the engine gives no length', () => {
    expect(wordSpan(text, 4)).toEqual({ start: 4, end: 11 });
    expect(wordSpan(text, 4, 0)).toEqual({ start: 4, end: 11 });
    expect(text.slice(37, wordSpan(text, 37)?.end)).toBe('officials');
  });
  it('skips the space an engine points at before the word, and trailing spaces of a span', () => {
    expect(wordSpan(text, 3)).toEqual({ start: 4, end: 11 });
    expect(wordSpan('one two', 0, 4)).toEqual({ start: 0, end: 3 });
  });
  it('marks a lone symbol as itself, and refuses offsets outside the text', () => {
    expect(wordSpan(text, 23)).toEqual({ start: 23, end: 24 });
    expect(wordSpan(text, -1, 3)).toBeNull();
    expect(wordSpan(text, text.length, 3)).toBeNull();
    expect(wordSpan(text, 1.5, 3)).toBeNull();
    expect(wordSpan('a   ', 1)).toBeNull();
  });
});

describe('rangeInBlock', () => {
  it('maps offsets in the spoken text onto the block’s own text nodes, across inline markup and folded whitespace', () => {
    const p = block('\n   Officials <em>in\n\n  Bonn</em> said <a href="#">the   plan</a> works.  ');
    const text = spoken(p);
    expect(text).toBe('Officials in Bonn said the plan works.');
    for (const word of ['Officials', 'in', 'Bonn', 'said', 'the', 'plan', 'works.']) {
      const start = text.indexOf(word);
      const range = rangeInBlock(p, { start, end: start + word.length });
      expect(range?.toString()).toBe(word);
    }
    // A span across elements and folded spaces.
    const start = text.indexOf('in Bonn');
    expect(rangeInBlock(p, { start, end: start + 'in Bonn said'.length })?.toString()).toBe('in\n\n  Bonn said');
    // The block's DOM is left as it was: no text node split, nothing wrapped.
    expect(p.innerHTML).toBe('\n   Officials <em>in\n\n  Bonn</em> said <a href="#">the   plan</a> works.  ');
  });
  it('gives nothing for a span past the end', () => {
    expect(rangeInBlock(block('Short.'), { start: 2, end: 40 })).toBeNull();
  });
});
