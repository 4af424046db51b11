/**
 * One manifest source, two browsers. Chrome and Firefox disagree on a few
 * keys; everything else is shared. The version lives in package.json only.
 */
export type Manifest = Record<string, unknown> & {
  manifest_version: number;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: { gecko?: Record<string, unknown> };
};

export function deriveManifests(source: Manifest, version: string): { chrome: Manifest; firefox: Manifest } {
  if (source.manifest_version !== 3) throw new Error('manifest.json must be Manifest V3');
  if ('version' in source) throw new Error('manifest.json must not carry a version: package.json is the only copy');
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`package.json version ${version} is not a browser extension version`);
  const base = structuredClone(source);
  base.version = version;

  // Chrome ignores Gecko settings but warns about them; it needs the service worker.
  const chrome = structuredClone(base);
  delete chrome.browser_specific_settings;

  // Firefox refuses a background with only service_worker: it runs event pages from background.scripts.
  const firefox = structuredClone(base);
  // Chrome's minimum is Chrome's; Firefox has its own in gecko.strict_min_version.
  delete firefox.minimum_chrome_version;
  // Chrome reads the in-page reader's pages in an offscreen document; Firefox's background page has a DOM of its own.
  if (Array.isArray(firefox.permissions)) firefox.permissions = firefox.permissions.filter((p) => p !== 'offscreen');
  if (firefox.background?.service_worker) {
    const { service_worker, type, ...rest } = firefox.background;
    firefox.background = { ...rest, scripts: [service_worker], ...(type ? { type } : {}) };
  }
  const gecko = firefox.browser_specific_settings?.gecko;
  if (!gecko || typeof gecko.id !== 'string') throw new Error('manifest.json needs browser_specific_settings.gecko.id for Firefox');
  const min = Number.parseFloat(String(gecko.strict_min_version ?? '0'));
  if (!(min >= 140)) throw new Error('gecko.strict_min_version must be 140.0 or later (data_collection_permissions)');
  if (!gecko.data_collection_permissions) throw new Error('gecko.data_collection_permissions must be declared');
  return { chrome, firefox };
}
