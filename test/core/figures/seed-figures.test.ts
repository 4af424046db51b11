import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeKeyFigures } from '../../../src/core/figures/compute-key-figures';
import { cleanHtml } from '../../../src/node/clean-html';
import { SHARED } from '../../shared-path';

interface SeedPerson {
  name: string;
  aliases: string[];
  role_accept: string[];
}
interface SeedFigure {
  value: string;
  tier: 'key' | 'secondary' | 'minor';
  sentence: string;
}
const seed = JSON.parse(readFileSync(`${SHARED}/fixtures/seed-figures.json`, 'utf8')) as {
  people: SeedPerson[];
  not_people: Array<{ text: string }>;
  figures: SeedFigure[];
};

const norm = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').trim();
const [, ...paragraphs] = readFileSync(`${SHARED}/fixtures/seed-expected.txt`, 'utf8').trim().split(/\n\n/);

const cleaned = cleanHtml(
  readFileSync(`${SHARED}/fixtures/seed-plain.html`, 'utf8'),
  'https://worldaffairs.example/2022/04/20/us-secretary-of-defense-chinese-colleague/',
);
if (!cleaned.ok) throw new Error(cleaned.message);

describe.each([
  ['cleanHtml of seed-plain.html', cleaned.article.text, cleaned.article.title],
  ['seed-expected.txt without its title', paragraphs.join('\n\n'), undefined],
])('the seed article, from %s', (_from, text, title) => {
  const figures = computeKeyFigures(text, { title });
  const personFor = (p: SeedPerson) =>
    figures.people.find((q) => [q.name, ...q.aliases].some((n) => [p.name, ...p.aliases].map(norm).includes(norm(n))));

  it('lists all 11 people, each once', () => {
    for (const p of seed.people) expect(personFor(p), p.name).toBeDefined();
    const matched = new Set(seed.people.map(personFor));
    expect(matched.size).toBe(11);
  });

  it('lists nobody who is not one of them', () => {
    expect(figures.people).toHaveLength(11);
  });

  it('shows each by the fullest name, titles kept out', () => {
    const names = figures.people.map((p) => p.name);
    expect(names).toContain('Lloyd J. Austin III');
    expect(names).toContain('Jake Sullivan');
    expect(names).not.toContain('Austin Biden');
  });

  it('gives a correct role to at least 10 of them', () => {
    const right = seed.people.filter((p) => {
      const role = personFor(p)?.role?.toLowerCase();
      return !!role && p.role_accept.some((a) => role.includes(a) || a.includes(role));
    });
    expect(right.length).toBeGreaterThanOrEqual(10);
  });

  it('ranks Austin first', () => {
    expect(figures.people[0]?.name).toBe('Lloyd J. Austin III');
  });

  it('lists every key figure', () => {
    const texts = figures.numbers.map((f) => norm(f.text));
    for (const f of seed.figures.filter((g) => g.tier === 'key'))
      expect(
        texts.some((t) => t.includes(norm(f.value))),
        f.value,
      ).toBe(true);
  });

  it('gives each figure it lists the sentence it comes from', () => {
    for (const f of seed.figures) {
      const listed = figures.numbers.find((g) => norm(g.text) === norm(f.value));
      if (listed) expect(listed.sentence, f.value).toBe(f.sentence);
    }
  });

  it('quotes every sentence exactly from the text', () => {
    for (const entry of [...figures.people, ...figures.numbers]) expect(text).toContain(entry.sentence);
  });

  it('puts the key figures before the vague ones', () => {
    const at = (value: string) => figures.numbers.findIndex((f) => norm(f.text) === norm(value));
    expect(at('about 45 minutes')).toBeLessThan(at('Wednesday'));
    expect(at('August 6, 2020')).toBeLessThan(at('Wednesday'));
    expect(figures.numbers.map((f) => f.text)).not.toContain('For years');
  });
});
