import { describe, expect, it } from 'vitest';
import { markHint } from '../../../src/core/clean/mark-boilerplate-hints';
import { matchBoilerplate } from '../../../src/core/clean/match-boilerplate';
import { removeBoilerplate } from '../../../src/core/clean/remove-boilerplate';
import { removeDuplicateBlocks } from '../../../src/core/clean/remove-duplicate-blocks';
import { removePopovers } from '../../../src/core/clean/remove-popovers';
import { removeRepeatedHeadlines } from '../../../src/core/clean/remove-repeated-headlines';
import { removeTeaserLinks } from '../../../src/core/clean/remove-teaser-links';
import { blockText } from '../../../src/core/text/block-text';
import { parseDocument } from '../../../src/node/parse-document';

/** A Readability-like content element from body HTML, on a page at url. */
function content(html: string, url = 'https://news.example/2024/story/'): Element {
  const { document } = parseDocument(`<!doctype html><body><div id="c">${html}</div></body>`, url);
  for (const el of Array.from(document.body.querySelectorAll('*'))) markHint(el);
  return document.getElementById('c')!;
}
const LONG =
  'This is a long paragraph of the story itself, with enough words in it that no rule could ever take it for a piece of furniture around the article, whatever it says.';

describe('matchBoilerplate', () => {
  it('matches whole short blocks in four languages', () => {
    expect(matchBoilerplate('Leave a Reply')).toBe('comments');
    expect(matchBoilerplate('Schreibe einen Kommentar')).toBe('comments');
    expect(matchBoilerplate('Votre adresse e-mail ne sera pas publiée.')).toBe('comments');
    expect(matchBoilerplate('Deja un comentario')).toBe('comments');
    expect(matchBoilerplate('Share this:')).toBe('share');
    expect(matchBoilerplate('Anzeige')).toBe('advertisement');
  });
  it('never matches a sentence that merely starts with the phrase', () => {
    expect(matchBoilerplate('Leave a reply, the sign said, and hundreds of readers did.')).toBeNull();
    expect(matchBoilerplate('Share this with your neighbours, the librarians wrote.')).toBeNull();
  });
});

describe('removeRepeatedHeadlines', () => {
  it('removes the headline printed as a block and keeps it quoted inside a sentence', () => {
    const c = content(`<h2>Night bus trial approved</h2><p>The paper ran "<b>Night bus trial approved</b>" last year. ${LONG}</p>`);
    expect(removeRepeatedHeadlines(c, 'Night bus trial approved', null)).toBe(1);
    expect(blockText(c)).toContain('The paper ran "Night bus trial approved" last year.');
    expect(c.querySelector('h2')).toBeNull();
  });
});

describe('removeBoilerplate', () => {
  it('takes the comment thread after a late comments heading, and keeps the story', () => {
    const c = content(`<p>${LONG}</p><p>${LONG} Again.</p><h3>2 comments</h3><p>Great piece!</p><p>I disagree.</p>`);
    removeBoilerplate(c);
    expect(blockText(c).split('\n\n')).toEqual([LONG, `${LONG} Again.`]);
  });
  it('removes datelines and credits but not list items', () => {
    const c = content(
      `<p>Updated Nov 19, 9:41 AM</p><p>${LONG}</p><figure><figcaption><p>A harbour crane.</p><p>Photo: Ann Lee, AP</p></figcaption></figure><ul><li>Updated Nov 19, 9:41 AM</li></ul>`,
    );
    removeBoilerplate(c);
    expect(blockText(c).split('\n\n')).toEqual([LONG, 'A harbour crane.', 'Updated Nov 19, 9:41 AM']);
  });
  it('removes a navigation list before the story but keeps a table of contents', () => {
    const c = content(
      `<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul><ol><li><a href="#a">First part</a></li></ol><p>${LONG}</p>`,
    );
    removeBoilerplate(c);
    expect(blockText(c).split('\n\n')).toEqual(['First part', LONG]);
  });
});

describe('removeTeaserLinks', () => {
  it('removes whole-link lines to the same site and prefixed teasers, keeps links to other sites and sentences with links', () => {
    const c = content(
      [
        `<p>${LONG}</p>`,
        '<p><strong><a href="https://www.news.example/2024/other/">TICKETS RISE AGAIN ON ALL LINES</a></strong></p>',
        '<p>Read more: <a href="https://news.example/2024/more/">Station renovation delayed</a></p>',
        '<p><a href="https://shop.example/item">Acme cordless drill with two batteries</a></p>',
        '<p>The <a href="https://news.example/2024/report/">report</a> is online.</p>',
      ].join(''),
    );
    expect(removeTeaserLinks(c)).toBe(2);
    expect(blockText(c).split('\n\n')).toEqual([LONG, 'Acme cordless drill with two batteries', 'The report is online.']);
  });
});

describe('removePopovers', () => {
  it('removes the hover card and keeps the name in the sentence', () => {
    const c = content(
      '<p>Senator <span class="rollover-people"><a href="/p/a">Ann Lee</a><span class="rollover-people-block"><img src="/a.jpg"><a href="/x">Other story</a> <a href="/y">Another</a></span></span> said no.</p><p><span class="sr-only">Image caption</span>A crane.</p>',
    );
    expect(removePopovers(c)).toBe(2);
    expect(blockText(c).split('\n\n')).toEqual(['Senator Ann Lee said no.', 'A crane.']);
  });
});

describe('removeDuplicateBlocks', () => {
  it('removes a pull quote printed twice', () => {
    const q = '“We stopped buying anything that comes in a box,” said the cook.';
    const c = content(`<p>${q}</p><p>${LONG}</p><blockquote><p>${q}</p></blockquote>`);
    expect(removeDuplicateBlocks(c)).toBe(1);
  });
  it('keeps a page built of repeating parts', () => {
    const line = 'Oat porridge with berries and a spoon of nut butter';
    const c = content(['Mon', 'Tue', 'Wed', 'Thu'].map((d) => `<h3>${d}</h3><p>${line}</p>`).join(''));
    expect(removeDuplicateBlocks(c)).toBe(0);
  });
});
