import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveManifests, type Manifest } from '../../src/build/derive-manifests';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Manifest;
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('deriveManifests', () => {
  const { chrome, firefox } = deriveManifests(source, pkg.version);

  it('takes the version from package.json, for both browsers', () => {
    expect(chrome.version).toBe(pkg.version);
    expect(firefox.version).toBe(pkg.version);
    expect(source).not.toHaveProperty('version');
  });

  it('asks for activeTab, contextMenus, scripting and storage only (and offscreen in Chrome), and for no host at install', () => {
    // Chrome reads the in-page reader's pages in an offscreen document; Firefox's background page needs no permission for that.
    expect([...(chrome.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'offscreen', 'scripting', 'storage']);
    expect([...(firefox.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    for (const m of [chrome, firefox]) {
      expect(m).not.toHaveProperty('host_permissions');
      expect(m).not.toHaveProperty('content_scripts');
    }
  });

  it('asks for the history only later, as an optional permission, for forgetting reading positions with it', () => {
    for (const m of [chrome, firefox]) {
      expect(m.optional_permissions).toEqual(['history']);
      expect(m.permissions as string[]).not.toContain('history');
    }
  });

  it('asks for site access only later, one site (or all) at a time, for the automatic reader', () => {
    expect(chrome.optional_host_permissions).toEqual(['*://*/*']);
    expect(firefox.optional_host_permissions).toEqual(['*://*/*']);
  });

  it('declares the reader shortcut', () => {
    const commands = chrome.commands as Record<string, { suggested_key: { default: string } }>;
    expect(commands['toggle-reader']?.suggested_key.default).toBe('Alt+Shift+R');
  });

  it('gives extension pages a strict content security policy', () => {
    const csp = (chrome.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("object-src 'none'");
  });

  it('keeps Gecko settings out of Chrome and in Firefox, with a fixed id and min version 140+', () => {
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    const gecko = firefox.browser_specific_settings?.gecko as Record<string, unknown>;
    expect(gecko.id).toMatch(/@/);
    expect(Number.parseFloat(String(gecko.strict_min_version))).toBeGreaterThanOrEqual(140);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('turns a service worker into background scripts for Firefox only', () => {
    const withBackground: Manifest = { ...source, background: { service_worker: 'background.js', type: 'module' } };
    const both = deriveManifests(withBackground, '1.2.3');
    expect(both.chrome.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(both.firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
  });

  it('refuses a manifest that would drift: a version in it, MV2, or no Gecko id', () => {
    expect(() => deriveManifests({ ...source, version: '9' }, '1.0.0')).toThrow(/version/);
    expect(() => deriveManifests({ ...source, manifest_version: 2 }, '1.0.0')).toThrow(/V3/);
    expect(() => deriveManifests({ ...source, browser_specific_settings: {} }, '1.0.0')).toThrow(/gecko/);
    expect(() => deriveManifests(source, '1.0.0-beta')).toThrow(/version/);
  });
});
