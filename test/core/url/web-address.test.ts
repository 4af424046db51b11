import { describe, expect, it } from 'vitest';
import { isWebUrl, parseUrl, withoutFragment } from '../../../src/core/url/web-address';

describe('web addresses', () => {
  it('parse, relative to a base, and give null instead of throwing on anything else', () => {
    expect(parseUrl('https://News.Example/a?b#c')?.hostname).toBe('news.example');
    expect(parseUrl('/story', 'https://news.example/x/')?.href).toBe('https://news.example/story');
    for (const bad of ['', 'not a url', 'https://', 'http://[::1', '/relative']) expect(parseUrl(bad)).toBeNull();
  });

  it('tell http(s) addresses by their scheme alone', () => {
    expect(isWebUrl('HTTPS://news.example/')).toBe(true);
    expect(isWebUrl('http://x')).toBe(true);
    for (const other of ['file:///a.html', 'javascript:alert(1)', 'chrome://newtab', ' https://x']) expect(isWebUrl(other)).toBe(false);
  });

  it('drop the fragment only', () => {
    expect(withoutFragment('https://news.example/a?page=2#comments')).toBe('https://news.example/a?page=2');
    expect(withoutFragment('https://news.example/a')).toBe('https://news.example/a');
  });
});
