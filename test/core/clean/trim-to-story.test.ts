import { describe, expect, it } from 'vitest';
import { trimToStory } from '../../../src/core/clean/trim-to-story';
import { blockText } from '../../../src/core/text/block-text';
import { parseDocument } from '../../../src/node/parse-document';

// Class-less markup, as old table layouts print it: the story's cell holds navigation and lists around the story.
function content(html: string): Element {
  const { document } = parseDocument(`<!doctype html><body><div id="c">${html}</div></body>`, 'https://news.example/2008/01/story.html');
  return document.getElementById('c')!;
}
const para = (i: number) =>
  `<p>Paragraph ${i} of the story tells how the council met on Tuesday evening and what the members decided about the bridge, the budget and the school.</p>`;
const links = (n: number, label = 'Other story') =>
  Array.from({ length: n }, (_, i) => `<a href="/2008/01/other-${i}.html">${label} number ${i}</a>`).join(' | ');
const STORY = [1, 2, 3, 4].map(para).join('');

describe('trimToStory', () => {
  it('cuts navigation before the story and link lists after it, from the first list that separates them', () => {
    const c = content(
      `<div>${links(6, 'Section')}</div><div>Wednesday, January 9, 2008</div>${STORY}<p>Short last line.</p><div>More stories</div><div>${links(5)}</div><div>Copyright 2008</div>`,
    );
    expect(trimToStory(c)).toBe(4);
    const text = blockText(c);
    expect(text).not.toContain('Section number');
    expect(text).not.toContain('Other story');
    expect(text).not.toContain('Copyright');
    // What sits next to the story, with no link list between, stays: a dateline above, the last short line below.
    expect(text).toContain('Wednesday, January 9, 2008');
    expect(text).toContain('Short last line.');
    expect(text).toContain('Paragraph 4');
  });

  it("takes a run of single links (a list of the site's sections) for a break, and keeps a byline with one link", () => {
    const nav = `<ul>${['Home', 'News', 'Sport', 'Business'].map((s) => `<li><a href="/${s}">${s}</a></li>`).join('')}</ul>`;
    const c = content(`${nav}<p>By <a href="/staff/ann">Ann Lee</a></p>${STORY}`);
    trimToStory(c);
    const text = blockText(c);
    expect(text).not.toContain('Business');
    expect(text).toContain('By Ann Lee');
  });

  it('never cuts a paragraph of prose, nor lists between two paragraphs of the story', () => {
    const c = content(`${para(1)}<div>${links(4)}</div>${para(2)}<div>${links(4)}</div>${para(3)}`);
    expect(trimToStory(c)).toBe(0);
    expect(blockText(c)).toContain('Other story number 3');
  });

  it('never cuts more than half of the words, unless what it cuts is mostly links', () => {
    const teasers = Array.from({ length: 20 }, (_, i) => `<div>Teaser line ${i} with six words</div>`).join('');
    expect(trimToStory(content(`${para(1)}${para(2)}<div>${links(2)}</div>${teasers}`))).toBe(0);
    const c = content(`${para(1)}${para(2)}<div>${links(40)}</div>`);
    expect(trimToStory(c)).toBe(1);
    expect(blockText(c)).not.toContain('Other story');
  });

  it('trims a short wire story with one long paragraph, and a list whose links are set apart by empty items', () => {
    // Headlines in a table, each row followed by an empty spacer item, then the story: one 20-word paragraph and short ones.
    const list = Array.from(
      { length: 6 },
      (_, i) =>
        `<tr><td><a href="/2008/01/other-${i}.html">Other headline ${i} of the day</a></td></tr><tr><td><ul><li></li></ul></td></tr>`,
    ).join('');
    const short = ['The deal was signed on Friday.', 'It runs for three years.', 'Both sides called it a fair result for all.']
      .map((t) => `<p>${t}</p>`)
      .join('');
    const c = content(`<table>${list}</table>${para(1)}${short}`);
    expect(trimToStory(c)).toBeGreaterThan(0);
    const text = blockText(c);
    expect(text).not.toContain('Other headline');
    expect(text).toContain('Paragraph 1');
    expect(text).toContain('Both sides called it a fair result for all.');
  });
  it('cuts a list of teasers after the story: each opens with a headline link to another story of the site, then its blurb', () => {
    const blurb =
      'The council said on Monday that the work would take most of the spring and cost more than planned, and residents were asked to use the side streets.';
    const teasers = `<ul>${[1, 2, 3].map((i) => `<li><a href="/2008/01/other-${i}.html">Other headline number ${i} today</a> ${blurb} <a href="/2008/01/other-${i}.html">Full story</a></li>`).join('')}</ul>`;
    const c = content(`${STORY}<p>Also in the news</p>${teasers}`);
    expect(trimToStory(c)).toBeGreaterThan(0);
    const text = blockText(c);
    expect(text).not.toContain('Other headline');
    expect(text).not.toContain('Also in the news');
    expect(text).toContain('Paragraph 4');
  });

  it('keeps a link round-up: paragraphs that open with a link to another site are the story', () => {
    const items = [1, 2, 3]
      .map(
        (i) =>
          `<p><a href="https://elsewhere${i}.example/post">A great read number ${i}</a> explains how the council met on Tuesday evening and what the members decided about the bridge.</p>`,
      )
      .join('');
    const c = content(`${para(1)}${items}`);
    expect(trimToStory(c)).toBe(0);
    expect(blockText(c)).toContain('A great read number 3');
  });
  it("keeps a story told as a list whose items open with a linked sentence, even to the site's own stories", () => {
    // "10 things you need to know": each item links its first words, and the sentence goes on after the link.
    const items = `<ul>${[1, 2, 3, 4, 5].map((i) => `<li><a href="/2008/01/point-${i}.html">The council is investigating point ${i}</a> after the members met on Tuesday evening. The mayor said the bridge would wait.</li>`).join('')}</ul>`;
    const c = content(
      `<p>Good morning! Here is what you need to know today.</p>${items}<p>You can also read this briefing every morning in the app, with a short summary of the day and the weather.</p>`,
    );
    trimToStory(c);
    expect(blockText(c)).toContain('investigating point 1');
    expect(blockText(c)).toContain('investigating point 5');
  });
});
