/** The reader's "Remove this block" rules, as kept in storage.local against the fake's real areas. */
import { afterEach, describe, expect, it } from 'vitest';
import { SITE_RULES_KEY } from '../../src/core/rules/site-rules';
import type { BlockShape } from '../../src/core/rules/block-shape';
import { dropFakeBrowser, useFakeBrowser } from '../support/fake-browser';

afterEach(dropFakeBrowser);

const setUp = () => useFakeBrowser(() => import('../../src/platform/site-rules-store'));

const related: BlockShape = { parts: [{ tag: 'aside', classes: ['related'], id: null }] };
const signUp: BlockShape = { parts: [{ tag: 'div', classes: ['newsletter'], id: null }] };

describe('the site rules store', () => {
  it('loads nothing kept as no rules', async () => {
    const { module } = await setUp();
    expect(await module.loadSiteRules()).toEqual({});
  });

  it('loads a corrupt stored value as no rules, never throwing', async () => {
    const { fake, module } = await setUp();
    for (const bad of ['garbage', 42, null, [1, 2], { 'news.example': 'x' }, { 'BAD HOST': [{ shape: related, added: 1 }] }]) {
      await fake.local.set({ [SITE_RULES_KEY]: bad });
      expect(await module.loadSiteRules()).toEqual({});
    }
  });

  it('loads {} when reading the area itself fails', async () => {
    const { fake, module } = await setUp();
    fake.api.storage.local.get.mockRejectedValueOnce(new Error('IO error'));
    expect(await module.loadSiteRules()).toEqual({});
  });

  it('adds a rule to storage.local only, never to sync', async () => {
    const { fake, module } = await setUp();
    const saved = await module.saveSiteRule('news.example', related);
    expect(saved['news.example']?.map((r) => r.shape)).toEqual([related]);
    const stored = (await fake.local.get(SITE_RULES_KEY))[SITE_RULES_KEY] as Record<string, Array<{ shape: BlockShape; added: number }>>;
    expect(stored['news.example']?.map((r) => r.shape)).toEqual([related]);
    expect(typeof stored['news.example']?.[0]?.added).toBe('number');
    expect(await fake.sync.get(null)).toEqual({});
    expect(await fake.session.get(null)).toEqual({});
    expect(fake.api.storage.sync.set).not.toHaveBeenCalled();
    expect(await module.loadSiteRules()).toEqual(saved);
  });

  it('keeps an equal shape once, and other sites apart', async () => {
    const { module } = await setUp();
    await module.saveSiteRule('news.example', related);
    await module.saveSiteRule('news.example', structuredClone(related));
    await module.saveSiteRule('news.example', signUp);
    await module.saveSiteRule('other.example', related);
    const rules = await module.loadSiteRules();
    expect(rules['news.example']?.map((r) => r.shape)).toEqual([related, signUp]);
    expect(rules['other.example']?.map((r) => r.shape)).toEqual([related]);
  });

  it('recovers from a corrupt value on the next save', async () => {
    const { fake, module } = await setUp();
    await fake.local.set({ [SITE_RULES_KEY]: 'garbage' });
    await module.saveSiteRule('news.example', related);
    expect(Object.keys(await module.loadSiteRules())).toEqual(['news.example']);
  });

  it('forgets one rule of a site, or every rule of it', async () => {
    const { module } = await setUp();
    await module.saveSiteRule('news.example', related);
    await module.saveSiteRule('news.example', signUp);
    await module.saveSiteRule('other.example', related);
    await module.deleteSiteRule('news.example', related);
    expect((await module.loadSiteRules())['news.example']?.map((r) => r.shape)).toEqual([signUp]);
    await module.deleteSiteRule('news.example');
    expect(Object.keys(await module.loadSiteRules())).toEqual(['other.example']);
    // Forgetting the last rule of a site leaves no empty entry behind.
    await module.deleteSiteRule('other.example', related);
    expect(await module.loadSiteRules()).toEqual({});
  });

  it('says a save failed when the write is refused, and keeps what was there', async () => {
    const { fake, module } = await setUp();
    await module.saveSiteRule('news.example', related);
    fake.api.storage.local.set.mockRejectedValueOnce(new Error('Resource::kQuotaBytes quota exceeded'));
    await expect(module.saveSiteRule('news.example', signUp)).rejects.toThrow(/quota/);
    expect((await module.loadSiteRules())['news.example']?.map((r) => r.shape)).toEqual([related]);
  });

  it('where a page hid the extension API: a save fails with an error, a load gives {}', async () => {
    const { fake, module } = await setUp();
    await fake.local.set({ [SITE_RULES_KEY]: { 'news.example': [{ shape: related, added: 1 }] } });
    // A page's <iframe name="chrome"> shadows the API in the content script's world.
    (globalThis as { chrome?: unknown }).chrome = { name: 'chrome' };
    expect(await module.loadSiteRules()).toEqual({});
    await expect(module.saveSiteRule('news.example', signUp)).rejects.toThrow('storage is not available here');
    await expect(module.deleteSiteRule('news.example')).rejects.toThrow('storage is not available here');
    expect(fake.api.storage.local.set).not.toHaveBeenCalled();
  });

  it('where the API has no storage.local, a save fails and a load gives {}', async () => {
    const { fake, module } = await setUp();
    (fake.api.storage as { local?: unknown }).local = undefined;
    expect(await module.loadSiteRules()).toEqual({});
    await expect(module.saveSiteRule('news.example', related)).rejects.toThrow('storage is not available here');
  });
});
