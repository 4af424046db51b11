import { describe, expect, it } from 'vitest';
import { parseMatchPattern, patternCoversHost, readGrant } from '../../../src/core/settings/match-pattern';

describe('parseMatchPattern', () => {
  it.each([
    // every web site, in each browser's spelling
    ['<all_urls>', { kind: 'all-sites', scheme: '*' }],
    ['*://*/*', { kind: 'all-sites', scheme: '*' }],
    ['https://*/*', { kind: 'all-sites', scheme: 'https' }],
    ['http://*/*', { kind: 'all-sites', scheme: 'http' }],
    ['*://*:*/*', { kind: 'all-sites', scheme: '*' }],
    // one site: our own request, and Chrome's site-access menu (scheme-specific)
    ['*://example.com/*', { kind: 'site', scheme: '*', host: 'example.com', subdomains: false }],
    ['https://example.com/*', { kind: 'site', scheme: 'https', host: 'example.com', subdomains: false }],
    ['http://Example.COM/*', { kind: 'site', scheme: 'http', host: 'example.com', subdomains: false }],
    // host wildcard
    ['*://*.example.com/*', { kind: 'site', scheme: '*', host: 'example.com', subdomains: true }],
    ['https://*.example.com/*', { kind: 'site', scheme: 'https', host: 'example.com', subdomains: true }],
    // port and path narrow nothing the per-host auto reader cares about
    ['http://127.0.0.1:8080/*', { kind: 'site', scheme: 'http', host: '127.0.0.1', subdomains: false }],
    ['https://example.com:*/*', { kind: 'site', scheme: 'https', host: 'example.com', subdomains: false }],
    ['https://example.com/news/*', { kind: 'site', scheme: 'https', host: 'example.com', subdomains: false }],
    ['https://example.com/', { kind: 'site', scheme: 'https', host: 'example.com', subdomains: false }],
    // valid, but not web sites
    ['file:///*', { kind: 'other' }],
    ['file:///home/me/*', { kind: 'other' }],
    ['ftp://example.com/*', { kind: 'other' }],
    ['wss://example.com/*', { kind: 'other' }],
  ])('%s', (pattern, expected) => {
    expect(parseMatchPattern(pattern)).toEqual(expected);
  });

  // prettier-ignore
  it.each([
    '', 'https', 'example.com', 'https://example.com', '*://example.com', 'https://exa*mple.com/*', 'https://*.*.com/*',
    'https://*example.com/*', 'https:///*', 'gopher://example.com/*', 'https://exa mple.com/*', 'https://example..com/*',
    '<all_url>', 'https://example.com:99999/*', '://example.com/*',
  ])('%j is malformed', (pattern) => {
    expect(parseMatchPattern(pattern)).toBeNull();
  });
});

describe('patternCoversHost', () => {
  it.each([
    ['*://news.example/*', 'news.example', true],
    ['https://news.example/*', 'news.example', true],
    ['*://news.example/*', 'www.news.example', false],
    ['*://*.news.example/*', 'www.news.example', true],
    ['*://*.news.example/*', 'news.example', true],
    ['*://*.news.example/*', 'badnews.example', false],
    ['http://127.0.0.1/*', '127.0.0.1', true],
    ['http://127.0.0.1:8080/*', '127.0.0.1', true],
    ['<all_urls>', 'anything.example', true],
    ['https://*/*', 'anything.example', true],
    ['*://other.example/*', 'news.example', false],
    ['file:///*', 'news.example', false],
    ['https', 'https', false],
  ])('%s covers %s: %s', (pattern, host, covered) => {
    expect(patternCoversHost(pattern, host)).toBe(covered);
  });
});

describe('readGrant', () => {
  it('never reads a scheme as a host', () => {
    // The bug it replaces: "https://example.com/*" with "*://" stripped and cut at "/" became the host "https".
    expect(readGrant(['https://example.com/*'])).toEqual({ allSites: false, hosts: ['example.com'] });
  });

  it('reads every all-sites form as all sites, and keeps the single sites beside them', () => {
    for (const all of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*']) expect(readGrant([all]).allSites).toBe(true);
    expect(readGrant(['https://*/*', 'http://a.example/*', '*://*.b.example/*', 'file:///*', 'nonsense'])).toEqual({
      allSites: true,
      hosts: ['a.example', 'b.example'],
    });
  });
});
