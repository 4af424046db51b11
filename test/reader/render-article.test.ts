// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createSanitizer } from '../../src/core/sanitize/create-sanitizer';
import { renderArticle } from '../../src/reader/render-article';

const article = {
  title: 'A story',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  dir: null,
  excerpt: null,
  html: '<p>Body.</p>',
  text: 'Body.',
  wordCount: 1,
  url: 'https://news.example/story',
} as const;

describe('renderArticle', () => {
  it('puts a notice (a page cut at the snapshot cap) above the body, as a note', () => {
    const el = renderArticle(
      { ...article },
      {
        sanitizer: createSanitizer(window),
        heading: { title: 'A story', meta: [] },
        notice: 'This page is longer than the reader takes in.',
      },
    );
    const note = el.querySelector('.reader-notice');
    expect(note?.getAttribute('role')).toBe('note');
    expect(note?.textContent).toBe('This page is longer than the reader takes in.');
    expect(note?.nextElementSibling?.className).toBe('reader-body');
  });

  it('shows no notice when there is none', () => {
    const el = renderArticle({ ...article }, { sanitizer: createSanitizer(window), heading: { title: 'A story', meta: [] } });
    expect(el.querySelector('.reader-notice')).toBeNull();
  });

  it('prints the title block it is given: the headline, and the meta parts each isolated, with separators between', () => {
    const el = renderArticle(
      { ...article },
      { sanitizer: createSanitizer(window), heading: { title: 'Headline', meta: ['Site', '4 min read'] } },
    );
    expect(el.querySelector('.reader-title')?.textContent).toBe('Headline');
    expect(el.querySelector('.reader-meta')?.textContent).toBe('Site · 4 min read');
    expect(Array.from(el.querySelectorAll('.reader-meta bdi'), (b) => b.textContent)).toEqual(['Site', '4 min read']);
    const bare = renderArticle({ ...article }, { sanitizer: createSanitizer(window), heading: { title: 'Headline', meta: [] } });
    expect(bare.querySelector('.reader-meta')).toBeNull();
  });
});
