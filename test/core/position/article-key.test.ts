import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../src/core/position/article-key';

describe('articleKey', () => {
  it('drops the fragment, the scheme and a trailing slash', () => {
    const key = 'news.example/2026/12/story';
    expect(articleKey('https://news.example/2026/12/story')).toBe(key);
    expect(articleKey('https://news.example/2026/12/story#comments')).toBe(key);
    expect(articleKey('http://news.example/2026/12/story/')).toBe(key);
  });

  it('drops the parameters that only say where the reader came from', () => {
    const key = articleKey('https://news.example/story');
    for (const q of [
      '?utm_source=newsletter&utm_medium=email&utm_campaign=x',
      '?fbclid=IwAR0abc',
      '?gclid=abc&UTM_Content=y',
      '?mc_cid=1&mc_eid=2',
      '?_ga=2.1&_gl=1*abc',
      '?pk_campaign=a&mtm_source=b',
    ]) {
      expect(articleKey(`https://news.example/story${q}`), q).toBe(key);
    }
  });

  it('keeps the parameters that can name the article, in one order', () => {
    expect(articleKey('https://site.example/read?id=123&utm_source=x')).toBe('site.example/read?id=123');
    expect(articleKey('https://site.example/read?page=2&id=123')).toBe(articleKey('https://site.example/read?id=123&page=2'));
    expect(articleKey('https://site.example/read?id=123')).not.toBe(articleKey('https://site.example/read?id=124'));
  });

  it('keeps the port and tells hosts apart, case-insensitively', () => {
    expect(articleKey('https://News.Example:8443/a')).toBe('news.example:8443/a');
    expect(articleKey('https://a.example/x')).not.toBe(articleKey('https://b.example/x'));
  });

  it('keeps nothing for addresses that are not web pages', () => {
    for (const url of ['', 'not a url', 'file:///home/me/a.html', 'about:blank', 'data:text/html,hi', 'chrome://settings']) {
      expect(articleKey(url), url).toBeNull();
    }
  });
});
