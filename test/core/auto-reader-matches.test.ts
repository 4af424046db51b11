import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/core/settings/defaults';
import { autoReaderEnabledFor, autoReaderMatches, originCoversHost } from '../../src/core/settings/auto-reader-matches';

const settings = (change: Partial<typeof DEFAULTS>) => ({ ...DEFAULTS, ...change });

describe('autoReaderMatches', () => {
  it('registers only the chosen sites the browser granted', () => {
    const s = settings({ autoSites: ['news.example', 'blog.example'] });
    expect(autoReaderMatches(s, ['*://news.example/*'])).toEqual({ matches: ['*://news.example/*'], excludeMatches: [] });
    expect(autoReaderMatches(s, [])).toEqual({ matches: [], excludeMatches: [] });
  });

  it('covers every site but the excluded ones in "every article page" mode, once all sites are granted', () => {
    const s = settings({ autoAllSites: true, autoExcludedSites: ['mail.example'] });
    expect(autoReaderMatches(s, ['*://*/*'])).toEqual({ matches: ['*://*/*'], excludeMatches: ['*://mail.example/*', '*://*.mail.example/*'] });
    // Without the permission the mode falls back to the site list (empty here): nothing runs.
    expect(autoReaderMatches(s, ['*://news.example/*']).matches).toEqual([]);
  });

  it('is off by default', () => {
    expect(autoReaderMatches(DEFAULTS, ['*://*/*']).matches).toEqual([]);
    expect(autoReaderEnabledFor(DEFAULTS, 'news.example')).toBe(false);
  });
});

describe('originCoversHost', () => {
  it.each([
    ['*://news.example/*', 'news.example', true],
    ['*://news.example/*', 'www.news.example', false],
    ['*://*.news.example/*', 'www.news.example', true],
    ['http://127.0.0.1/*', '127.0.0.1', true],
    ['<all_urls>', 'anything.example', true],
    ['*://other.example/*', 'news.example', false],
  ])('%s covers %s: %s', (origin, host, covered) => {
    expect(originCoversHost(origin, host)).toBe(covered);
  });
});

describe('autoReaderEnabledFor', () => {
  it('follows the list, or all sites minus exclusions (and their subdomains)', () => {
    expect(autoReaderEnabledFor(settings({ autoSites: ['a.example'] }), 'a.example')).toBe(true);
    const all = settings({ autoAllSites: true, autoExcludedSites: ['b.example'] });
    expect(autoReaderEnabledFor(all, 'a.example')).toBe(true);
    expect(autoReaderEnabledFor(all, 'b.example')).toBe(false);
    expect(autoReaderEnabledFor(all, 'www.b.example')).toBe(false);
  });
});
