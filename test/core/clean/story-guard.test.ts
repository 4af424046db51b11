import { describe, expect, it } from 'vitest';
import { removeAndPrune } from '../../../src/core/clean/remove-and-prune';
import { guardStory } from '../../../src/core/clean/story-guard';
import { blockText } from '../../../src/core/text/block-text';
import { parseDocument } from '../../../src/node/parse-document';

// Bare markup, no class names: the guard reads only text and links.
function content(html: string): Element {
  const { document } = parseDocument(`<!doctype html><body><div id="c">${html}</div></body>`, 'https://news.example/2024/05/story.html');
  return document.getElementById('c')!;
}
// Story paragraphs of 40+ words that share the story's words (harbour, council, ferry, ...).
const STORY = [
  'The harbour council voted on Tuesday to keep the night ferry running through the winter, after residents of the island said the last boat at eleven was the only way home for nurses and cooks who work late shifts in the town.',
  'Members of the council said the ferry would cost the harbour about forty thousand euros more each winter, and that the island residents, the nurses and the cooks had made a case for the late boat that the council could not turn down this year.',
  'The ferry company said the night boat would keep its winter timetable, and that the council would review the cost of the service with the island residents before the next winter begins in the harbour town, so that nobody who works late is left on the quay.',
]
  .map((t) => `<p>${t}</p>`)
  .join('');
const PITCH =
  '<p>Join thousands of readers who get our free morning briefing delivered straight to their inbox every single weekday, with exclusive offers from our partners, puzzles, recipes and much more besides. Unsubscribe at any time with one click, and read our privacy policy to learn how we process data.</p>';

describe('guardStory', () => {
  it('marks paragraphs of story prose, and removeAndPrune keeps them', () => {
    const c = content(`<div>${STORY}</div><p>Share this</p>`);
    expect(guardStory(c)).toBe(3);
    const story = c.querySelector('p')!;
    expect(removeAndPrune(story, c)).toBe(false);
    // Nor may a pass take the story's container whole.
    expect(removeAndPrune(c.firstElementChild!, c)).toBe(false);
    expect(blockText(c)).toContain('night ferry');
    // Furniture beside it still goes.
    expect(removeAndPrune(c.querySelector('div + p')!, c)).toBe(true);
    expect(blockText(c)).not.toContain('Share this');
  });

  it("does not mark a long block that shares little of the story's vocabulary, nor one mostly of links", () => {
    const links = `<p>${Array.from({ length: 12 }, (_, i) => `<a href="/harbour/${i}">Harbour council ferry story number ${i}</a>`).join(' ')}</p>`;
    const c = content(`${STORY}${PITCH}${links}`);
    expect(guardStory(c)).toBe(3);
    expect(removeAndPrune(c.children[3]!, c)).toBe(true);
    expect(removeAndPrune(c.children[3]!, c)).toBe(true);
    expect(blockText(c)).not.toContain('morning briefing');
  });

  it('lets a caller with a second signal remove story prose (the same text printed twice, a labelled comment thread)', () => {
    const c = content(STORY);
    guardStory(c);
    expect(removeAndPrune(c.lastElementChild!, c, true)).toBe(true);
    expect(blockText(c)).not.toContain('next winter begins');
  });

  it('removes at most half of the words outside links without a second signal; links cost nothing', () => {
    // Short paragraphs (under 40 words: no one of them is marked), then a long list of links.
    const short = Array.from({ length: 10 }, (_, i) => `<p>Short line ${i} of the story with seven words.</p>`).join('');
    const list = `<ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/more/${i}">Another story of the week ${i}</a></li>`).join('')}</ul>`;
    const c = content(`${short}${list}`);
    expect(guardStory(c)).toBe(0);
    expect(removeAndPrune(c.querySelector('ul')!, c)).toBe(true);
    let removed = 0;
    for (const p of Array.from(c.querySelectorAll('p'))) if (removeAndPrune(p, c)) removed++;
    expect(removed).toBe(5);
    expect(blockText(c)).toContain('Short line 9');
  });

  it('leaves removeAndPrune unbounded on an element no guard was set for', () => {
    const c = content(STORY);
    expect(removeAndPrune(c.firstElementChild!, c)).toBe(true);
  });
});
