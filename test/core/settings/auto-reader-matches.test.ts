import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/core/settings/defaults';
import { autoReaderEnabledFor, autoReaderMatches } from '../../../src/core/settings/auto-reader-matches';

const settings = (change: Partial<typeof DEFAULTS>) => ({ ...DEFAULTS, ...change });

describe('autoReaderMatches', () => {
  it('registers only the chosen sites the browser granted', () => {
    const s = settings({ autoSites: ['news.example', 'blog.example'] });
    expect(autoReaderMatches(s, ['*://news.example/*'])).toEqual({ matches: ['*://news.example/*'], excludeMatches: [] });
    expect(autoReaderMatches(s, [])).toEqual({ matches: [], excludeMatches: [] });
  });

  it("reads the browser's own grant forms (scheme-specific, host wildcard, all sites over https)", () => {
    const s = settings({ autoSites: ['news.example', 'www.blog.example'] });
    expect(autoReaderMatches(s, ['https://news.example/*', '*://*.blog.example/*']).matches).toEqual([
      '*://news.example/*',
      '*://www.blog.example/*',
    ]);
    const all = settings({ autoAllSites: true });
    expect(autoReaderMatches(all, ['https://*/*']).matches).toEqual(['*://*/*']);
  });

  it('covers every site but the excluded ones in "every article page" mode, once all sites are granted', () => {
    const s = settings({ autoAllSites: true, autoExcludedSites: ['mail.example'] });
    expect(autoReaderMatches(s, ['*://*/*'])).toEqual({
      matches: ['*://*/*'],
      excludeMatches: ['*://mail.example/*', '*://*.mail.example/*'],
    });
    // Without the permission the mode falls back to the site list (empty here): nothing runs.
    expect(autoReaderMatches(s, ['*://news.example/*']).matches).toEqual([]);
  });

  it('is off by default', () => {
    expect(autoReaderMatches(DEFAULTS, ['*://*/*']).matches).toEqual([]);
    expect(autoReaderEnabledFor(DEFAULTS, 'news.example')).toBe(false);
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
