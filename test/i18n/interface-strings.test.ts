import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findInterfaceLiterals, findMessageKeys, type ScanStats } from './find-interface-literals';

const ROOT = join(import.meta.dirname, '../..');
const UI_DIRS = ['src/popup', 'src/reader', 'src/options', 'src/content'];
// Literals that are not language: each with the reason it is the same for every reader.
const NOT_LANGUAGE = new Map([['example.com', 'an example host name in a site field (src/options/auto-sites.ts)']]);
const en = JSON.parse(readFileSync(join(ROOT, 'src/_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;

function filesIn(dir: string, ext: string): string[] {
  const abs = join(ROOT, dir);
  return readdirSync(abs).flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return filesIn(relative(ROOT, path), ext);
    return path.endsWith(ext) && !path.endsWith('.test.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

describe('interface text comes from _locales', () => {
  const tsFiles = UI_DIRS.flatMap((d) => filesIn(d, '.ts'));
  const htmlFiles = UI_DIRS.flatMap((d) => filesIn(d, '.html'));

  it('the checker catches literals in every place a person reads them, and passes message lookups', () => {
    const bad = `
      el.textContent = 'Loading';
      el.title = ok ? t('a') : 'Fallback words';
      button.setAttribute('aria-label', \`Close \${name}\`);
      h('p', { class: 'x', 'aria-label': 'Label' }, 'Child text', cond ? 'Either' : null);
      parent.append('Appended');
      document.title = article.title + ' – Reader';
    `;
    const found = findInterfaceLiterals('bad.ts', bad).map((f) => f.text);
    // prettier-ignore
    expect(found).toEqual(['Loading', 'Fallback words', 'Close ', 'Label', 'Child text', 'Either', 'Appended', ' – Reader']);
    const good = `
      el.textContent = t('loading');
      el.title = message('closeLabel', name);
      h('p', { class: 'reader-meta', 'data-x': 'not read by anyone' }, t('x'), ' · ', '×3', article.title);
      el.setAttribute('data-state', 'loading');
      document.title = \`\${article.title} · \${t('appName')}\`;
    `;
    expect(findInterfaceLiterals('good.ts', good)).toEqual([]);
  });

  it('no interface string is written into the code of the popup, reader, options page or in-page reader', () => {
    const stats: ScanStats = { hCalls: 0, sinks: 0 };
    const findings = tsFiles
      .flatMap((f) => findInterfaceLiterals(relative(ROOT, f), readFileSync(f, 'utf8'), stats))
      .filter((f) => !NOT_LANGUAGE.has(f.text));
    // The scan must have looked at the real interface code, or an empty result means nothing.
    expect(tsFiles.length).toBeGreaterThanOrEqual(15);
    expect(stats.hCalls).toBeGreaterThanOrEqual(40);
    expect(stats.sinks).toBeGreaterThanOrEqual(80);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.where} ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it('every text in the HTML pages is a fallback for a data-i18n key that exists', () => {
    const problems: string[] = [];
    let texts = 0;
    for (const file of htmlFiles) {
      const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
      const name = relative(ROOT, file);
      const walker = doc.createTreeWalker(doc.body, 4 /* text */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!/\p{L}/u.test(n.textContent ?? '')) continue;
        texts++;
        const owner = n.parentElement?.closest('[data-i18n]');
        if (!owner) problems.push(`${name}: text ${JSON.stringify(n.textContent?.trim())} has no data-i18n`);
      }
      for (const el of Array.from(doc.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))) {
        if (!el.hasAttribute('data-i18n-label')) problems.push(`${name}: <${el.localName}> has a fixed label with no data-i18n-label`);
      }
      for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-i18n], [data-i18n-label]'))) {
        for (const key of [el.dataset.i18n, el.dataset.i18nLabel]) if (key && !(key in en)) problems.push(`${name}: unknown key ${key}`);
      }
    }
    expect(htmlFiles.length).toBeGreaterThanOrEqual(2);
    expect(texts).toBeGreaterThanOrEqual(5);
    expect(problems).toEqual([]);
  });

  it('every message key the code asks for exists in English', () => {
    const sources = [...tsFiles, ...filesIn('src/background', '.ts')].map((f) => readFileSync(f, 'utf8'));
    const asked = sources.map(findMessageKeys);
    const keys = asked.flatMap((a) => a.keys);
    expect(keys.length).toBeGreaterThanOrEqual(40);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
    for (const prefix of asked.flatMap((a) => a.prefixes)) {
      expect(
        Object.keys(en).some((k) => k.startsWith(prefix)),
        `a key starting with ${prefix}`,
      ).toBe(true);
    }
  });
});
