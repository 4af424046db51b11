/**
 * Host permissions as the browser reports them (permissions.getAll,
 * onAdded, onRemoved) are match patterns, and every form reaches us: a
 * grant from our switch (`*://example.com/*`), one from the browser's own
 * site-access menu (Chrome: `https://example.com/*`; Firefox:
 * `*://example.com/*` or `<all_urls>`), host wildcards, ports, paths. One
 * parser for all of them, so no caller splits a pattern by hand.
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
import { normalizeHost } from './repair-settings';

export type MatchPattern =
  /** Every web page: `<all_urls>`, `*://*\/*`, `https://*\/*`, `http://*\/*`. */
  | { kind: 'all-sites'; scheme: '*' | 'http' | 'https' }
  /** One site (with its subdomains when the host starts with `*.`). */
  | { kind: 'site'; scheme: '*' | 'http' | 'https'; host: string; subdomains: boolean }
  /** A valid pattern for something that is not a web site (file:, ftp:, ws:): no auto reader there. */
  | { kind: 'other' };

const WEB_SCHEMES = new Set(['*', 'http', 'https']);
// prettier-ignore
const OTHER_SCHEMES = new Set(['file', 'ftp', 'ws', 'wss', 'urn', 'data', 'chrome-extension', 'moz-extension']);

/** A match pattern, read; null when it is not one. */
export function parseMatchPattern(pattern: string): MatchPattern | null {
  if (typeof pattern !== 'string') return null;
  if (pattern === '<all_urls>') return { kind: 'all-sites', scheme: '*' };
  const m = /^([a-z*][a-z0-9+.*-]*):\/\/([^/]*)(\/.*)$/i.exec(pattern);
  if (!m) return null;
  const scheme = m[1]!.toLowerCase();
  const authority = m[2]!.toLowerCase();
  if (!WEB_SCHEMES.has(scheme)) {
    // file:///path has an empty host; other schemes are real patterns, just not for web sites.
    return OTHER_SCHEMES.has(scheme) ? { kind: 'other' } : null;
  }
  const web = scheme as '*' | 'http' | 'https';
  // A port (`:8080` or `:*`) narrows nothing we care about: the auto reader is per host.
  const port = /:(\d{1,5}|\*)$/.exec(authority);
  if (port && port[1] !== '*' && Number(port[1]) > 65535) return null;
  const hostPart = port ? authority.slice(0, port.index) : authority;
  if (hostPart === '*') return { kind: 'all-sites', scheme: web };
  const subdomains = hostPart.startsWith('*.');
  const bare = subdomains ? hostPart.slice(2) : hostPart;
  // A wildcard anywhere else (`exa*mple.com`, `*.*.com`) is malformed, as the browsers say too.
  if (!bare || bare.includes('*')) return null;
  const host = normalizeHost(bare);
  if (!host || host !== bare.replace(/\.$/, '')) return null;
  return { kind: 'site', scheme: web, host, subdomains };
}

/** Whether a granted pattern lets the auto reader run on a host. */
export function patternCoversHost(pattern: string, host: string): boolean {
  const p = parseMatchPattern(pattern);
  if (!p || p.kind === 'other') return false;
  if (p.kind === 'all-sites') return true;
  return host === p.host || (p.subdomains && host.endsWith(`.${p.host}`));
}

/** What a set of granted (or removed) patterns says: every site, and which single sites. */
export function readGrant(patterns: readonly string[]): { allSites: boolean; hosts: string[] } {
  let allSites = false;
  const hosts = new Set<string>();
  for (const pattern of patterns) {
    const p = parseMatchPattern(pattern);
    if (p?.kind === 'all-sites') allSites = true;
    else if (p?.kind === 'site') hosts.add(p.host);
  }
  return { allSites, hosts: [...hosts] };
}

/** The pattern we ask for, for one site. */
export const sitePattern = (host: string): string => `*://${host}/*`;
export const ALL_SITES_PATTERN = '*://*/*';
