/**
 * What the stores check in the manifest's text, in every locale: the
 * Chrome Web Store refuses a description over 132 characters and a name
 * over 75 (AMO shows the same fields and cuts longer ones).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../src/_locales');
const languages = readdirSync(LOCALES);
// Code points, as the stores count them (an accented letter is one character).
const length = (text: string) => [...text].length;

describe.each(languages)('the %s store listing', (lang) => {
  const messages = JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

  it('has a description of at most 132 characters', () => {
    expect(length(messages.extDescription?.message ?? ''), messages.extDescription?.message).toBeLessThanOrEqual(132);
    expect(length(messages.extDescription?.message ?? '')).toBeGreaterThan(40);
  });

  it('has a name of at most 75 characters', () => {
    expect(length(messages.extName?.message ?? '')).toBeGreaterThan(0);
    expect(length(messages.extName?.message ?? '')).toBeLessThanOrEqual(75);
  });
});
