import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../src/_locales');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
const languages = readdirSync(LOCALES).filter((l) => l !== 'en');

/** $NAME$ references in a message, case-folded as the browsers do, sorted. */
const references = (text: string) => [...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
const placeholders = (entry: Messages[string]) =>
  Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();

describe('locales', () => {
  it('ships eight interface languages at least: English, German, French, Spanish, Italian, Portuguese, Dutch, Polish', () => {
    expect(languages).toEqual(expect.arrayContaining(['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl']));
  });

  describe.each(languages)('%s', (lang) => {
    const messages = load(lang);

    it('has every English key and no other', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    });

    it("keeps English's key order, so a key added to every locale lands in the same place in each", () => {
      expect(Object.keys(messages)).toEqual(Object.keys(en).filter((k) => k in messages));
    });

    it('translates the interface, not only copies it: most messages differ from English', () => {
      // Names, units and symbols ("Article Cleaner", "$VALUE$ px", "Aa") are the same everywhere; sentences are not.
      const same = Object.keys(en).filter((k) => messages[k]?.message === en[k]?.message && /\s\w+\s/.test(en[k]?.message ?? ''));
      expect(same, `${lang}: untranslated`).toEqual([]);
    });

    it('has the same placeholders as English, each used in its message, and no empty message', () => {
      for (const [key, entry] of Object.entries(en)) {
        const other = messages[key];
        if (!other) continue;
        expect(other.message.trim(), `${lang}/${key}`).not.toBe('');
        expect(placeholders(other), `${lang}/${key} placeholders`).toEqual(placeholders(entry));
        expect(references(other.message), `${lang}/${key} uses`).toEqual(references(entry.message));
      }
    });
  });

  it('every English placeholder is defined and every definition used', () => {
    for (const [key, entry] of Object.entries(en)) {
      const defined = Object.keys(entry.placeholders ?? {})
        .map((n) => n.toLowerCase())
        .sort();
      expect([...new Set(references(entry.message))], key).toEqual(defined);
    }
  });

  it('every __MSG_ key in the manifest exists', () => {
    const manifest = readFileSync(join(import.meta.dirname, '../../manifest.json'), 'utf8');
    const keys = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });
});
