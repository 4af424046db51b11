import { describe, expect, it } from 'vitest';
import { chooseSiteName, isUsableSiteName } from '../../../src/core/meta/choose-site-name';
import { stripSiteSuffix } from '../../../src/core/meta/strip-site-suffix';

describe('chooseSiteName', () => {
  it('falls back from a menu, a platform or a placeholder to og:site_name, then to the host', () => {
    expect(chooseSiteName('Autoracing | F1 | Indy | NASCAR | Sportscar', 'Speed Weekly', 'https://www.speed.example/f1/race')).toBe(
      'Speed Weekly',
    );
    expect(chooseSiteName('Autoracing | F1 | Indy | NASCAR', null, 'https://www.speed.example/f1/race')).toBe('speed.example');
    expect(chooseSiteName('Blogger', 'Blogger', 'https://garden-notes.blogspot.com/2020/05/roses.html')).toBe('garden-notes.blogspot.com');
    expect(chooseSiteName('WordPress', 'Harbor Ledger', 'https://ledger.example/a')).toBe('Harbor Ledger');
    expect(chooseSiteName('Hosted', null, 'https://news.example/story')).toBe('news.example');
    expect(chooseSiteName('Startseite', 'Stadtanzeiger', 'https://stadt.example/a')).toBe('Stadtanzeiger');
    expect(chooseSiteName('Главная', null, 'https://gazeta.example/a')).toBe('gazeta.example');
    expect(chooseSiteName('الرئيسية', 'صحيفة النهر', 'https://nahr.example/a')).toBe('صحيفة النهر');
  });

  it('keeps real site names in every script, including ones with one separator', () => {
    // prettier-ignore
    for (const name of ['The Daily', 'Süddeutsche Zeitung', 'Новая газета', 'الشرق الأوسط', 'BBC News', 'Harbor Ledger | Port Ellis', 'Tom & Jerry Times', 'Wired UK - Technology']) {
      expect(isUsableSiteName(name)).toBe(true);
    }
    expect(chooseSiteName('Süddeutsche Zeitung', 'SZ.de', 'https://www.sueddeutsche.example/')).toBe('Süddeutsche Zeitung');
    expect(chooseSiteName(null, null, 'https://news.example/a')).toBeNull();
  });
});

describe('stripSiteSuffix', () => {
  it('takes off a trailing site name or host', () => {
    expect(stripSiteSuffix('Bridge reopens after two years - Harbor Ledger', 'Harbor Ledger', 'https://ledger.example/a')).toBe(
      'Bridge reopens after two years',
    );
    expect(stripSiteSuffix('Bridge reopens after two years | ledger.example', null, 'https://www.ledger.example/a')).toBe(
      'Bridge reopens after two years',
    );
    expect(
      stripSiteSuffix('Brücke wird nach zwei Jahren wieder geöffnet – Stadtanzeiger', 'Stadtanzeiger', 'https://stadt.example/a'),
    ).toBe('Brücke wird nach zwei Jahren wieder geöffnet');
    expect(stripSiteSuffix('Мост открыли после ремонта — Новая газета', 'Новая газета', 'https://gazeta.example/a')).toBe(
      'Мост открыли после ремонта',
    );
    expect(stripSiteSuffix('افتتاح الجسر بعد عامين - صحيفة النهر', 'صحيفة النهر', 'https://nahr.example/a')).toBe('افتتاح الجسر بعد عامين');
    expect(stripSiteSuffix('Storm hits the coast - BBC', null, 'https://www.bbc.co.uk/news/1')).toBe('Storm hits the coast');
  });

  it('keeps a headline whose last part is not the site', () => {
    expect(stripSiteSuffix('Brexit - what happens next', 'Harbor Ledger', 'https://ledger.example/a')).toBe('Brexit - what happens next');
    expect(stripSiteSuffix('Spurs 2 - 1 Arsenal', 'Harbor Ledger', 'https://ledger.example/a')).toBe('Spurs 2 - 1 Arsenal');
    expect(stripSiteSuffix('Harbor Ledger', 'Harbor Ledger', 'https://ledger.example/a')).toBe('Harbor Ledger');
    expect(stripSiteSuffix('Wahl in Berlin – die Ergebnisse', 'Stadtanzeiger', 'https://stadt.example/a')).toBe(
      'Wahl in Berlin – die Ergebnisse',
    );
    expect(stripSiteSuffix('Выборы — итоги', 'Новая газета', 'https://gazeta.example/a')).toBe('Выборы — итоги');
    expect(stripSiteSuffix('title', null, null)).toBe('title');
  });
});
