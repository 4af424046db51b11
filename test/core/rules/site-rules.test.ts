import { describe, expect, it } from 'vitest';
import type { BlockShape } from '../../../src/core/rules/block-shape';
import {
  addSiteRule,
  MAX_RULES_PER_SITE,
  MAX_SITES,
  parseSiteRules,
  removeSiteRule,
  ruleSiteOf,
  shapesFor,
} from '../../../src/core/rules/site-rules';

const shape = (c: string): BlockShape => ({ parts: [{ tag: 'div', classes: [c], id: null }] });

describe('site rules', () => {
  it('belong to a hostname, for web and file pages only', () => {
    expect(ruleSiteOf('https://WWW.News.example:8080/a?b')).toBe('www.news.example');
    expect(ruleSiteOf('file:///tmp/a.html')).toBe('file');
    expect(ruleSiteOf('chrome-extension://abc/popup.html')).toBeNull();
    expect(ruleSiteOf('not a url')).toBeNull();
  });

  it('are added once per shape, removed one by one or by site, and applied on that site only', () => {
    let rules = addSiteRule({}, 'news.example', shape('related'), 1);
    rules = addSiteRule(rules, 'news.example', shape('related'), 2);
    rules = addSiteRule(rules, 'news.example', shape('promo'), 3);
    expect(rules['news.example']).toHaveLength(2);
    expect(shapesFor(rules, 'https://news.example/second-story')).toEqual([shape('related'), shape('promo')]);
    expect(shapesFor(rules, 'https://other.example/story')).toEqual([]);
    expect(removeSiteRule(rules, 'news.example', shape('related'))['news.example']).toEqual([{ shape: shape('promo'), added: 3 }]);
    expect(removeSiteRule(rules, 'news.example')).toEqual({});
  });

  it('are bounded per site and in sites, the oldest going first', () => {
    let rules = {};
    for (let i = 0; i < MAX_RULES_PER_SITE + 5; i++)
      rules = addSiteRule(rules, 'a.example', shape(`c${String.fromCharCode(97 + (i % 26))}${i > 25 ? 'x' : ''}`), i);
    expect(parseSiteRules(rules)['a.example']!.length).toBeLessThanOrEqual(MAX_RULES_PER_SITE);
    let many = {};
    for (let i = 0; i < MAX_SITES + 3; i++) many = addSiteRule(many, `s${i}.example`, shape('related'), i);
    expect(Object.keys(many)).toHaveLength(MAX_SITES);
    expect(many).not.toHaveProperty('s0.example');
    expect(many).toHaveProperty(`s${MAX_SITES + 2}.example`);
  });

  it('read from storage drop whatever is malformed', () => {
    const stored = {
      'news.example': [{ shape: shape('related'), added: 1 }, { shape: { parts: 'x' }, added: 2 }, { shape: shape('promo') }],
      'BAD HOST': [{ shape: shape('related'), added: 1 }],
      'empty.example': [],
    };
    expect(parseSiteRules(stored)).toEqual({ 'news.example': [{ shape: shape('related'), added: 1 }] });
    expect(parseSiteRules('nonsense')).toEqual({});
    expect(parseSiteRules([1, 2])).toEqual({});
  });
});
