/**
 * Chosen sites are never lost: against a storage.sync that enforces
 * Chrome's quotas and throws its real errors.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/core/settings/defaults';
import { repairSettings } from '../../src/core/settings/repair-settings';
import { MAX_SITES, SETTINGS_KEY } from '../../src/core/settings/stored-layout';
import { loadSettings, migrateStoredLayout, onSettingsChanged, SettingsSaveError, updateSettings } from '../../src/platform/settings-store';
import { CHROME_ERRORS, installFakeSync, type FakeSyncStorage } from '../support/fake-sync-storage';

const site = (i: number) => `news-site-number-${i}.example`;
let fake: FakeSyncStorage;

beforeEach(() => {
  fake = installFakeSync();
  fake.writesPerMinute = Infinity;
});

describe('the settings store', () => {
  it('keeps 400 chosen sites, added one at a time, across a reload', async () => {
    for (let i = 0; i < 400; i++) await updateSettings((s) => ({ autoSites: [...s.autoSites, site(i)] }));
    const reloaded = await loadSettings();
    expect(reloaded.autoSites).toHaveLength(400);
    expect(new Set(reloaded.autoSites)).toEqual(new Set(Array.from({ length: 400 }, (_, i) => site(i))));
  });

  it('says "full" for a site that cannot be stored, and keeps everything else', async () => {
    const sites = Array.from({ length: MAX_SITES }, (_, i) => `s${i}.example`);
    await updateSettings(() => ({ autoSites: sites }));
    await expect(updateSettings((s) => ({ autoSites: [...s.autoSites, 'one-more.example'] }))).rejects.toMatchObject({
      name: 'SettingsSaveError',
      reason: 'full',
    });
    await expect(updateSettings((s) => ({ autoExcludedSites: [...s.autoExcludedSites, 'one-more.example'] }))).rejects.toMatchObject({
      reason: 'full',
    });
    // Read back in sorted order (the browsers promise none for items).
    expect((await loadSettings()).autoSites).toEqual([...sites].sort());
    // Removing one makes room again.
    await updateSettings((s) => ({ autoSites: s.autoSites.slice(1) }));
    await updateSettings((s) => ({ autoSites: [...s.autoSites, 'one-more.example'] }));
    expect((await loadSettings()).autoSites).toContain('one-more.example');
  });

  it('reports a write the browser refused (too many a minute), with nothing half-stored', async () => {
    await updateSettings(() => ({ theme: 'dark' }));
    fake.writesPerMinute = fake.writes;
    const error = await updateSettings((s) => ({ autoSites: [...s.autoSites, 'a.example'], theme: 'sepia' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsSaveError);
    expect((error as SettingsSaveError).reason).toBe('busy');
    expect(await loadSettings()).toMatchObject({ theme: 'dark', autoSites: [] });
  });

  it.each([
    [CHROME_ERRORS.perItem, 'full'],
    [CHROME_ERRORS.total, 'full'],
    [CHROME_ERRORS.items, 'full'],
    ['QuotaExceededError: storage.sync API call exceeded its quota limitations.', 'full'],
    ['Storage is unavailable', 'failed'],
  ])('reads the error %j as %s', async (messageText, reason) => {
    fake.failNext = messageText;
    await expect(updateSettings(() => ({ hideImages: true }))).rejects.toMatchObject({ reason });
  });

  it('fails loudly when the extension API is gone (a page hid it)', async () => {
    delete (globalThis as { chrome?: unknown }).chrome;
    expect(await loadSettings()).toEqual(DEFAULTS);
    await expect(updateSettings(() => ({ theme: 'dark' }))).rejects.toMatchObject({ reason: 'failed' });
  });

  it('keeps both sites when two browsers add one at the same moment', async () => {
    // Both read the lists before either writes: with the lists in one item, the second write dropped the first site.
    await Promise.all([
      updateSettings((s) => ({ autoSites: [...s.autoSites, 'laptop.example'] })),
      updateSettings((s) => ({ autoSites: [...s.autoSites, 'phone.example'] })),
    ]);
    expect((await loadSettings()).autoSites.sort()).toEqual(['laptop.example', 'phone.example']);
  });

  it('moves the lists an older version kept in the settings item into items of their own, keeping the look', async () => {
    const old = Array.from({ length: 300 }, (_, i) => `s${i}.example`);
    await fake.set({ [SETTINGS_KEY]: { version: 1, theme: 'sepia', autoSites: old, autoExcludedSites: ['x.example'] } });
    expect((await loadSettings()).autoSites).toEqual(old);
    expect(await migrateStoredLayout()).toBe(true);
    const stored = await fake.get(null);
    expect(stored[SETTINGS_KEY]).not.toHaveProperty('autoSites');
    expect(stored[SETTINGS_KEY]).toMatchObject({ theme: 'sepia' });
    expect(stored['site:s299.example']).toBe(1);
    expect(stored['excluded:x.example']).toBe(1);
    expect(await loadSettings()).toMatchObject({ theme: 'sepia', autoSites: [...old].sort(), autoExcludedSites: ['x.example'] });
    // Once moved, a second start has nothing to do, and more sites than one item could hold now fit.
    expect(await migrateStoredLayout()).toBe(false);
    for (let i = 300; i < 420; i++) await updateSettings((s) => ({ autoSites: [...s.autoSites, `s${i}.example`] }));
    expect((await loadSettings()).autoSites).toHaveLength(420);
  });

  it('removes a site by removing its item', async () => {
    await updateSettings(() => ({ autoSites: ['a.example', 'b.example'] }));
    await updateSettings((s) => ({ autoSites: s.autoSites.filter((h) => h !== 'a.example') }));
    expect(Object.keys(await fake.get(null)).sort()).toEqual(['settings', 'site:b.example']);
  });

  it('tells listeners about a site added elsewhere', async () => {
    const seen: string[][] = [];
    onSettingsChanged((s) => seen.push(s.autoSites));
    await fake.set({ 'site:elsewhere.example': 1 });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.at(-1)).toEqual(['elsewhere.example']);
  });
});

describe('repairSettings and the sync quotas', () => {
  it('accepts no more sites than storage.sync can hold', () => {
    const many = Array.from({ length: 800 }, (_, i) => `s${i}.example`);
    const repaired = repairSettings({ autoSites: many, autoExcludedSites: ['x.example'] });
    expect(repaired.autoSites.length + repaired.autoExcludedSites.length).toBeLessThanOrEqual(MAX_SITES);
    expect(repaired.autoSites).toEqual(many.slice(0, MAX_SITES));
  });

  it('counts bytes as well as items (long host names fill the area sooner)', () => {
    const long = Array.from({ length: 500 }, (_, i) => `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${i}.example`);
    const repaired = repairSettings({ autoSites: long });
    const bytes = repaired.autoSites.reduce((n, h) => n + `site:${h}`.length + 1, 0);
    expect(bytes).toBeLessThanOrEqual(102_400 - 4_096);
    expect(repaired.autoSites.length).toBeLessThan(500);
  });

  it('rejects host names longer than DNS allows', () => {
    expect(repairSettings({ autoSites: [`${'a.'.repeat(130)}example`] }).autoSites).toEqual([]);
  });
});
